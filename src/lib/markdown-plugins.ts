import GithubSlugger from 'github-slugger';
import type { Element, Text } from 'hast';
import { defineHastPlugin } from 'satteri';
import { fr } from '../i18n/fr.ts';
import { readGlossaire, splitAtAcronyms } from './glossaire.ts';
import { page } from './urls.ts';
import { frenchTypography } from './typography.ts';

const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp']);

/** French no-break spaces and apostrophes in every rendered Markdown text, code excepted. */
export const frenchTypographyPlugin = defineHastPlugin({
	name: 'french-typography',
	text(node, ctx) {
		const parent = ctx.parent(node);
		if (parent.type === 'element' && VERBATIM.has(parent.tagName)) return undefined;
		const value = frenchTypography(node.value);
		return value === node.value ? undefined : { type: 'text', value };
	},
});

/**
 * Gives every heading an id (as Astro would) and follows each `h2`/`h3` with a « # » link, so a
 * reader can share a section. The link sits after the heading, not inside it, so the heading's
 * accessible name and the search index keep the plain title (as Starlight does).
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
				const link: Element = {
					type: 'element',
					tagName: 'a',
					properties: { className: ['section-link'], href: `#${id}` },
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
							children: [{ type: 'text', value: fr.fiche.lienSection(title) }],
						},
					],
				};
				ctx.insertAfter(node, link);
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
 * text, with `<abbr title="…">`; later uses stay plain, as a reader has met it by then.
 */
export function glossaryPlugin() {
	const seen = new Set<string>();
	const sigles = readGlossaire();
	return defineHastPlugin({
		name: 'glossary',
		text(node, ctx) {
			for (let parent = ctx.parent(node); parent.type === 'element'; parent = ctx.parent(parent)) {
				if (NO_ABBR.has(parent.tagName)) return undefined;
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
