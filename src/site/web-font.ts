/**
 * The site's one web font: Source Sans 3, the face of the PDF and the social cards, from the
 * `source-sans` npm package (variable, so one file serves every weight), cut down to the
 * characters the handbook shows, in two files (see `splitCharacters`). Served from the site
 * itself: no request to another host, and 15 KB for what every page needs, which keeps a sheet
 * page within its 30 KiB budget.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { MONTH_NAMES } from '../schemas/date.ts';

/**
 * Always in the font, whatever the texts: printable ASCII (what a reader may type into the search
 * field: an apostrophe, an @), every letter of French in both cases, punctuation and typography,
 * and the month names of formatted dates. The rest comes from the texts themselves (see
 * `textsOf`), so the file holds only the letters the handbook uses: each glyph left out saves
 * about 60 bytes on every page.
 */
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) =>
	String.fromCharCode(0x20 + i),
);
const FRENCH_LETTERS = 'àâæçèéêëîïôœùûüÿ';
const BASE =
	PRINTABLE_ASCII.join('') +
	FRENCH_LETTERS +
	FRENCH_LETTERS.toUpperCase() +
	'–—%€°«»’‘“”…·•×\u00a0\u202f' +
	MONTH_NAMES.join(' ');

/**
 * The character and its other case, when it has one of a single character: `text-transform`
 * and the search field show capitals the texts never contain (« RÔLE », « RÉSEAU FRANÇAIS »).
 */
function withBothCases(character: string): string[] {
	return [character, character.toUpperCase(), character.toLowerCase()].filter(
		(c) => [...c].length === 1,
	);
}

/**
 * Every string inside `value`: content data and texts, vocabularies, UI strings, and the keys
 * of the data (the open-data page shows them as column names). A function gives its source,
 * which holds the words of the sentences it builds.
 */
export function* textsOf(value: unknown, seen = new Set<unknown>()): Generator<string> {
	if (typeof value === 'string') yield value;
	else if (typeof value === 'function') yield String(value);
	else if (value && typeof value === 'object' && !seen.has(value)) {
		seen.add(value);
		for (const [key, item] of Object.entries(value)) {
			yield key;
			yield* textsOf(item, seen);
		}
	}
}

/**
 * Every character of `texts` a page may show, in both cases, with the base set, each once, in code
 * point order.
 */
export function fontCharacters(texts: Iterable<string>): string {
	// Distinct characters first, cases after: the texts of 5,000 sheets hold some 50 million
	// characters and fewer than 200 distinct ones.
	const seen = new Set<string>(BASE);
	for (const text of texts) for (const character of text) seen.add(character);
	const characters = new Set<string>();
	for (const character of seen)
		if (character.codePointAt(0)! >= 0x20)
			for (const c of withBothCases(character)) characters.add(c);
	return [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * The font comes in two files. The first, which every page preloads, has letters, digits, every
 * French letter in both cases, and the punctuation and signs the texts of this edition use. The
 * second has the rest: characters only a reader may type (« ~ », « { », « Æ »…) and those the
 * function sources behind `textsOf` bring. The browser fetches it only when a page or the search
 * field shows one of them (`unicode-range`), as Google Fonts splits its faces. Kerning is kept in
 * both: dropping it was the other way to keep a sheet page within 30 KiB, and « L’ » or « Te »
 * would open up.
 */
const CORE = new Set(
	[
		...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
		// Not « æ ë ü ÿ »: no text of this edition has them, and each costs every page 30 to 300 bytes.
		...'àâçèéêîïôœùû',
		...' .,;:?!\'"()-/%+#@&*=>_|',
		...'–—«»’‘…·€°×²→\u00a0\u202f',
	].flatMap(withBothCases),
);

/** The characters of the font's first file and of its complement, for `texts`. */
export function splitCharacters(texts: Iterable<string>): { core: string; complement: string } {
	const all = [...fontCharacters(texts)];
	return {
		core: all.filter((c) => CORE.has(c)).join(''),
		complement: all.filter((c) => !CORE.has(c)).join(''),
	};
}

/** The CSS `unicode-range` of `characters`: runs of consecutive code points as `U+XX-YY`. */
export function unicodeRange(characters: string): string {
	const codes = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
	const runs: [number, number][] = [];
	for (const code of codes) {
		const last = runs.at(-1);
		if (last && code === last[1] + 1) last[1] = code;
		else runs.push([code, code]);
	}
	const hex = (code: number) => code.toString(16).toUpperCase();
	return runs
		.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
		.join(',');
}

/**
 * The WOFF2 file for `characters`. Only their own glyphs are kept, not the ligatures and
 * alternates reachable through the font's substitutions, and of the font's features only kerning
 * (French text needs no mark positioning or contextual forms): 18 KB instead of 40 KB for all
 * characters. The STAT table only names styles for font menus.
 */
export function webFont(characters: string): Promise<Buffer> {
	const dir = dirname(createRequire(import.meta.url).resolve('source-sans/package.json'));
	const variable = readFileSync(join(dir, 'VF', 'SourceSans3VF-Upright.ttf'));
	// subset-font 2.9 takes `keepFeatures` and `dropTables`; @types/subset-font 2.3 predates them.
	const options: Parameters<typeof subsetFont>[2] & {
		keepFeatures: string[];
		dropTables: string[];
	} = {
		targetFormat: 'woff2',
		noLayoutClosure: true,
		keepFeatures: ['kern'],
		dropTables: ['STAT'],
	};
	return subsetFont(variable, characters, options);
}
