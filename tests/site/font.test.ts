/**
 * The web font on the built site: served from the site, small, covering every character the
 * pages show, and within the sheet page's 30 KiB budget with the HTML and the stylesheets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../../src/config.ts';
import { describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../bench/lib/weight.ts';
import { loadContent } from '../../scripts/lib/content.ts';
import { fr } from '../../src/i18n/fr.ts';
import { buildBook } from '../../src/model/book.ts';
import { urls } from '../../src/model/urls.ts';
import { fontCharacters, splitCharacters, textsOf, unicodeRange } from '../../src/site/web-font.ts';
import * as vocabulary from '../../src/schemas/vocabulary.ts';
import { listPages } from '../lib/site-files.ts';

const dist = inject('siteDir');
const font = readFileSync(join(dist, urls.police()));

/** The text a reader sees on a page: no tags, scripts, styles or comments; entities decoded. */
function visibleText(html: string): string {
	return html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => {
			const entities: Record<string, string> = {
				amp: '&',
				lt: '<',
				gt: '>',
				quot: '"',
				nbsp: '\u00a0',
			};
			return entities[name]!;
		});
}

/** The built pages of the sheets, whatever the editors call them. */
const sheetPages = () => listPages(dist).filter((page) => /^\/fiches\/[^/]+\/$/.test(page));

describe('the web font', () => {
	it('is a WOFF2 file served by the site itself, preloaded by every page', () => {
		expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
		expect(font.byteLength).toBeLessThan(24 * 1024);
		for (const page of listPages(dist).filter((p) => p.endsWith('/'))) {
			const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
			expect(html, page).toContain(`<link rel="preload" href="${urls.police()}" as="font"`);
		}
		expect(readFileSync(join(dist, 'styles', 'contenu.css'), 'utf8')).toContain(
			`src:url('${urls.police()}') format('woff2')`,
		);
	});

	it('has a glyph for every character of every page', () => {
		const characters = new Set(
			fontCharacters(textsOf([buildBook(loadContent()), fr, vocabulary, config])),
		);
		const missing = new Set<string>();
		for (const page of listPages(dist)) {
			const file = page.endsWith('/') ? join(page, 'index.html') : page;
			for (const character of visibleText(readFileSync(join(dist, file), 'utf8')))
				if (character.trim() && !characters.has(character)) missing.add(character);
		}
		expect([...missing]).toEqual([]);
	});

	it('keeps the heaviest sheet page within 30 KiB of HTML, stylesheets and font before images', () => {
		const [heaviest] = sheetPages()
			.map((page) => pageWeight(dist, `${page.slice(1)}index.html`))
			.sort((a, b) => b.html + b.css + b.fonts - (a.html + a.css + a.fonts));
		expect(heaviest!.fonts).toBeGreaterThanOrEqual(font.byteLength);
		expect(heaviest!.html + heaviest!.css + heaviest!.fonts).toBeLessThanOrEqual(30 * 1024);
	});

	it('keeps every page within the same 30 KiB', () => {
		const over = listPages(dist)
			.filter((page) => page.endsWith('/'))
			.map((page) => [page, pageWeight(dist, `${page}index.html`)] as const)
			.filter(([, weight]) => weight.html + weight.css + weight.fonts > 30 * 1024)
			.map(([page, weight]) => `${page} : ${weight.html + weight.css + weight.fonts} octets`);
		expect(over).toEqual([]);
	});
});

describe('the characters of the font', () => {
	it('are the base set and those of the texts, each once, in code point order', () => {
		const characters = fontCharacters(['Œuvre à Łódź\u0007']);
		expect(characters).toContain('Ł');
		expect(characters).toContain('ź');
		expect(characters).not.toContain('\u0007');
		expect(new Set(characters).size).toBe(characters.length);
		expect([...characters].map((c) => c.codePointAt(0)!)).toEqual(
			[...characters].map((c) => c.codePointAt(0)!).sort((a, b) => a - b),
		);
	});

	it('come from every string and key of the data, and from the sentences that functions build', () => {
		const texts = [
			...textsOf({
				a: 'été',
				b: [{ role_collectivite: 'Noël' }],
				d: (n: number) => `${n} fiches ÿ`,
			}),
		];
		expect(texts).toContain('role_collectivite');
		expect(texts.join(' ')).toContain('été');
		expect(texts.join(' ')).toContain('Noël');
		expect(texts.join(' ')).toContain('fiches ÿ');
	});

	it('split into the preloaded file and a complement of rarer characters, each with its other case', () => {
		const { core, complement } = splitCharacters(['Œuvre → Łódź']);
		expect(core).toContain('É');
		expect(core).toContain('Ô');
		expect(core).toContain('’');
		expect(core).toContain('→');
		expect(complement).toContain('æ');
		expect(complement).toContain('Æ');
		expect(complement).toContain('~');
		expect(complement).toContain('Ł');
		expect(complement).toContain('ł');
		expect([...core].filter((c) => complement.includes(c))).toEqual([]);
		expect(new Set(core + complement)).toEqual(new Set(fontCharacters(['Œuvre → Łódź'])));
	});

	it('are named by runs of code points in the faces’ unicode-range', () => {
		expect(unicodeRange('dcbaz€')).toBe('U+61-64,U+7A,U+20AC');
	});
});

describe('the two faces of the web font', () => {
	it('serve every character once, the rarer ones only to the pages that show them', () => {
		const css = readFileSync(join(dist, 'styles', 'contenu.css'), 'utf8');
		const complement = readFileSync(join(dist, urls.policeComplement()));
		expect(complement.subarray(0, 4).toString('latin1')).toBe('wOF2');
		expect(css).toContain(`src:url('${urls.policeComplement()}') format('woff2')`);
		expect(css.match(/unicode-range:/g)).toHaveLength(2);
		// No page but those showing a rare sign fetches the complement: most sheet pages do not.
		const plain = sheetPages().filter(
			(page) => pageWeight(dist, `${page.slice(1)}index.html`).fonts === font.byteLength,
		);
		expect(plain.length).toBeGreaterThan(sheetPages().length / 2);
	});
});
