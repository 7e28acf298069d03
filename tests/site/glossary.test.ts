/**
 * The glossary on the built site: each acronym of `content/glossaire.yml` explained by
 * `<abbr title>` at its first use in the text of each page (sheets, parts, chapters, the
 * introduction; a summary shown above the text comes first), once, never in a heading, a link or code, the expansion typeset in French.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import { readGlossaire } from '../../src/model/glossaire.ts';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { listPages } from '../lib/site-files.ts';

const dist = inject('siteDir');
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const sigles = readGlossaire();
const expansion = new Map(sigles.map((s) => [s.sigle, frenchTypography(s.developpement)]));
const acronym = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${sigles
		.map((s) => s.sigle)
		.sort((a, b) => b.length - a.length)
		.join('|')})(?![\\p{L}\\p{N}])`,
	'gu',
);
/** Where an acronym stays as written. */
const LEFT_AS_WRITTEN = new Set([
	'a',
	'code',
	'pre',
	'kbd',
	'samp',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
]);

type Node = T.ChildNode | T.Document;
const isElement = (node: Node): node is T.Element => 'tagName' in node;
const childrenOf = (node: Node) => ('childNodes' in node ? node.childNodes : []);
const classesOf = (node: T.Element) =>
	node.attrs.find((a) => a.name === 'class')?.value.split(/\s+/) ?? [];

/**
 * Each use of an acronym in the texts of a page, in reading order: the summary above the text
 * (`.lede`), then its rendered Markdown (`.prose`).
 */
interface Use {
	sigle: string;
	/** `abbr`: explained there; `text`: plain text; `kept`: in a heading, link or code. */
	as: 'abbr' | 'text' | 'kept';
	title?: string | undefined;
}

function usesIn(node: Node, kept = false, uses: Use[] = []): Use[] {
	if (isElement(node) && node.tagName === 'abbr') {
		const text = childrenOf(node)
			.map((c) => ('value' in c ? c.value : ''))
			.join('');
		const title = node.attrs.find((a) => a.name === 'title')?.value;
		if (expansion.has(text)) uses.push({ sigle: text, as: kept ? 'kept' : 'abbr', title });
		return uses;
	}
	if (node.nodeName === '#text' && 'value' in node) {
		for (const match of node.value.matchAll(acronym))
			uses.push({ sigle: match[0], as: kept ? 'kept' : 'text' });
		return uses;
	}
	const inside = kept || (isElement(node) && LEFT_AS_WRITTEN.has(node.tagName));
	for (const child of childrenOf(node)) usesIn(child, inside, uses);
	return uses;
}

function prosesOf(node: Node, found: T.Element[] = []): T.Element[] {
	if (isElement(node) && ['lede', 'prose'].some((c) => classesOf(node).includes(c)))
		found.push(node);
	else for (const child of childrenOf(node)) prosesOf(child, found);
	return found;
}

/** The uses of acronyms in each page built from Markdown: sheets, parts, chapters. */
const pages = listPages(dist)
	.filter((path) => /^\/(fiches|parties)\/./.test(path))
	.map((path) => {
		const html = readFileSync(fileOf(path), 'utf8');
		return { path, html, uses: prosesOf(parse(html)).flatMap((prose) => usesIn(prose)) };
	});

describe('acronyms of the glossary on the built site', () => {
	it('reads a glossary of real acronyms', () => {
		expect(sigles.length).toBeGreaterThanOrEqual(20);
		expect(pages.length).toBeGreaterThanOrEqual(30);
	});

	it('explains « CLSM » once in each sheet using it, with the glossary’s expansion', () => {
		const clsm = frenchTypography(sigles.find((s) => s.sigle === 'CLSM')!.developpement);
		const sheets = pages.filter(
			(p) => p.path.startsWith('/fiches/') && p.uses.some((u) => u.sigle === 'CLSM'),
		);
		expect(sheets.length).toBeGreaterThanOrEqual(5);
		for (const { path, html } of sheets) {
			const abbrs = [...html.matchAll(/<abbr title="([^"]*)">CLSM<\/abbr>/g)];
			expect(abbrs, path).toHaveLength(1);
			expect(abbrs[0]![1], path).toBe(clsm);
			expect(html.match(/<abbr[^>]*>CLSM</g), path).toHaveLength(1);
		}
	});

	it('explains every acronym at its first use in the text of every page, once, as the glossary spells it', () => {
		const problems: string[] = [];
		let explained = 0;
		for (const { path, uses } of pages) {
			const seen = new Set<string>();
			for (const use of uses) {
				if (use.as === 'kept') continue;
				if (!seen.has(use.sigle)) {
					seen.add(use.sigle);
					if (use.as !== 'abbr')
						problems.push(`${path} : ${use.sigle} sans <abbr> à sa première apparition`);
					else if (use.title !== expansion.get(use.sigle))
						problems.push(
							`${path} : ${use.sigle} « ${use.title} » au lieu de « ${expansion.get(use.sigle)} »`,
						);
					else explained++;
				} else if (use.as === 'abbr') problems.push(`${path} : ${use.sigle} expliqué deux fois`);
			}
		}
		expect(problems).toEqual([]);
		// Sheets, parts, chapters and the introduction all use acronyms of the glossary.
		expect(explained).toBeGreaterThanOrEqual(60);
		for (const section of [
			'/parties/introduction/',
			'/parties/action-communautaire/lien-et-utilite-sociale/',
		])
			expect(
				pages.find((p) => p.path === section)!.uses.some((u) => u.as === 'abbr'),
				section,
			).toBe(true);
	});

	it('leaves acronyms as written in headings, links and code', () => {
		const kept = pages.flatMap(({ path, uses }) =>
			uses.filter((u) => u.as === 'kept' && u.title).map((u) => `${path} : ${u.sigle}`),
		);
		expect(kept).toEqual([]);
		for (const { path, html } of pages) {
			expect(html, path).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>).)*<abbr/s);
			expect(html, path).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<abbr/s);
			expect(html, path).not.toMatch(/<abbr[^>]*>(?:(?!<\/abbr>).)*<abbr/s);
		}
	});

	it('explains an acronym in the summary above the text, and not again in the text', () => {
		const led = pages.filter(({ html }) => /class="lede"[^>]*>[^<]*<abbr/.test(html));
		expect(led.length).toBeGreaterThanOrEqual(3);
		for (const { path, uses } of led) {
			const first = uses.find((u) => u.as === 'abbr')!;
			expect(
				uses.filter((u) => u.sigle === first.sigle && u.as === 'abbr'),
				path,
			).toHaveLength(1);
		}
	});
});
