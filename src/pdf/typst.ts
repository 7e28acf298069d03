/**
 * The two ways text reaches Typst source: as markup (running text, escaped character by
 * character) and as string literals (URLs, paths, alt text, metadata). Content never reaches the
 * compiler any other way, so a `#`, a `//` or a `$` in a sheet prints as itself.
 */

/**
 * Every ASCII punctuation character. Typst gives meaning to most of them in markup (`#` code,
 * `$` math, `*` `_` emphasis, `//` comments, `<label>`, `@ref`, `~`, `--`, `...`, `'` `"` smart
 * quotes, `-` `+` `=` `/` at line start, `1.` lists, `http://` autolinks); a backslash before any
 * character makes it literal, so escaping the whole class is simpler than tracking contexts.
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Runs longer than this, without a space, get break opportunities (URLs, long compounds). */
const LONG_WORD = 30;
/** Graphemes between two break opportunities inside a long run. */
const WORD_CHUNK = 15;
const ZERO_WIDTH_SPACE = '\u200B';

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/**
 * Lets the line breaker cut runs that no column could hold (a pasted URL, a 60-letter word):
 * Typst never breaks inside a word it cannot hyphenate, so such a run would overflow into the
 * margin or off the page. Cuts fall between graphemes, never inside an emoji sequence.
 */
export function breakLongWords(text: string): string {
	if (!hasLongRun(text)) return text;
	return text.replace(new RegExp(`(?<!\\S)\\S{${LONG_WORD + 1},}`, 'gu'), (word) => {
		const parts = [...graphemes.segment(word)].map((s) => s.segment);
		const chunks: string[] = [];
		for (let i = 0; i < parts.length; i += WORD_CHUNK)
			chunks.push(parts.slice(i, i + WORD_CHUNK).join(''));
		return chunks.join(ZERO_WIDTH_SPACE);
	});
}

/**
 * Cheap first look before the regular expression, which costs a lot over a thousand sheets:
 * whether some run of code units without a space is longer than `LONG_WORD`.
 */
function hasLongRun(text: string): boolean {
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const space = code === 32 || ((code < 33 || code > 126) && /\s/.test(text.charAt(i)));
		if (space) run = 0;
		else if (++run > LONG_WORD) return true;
	}
	return false;
}

/**
 * Control characters (C0 but tab and line feed, DEL, C1), the byte-order mark and the
 * noncharacters of the Basic Multilingual Plane: invisible in print, and Typst's PDF/UA-1 check
 * refuses a text that holds them (« disallowed codepoint »). They never reach Typst. Lone surrogates (half an emoji
 * cut by a careless copy) have no character to print: they go too.
 */
const CONTROL =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without control characters and lone surrogates; tabs and line feeds stay. */
export function withoutControlCharacters(text: string): string {
	return text.replace(CONTROL, '');
}

/**
 * Typst markup that prints `text` literally. Line breaks become spaces (in markup a newline
 * followed by `- ` would start a list, and a blank line a paragraph), control characters go.
 */
export function markup(text: string): string {
	return breakLongWords(
		withoutControlCharacters(text.replace(/\r\n?|[\n\u2028\u2029\t]/g, ' ')),
	).replace(ASCII_PUNCTUATION, '\\$&');
}

/**
 * A Typst string literal holding `text`, control characters left out (line feeds and tabs of
 * code blocks stay, escaped).
 */
export function typstString(text: string): string {
	const escaped = withoutControlCharacters(text.replace(/\r\n?/g, '\n'))
		.replace(/[\\"]/g, '\\$&')
		.replace(/[\n\t]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
	return `"${escaped}"`;
}

/** A Typst content block `[…]` around markup that is already escaped. */
export function content(escapedMarkup: string): string {
	return `[${escapedMarkup}]`;
}

/** A Typst array literal; a one-element array needs its trailing comma. */
export function typstArray(items: readonly string[]): string {
	if (items.length === 1) return `(${items[0]},)`;
	return `(${items.join(', ')})`;
}
