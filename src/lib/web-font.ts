/**
 * The site's one web font: Source Sans 3, the face of the PDF and the social cards, from the
 * `source-sans` npm package (variable, so one file serves every weight), cut down to the
 * characters the handbook shows. Served from the site itself: no request to another host, and
 * about 18 KB, which keeps a sheet page within its 30 KiB budget.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

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
	'janvier février mars avril mai juin juillet août septembre octobre novembre décembre';

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
	const characters = new Set<string>();
	const add = (character: string) => {
		if (character.codePointAt(0)! >= 0x20)
			for (const c of withBothCases(character)) characters.add(c);
	};
	for (const character of BASE) add(character);
	for (const text of texts) for (const character of text) add(character);
	return [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * The WOFF2 file for `characters`. Only their own glyphs are kept, not the ligatures and
 * alternates reachable through the font's substitutions: 18 KB instead of 40 KB.
 */
export function webFont(characters: string): Promise<Buffer> {
	const dir = dirname(createRequire(import.meta.url).resolve('source-sans/package.json'));
	const variable = readFileSync(join(dir, 'VF', 'SourceSans3VF-Upright.ttf'));
	return subsetFont(variable, characters, {
		targetFormat: 'woff2',
		noLayoutClosure: true,
	});
}
