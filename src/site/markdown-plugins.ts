import GithubSlugger from 'github-slugger';
import type { Element, Parents, Text } from 'hast';
import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';
import { fr } from '../i18n/fr.ts';
import { readGlossaire, splitAtAcronyms } from '../model/glossaire.ts';
import { page } from '../model/urls.ts';
import { stripControlCharacters } from '../model/text/control-characters.ts';
import { frenchTypography } from '../model/text/typography.ts';

const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp']);

/**
 * French no-break spaces and apostrophes in every rendered Markdown text, code excepted; no
 * control character in any text, code included (the site renders the body itself, not the
 * book's stripped copy, and the search index reads this HTML).
 */
export const frenchTypographyPlugin = defineHastPlugin({
	name: 'french-typography',
	text(node, ctx) {
		const parent = ctx.parent(node);
		if (parent.type === 'element' && VERBATIM.has(parent.tagName)) {
			const clean = stripControlCharacters(node.value);
			return clean === node.value ? undefined : { type: 'text', value: clean };
		}
		const value = frenchTypography(node.value);
		return value === node.value ? undefined : { type: 'text', value };
	},
});

/**
 * Gives every heading an id (as Astro would) and ends each `h2`/`h3` with a « # » link, so a
 * reader can share a section. The heading and its link share a wrapper, `div.heading >
 * [h2, a.section-link]`, as Starlight does: the link stays outside the heading, so the heading's
 * accessible name, the contents and the search index keep the plain title, while the stylesheet
 * sets both inline, so the link ends the heading's last line instead of sitting on a line of its
 * own. No space between them: the link can never wrap alone onto the next line.
 */
export function sectionLinksPlugin() {
	const slugger = new GithubSlugger();
	return defineHastPlugin({
		name: 'section-links',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				const title = ctx.textContent(node);
				const existing = node.properties?.['id'];
				const id = typeof existing === 'string' ? existing : slugger.slug(title);
				ctx.setProperty(node, 'id', id);
				if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
				ctx.wrapNode(node, {
					type: 'element',
					tagName: 'div',
					properties: { className: ['heading', `heading-${node.tagName}`] },
					children: [sectionLink(id, title)],
				});
			},
		},
	});
}

/**
 * A root-relative link or image in a text (`/fiches/caen-rcp-psy/`) names a page of this site:
 * it is served under `BASE_PATH`, as every other link.
 */
export const basePathPlugin = defineHastPlugin({
	name: 'base-path',
	element: {
		filter: ['a', 'img'],
		visit(node, ctx) {
			const name = node.tagName === 'a' ? 'href' : 'src';
			const value = node.properties?.[name];
			if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//'))
				ctx.setProperty(node, name, page(value));
		},
	},
});

/** Where an acronym is left as written: code, links, headings and existing abbreviations. */
const NO_ABBR = new Set([...VERBATIM, 'a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Explains each acronym of the glossary (`content/glossaire.yml`) at its first use in a page's
 * text, with `<abbr title="…">`; later uses stay plain, as a reader has met it by then. The page
 * shows the summary (`resume`) above the text and explains the acronyms there (`GlossaryText.astro`):
 * those count as met.
 */
export function glossaryPlugin() {
	const seen = new Set<string>();
	const sigles = readGlossaire();
	let summaryRead = false;
	return defineHastPlugin({
		name: 'glossary',
		text(node, ctx) {
			if (!summaryRead) {
				summaryRead = true;
				if (showsSummary(ctx.fileURL)) splitAtAcronyms(summaryOf(ctx.data), sigles, seen);
			}
			const within = enclosing(node, ctx);
			if (within) {
				// An author's own `<abbr>` explains the acronym there: the page does not repeat it.
				if (within === 'abbr') splitAtAcronyms(node.value, sigles, seen);
				return undefined;
			}
			const parts = splitAtAcronyms(node.value, sigles, seen);
			if (parts.length === 1 && typeof parts[0] === 'string') return undefined;
			const nodes: (Element | Text)[] = parts.map((part) =>
				typeof part === 'string'
					? { type: 'text', value: part }
					: {
							type: 'element',
							tagName: 'abbr',
							properties: { title: frenchTypography(part.developpement) },
							children: [{ type: 'text', value: part.sigle }],
						},
			);
			// The text becomes its first part; the others follow it (the visitor applies insertions
			// after the same node in the order given).
			for (const next of nodes.slice(1)) ctx.insertAfter(node, next);
			return nodes[0];
		},
	});
}

/** Sheets and parts open on their summary (`.lede`), above the text; a chapter's shows nowhere. */
const SUMMARY_FOLDERS = new Set(['fiches', 'parties']);

function showsSummary(file: URL | undefined): boolean {
	return SUMMARY_FOLDERS.has(file?.pathname.split('/').at(-2) ?? '');
}

/** The `resume` of the document's frontmatter, as Astro hands it to Markdown plugins. */
function summaryOf(data: Readonly<Record<string, unknown>>): string {
	const astro = data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
	const resume = astro?.frontmatter?.['resume'];
	return typeof resume === 'string' ? resume : '';
}

/**
 * The element among `NO_ABBR` a text is in, if any. An author's own inline HTML (`<abbr
 * title="…">CLSM</abbr>`, `<a href="…">`) reaches the tree as raw tags beside the text, not as its
 * parents: the tags opened before the text and not closed yet, at each level, count as parents too.
 */
function enclosing(node: Readonly<Text>, ctx: HastVisitorContext): string | undefined {
	let child: Readonly<HastNode> = node;
	let parent: Readonly<Parents> | undefined = ctx.parent(child);
	for (; parent; child = parent, parent = ctx.parent(child)) {
		if (parent.type === 'element' && NO_ABBR.has(parent.tagName)) return parent.tagName;
		const before = parent.children.slice(0, ctx.indexOf(child));
		const raw = before.flatMap((sibling) => (sibling.type === 'raw' ? [sibling.value] : []));
		const open = raw.length
			? [...openTags(raw)].reverse().find((tag) => NO_ABBR.has(tag))
			: undefined;
		if (open) return open;
	}
	return undefined;
}

const VOID = new Set(['br', 'img', 'wbr', 'hr', 'input', 'source', 'track']);

/** The elements left open, lowercase, by fragments of HTML read one after the other. */
export function openTags(fragments: readonly string[]): Set<string> {
	const open: string[] = [];
	for (const fragment of fragments) {
		for (const [, closing, name, selfClosing] of fragment.matchAll(
			/<(\/?)([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/gi,
		)) {
			const tag = name!.toLowerCase();
			if (closing) {
				const at = open.lastIndexOf(tag);
				if (at >= 0) open.splice(at);
			} else if (!selfClosing && !VOID.has(tag)) open.push(tag);
		}
	}
	return new Set(open);
}

/** The « # » link of a section: visible « # », read « Lien vers la section « Contexte » ». */
function sectionLink(id: string, title: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['section-link'], href: `#${id}`, dataPagefindIgnore: '' },
		children: [
			{
				type: 'element',
				tagName: 'span',
				properties: { ariaHidden: 'true' },
				children: [{ type: 'text', value: '#' }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['visually-hidden'] },
				children: [{ type: 'text', value: frenchTypography(fr.fiche.lienSection(title)) }],
			},
		],
	};
}
