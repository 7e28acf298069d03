/**
 * Invisible control characters: C0 (tab, line feed and carriage return excepted), DEL, C1, and
 * the Unicode line and paragraph separators. Pasted from a PDF, a terminal or a word processor,
 * they are invisible in an editor but reach titles, meta tags, the search index, the open data
 * and the PDFs, where they show as boxes or break a line. The validator refuses them (with the
 * same pattern); `stripControlCharacters` is the output side's second lock.
 */

/** One invisible control character; `g` and `u` flags, so reset `lastIndex` when reused. */
export const CONTROL_CHARACTER =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/gu;

/** The code point as it is written in Unicode charts, « U+0007 ». */
export function codePointName(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` without control characters. The line and paragraph separators become a space, as they
 * separate words; the others are dropped.
 */
export function stripControlCharacters(text: string): string {
	return text.replace(CONTROL_CHARACTER, (char) =>
		char === '\u2028' || char === '\u2029' ? ' ' : '',
	);
}

/**
 * `value` with every string inside it (object keys and array items included) stripped of
 * control characters; dates, numbers and other objects are returned as they are.
 */
export function stripControlCharactersDeep<T>(value: T): T {
	return stripValue(value) as T;
}

function stripValue(value: unknown): unknown {
	if (typeof value === 'string') return stripControlCharacters(value);
	if (Array.isArray(value)) return value.map(stripValue);
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [stripControlCharacters(key), stripValue(item)]),
		);
	return value;
}
