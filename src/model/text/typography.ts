import { MONTH_NAMES } from '../../schemas/date.ts';
import { stripControlCharacters } from './control-characters.ts';

/** Narrow no-break space, before `; ! ?` and inside « » in French typesetting. */
export const NNBSP = '\u202F';
/** No-break space, before `:`. */
export const NBSP = '\u00A0';

/** Any white space of a French text, breakable or not. */
const SPACE = '[ \\t\\n\\u00A0\\u202F]';
/** Any month name, as a regular expression alternative. */
const MONTH = MONTH_NAMES.join('|');
/** What follows an amount: « € » or « euros », after optional decimals and spaces. */
const CURRENCY = `(?:[,.]\\d+)?${SPACE}*(?:€|euros?(?!\\p{L}))`;

/** A day before its month: « 1er mai », « 25 juin ». */
const DAY_MONTH = new RegExp(
	`(?<![\\p{L}\\p{N}])(1er|\\d{1,2})${SPACE}+(?=(?:${MONTH})(?!\\p{L}))`,
	'gu',
);
/** An amount before its currency, its thousands grouped or not. */
const AMOUNT = new RegExp(
	`(?<![\\p{N},.])(?:\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?=${CURRENCY})`,
	'gu',
);

/**
 * French typography for running text: no-break spaces before `; : ! ?` and inside « », between a
 * day and its month (« 25 mai »), before « € » and between the thousands of an amount
 * (« 36 800 € », « 1 000 € ») and between the groups of any number written « 15 000 »; « … » for
 * « ... »; « » for a pair of straight double quotes; typographic apostrophes. Only spaces that are
 * already there are made unbreakable (amounts aside), so URLs, times and ratios (`http://`,
 * `14h30`, `1:2`) stay as they are. Control characters are dropped: every prose string an output
 * shows passes here (titles, meta tags, contents), so one that slipped past the validator never
 * reaches a reader. Idempotent.
 */
export function frenchTypography(text: string): string {
	return (
		stripControlCharacters(text)
			.replace(/(\p{L})'(?=\p{L})/gu, '$1’')
			.replace(/\.\.\.(?!\.)/g, '…')
			// A pair of straight double quotes around words (the forms' "Vis ma vie") becomes « »;
			// a lone one (27", a code) stays.
			.replace(STRAIGHT_QUOTES, `$1«${NNBSP}$2${NNBSP}»`)
			// Each run of spaces is matched whole, then kept or replaced by what follows it: a
			// pattern that could start anywhere inside a run (`[ ]+;`) would rescan the run from
			// every one of its spaces, and a sheet of a million spaces would take hours.
			.replace(SPACE_RUN, (run, mark: string | undefined) =>
				mark === undefined ? run : `${mark === ':' ? NBSP : NNBSP}${mark}`,
			)
			.replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
			.replace(/(?<![ \u00A0\u202F])»/g, `${NNBSP}»`)
			.replace(DAY_MONTH, `$1${NBSP}`)
			.replace(AMOUNT, groupThousands)
			.replace(/(\d)[ \t\u00A0\u202F]*€/g, `$1${NBSP}€`)
			.replace(/(?<![\p{N},.])\d{1,3}(?:[ \u00A0]\d{3})+(?![\p{N}])/gu, (n) =>
				n.replace(/[ \u00A0]/g, NNBSP),
			)
	);
}

/** `36800` or `36 800` (any space) → `36 800` with a narrow no-break space, as `toLocaleString('fr-FR')`. */
function groupThousands(amount: string): string {
	const digits = amount.replace(/\D/g, '');
	if (digits.length < 4) return amount;
	return digits.replace(/\B(?=(?:\d{3})+$)/g, NNBSP);
}

/**
 * `"mots"` opened after a space, a bracket or the start, closed before a space or a mark; never
 * around an address or a path (`"https://…"` in a formula stays as typed).
 */
const STRAIGHT_QUOTES = /(^|[\s(\[])"([^\s"/](?:[^"\n/]*[^\s"/])?)"(?=$|[\s.,;:!?)\]…])/g;

/** A run of spaces, with the mark after it that takes a no-break space: `; ! ? »` or a `:` before a space. */
const SPACE_RUN = /[ \u00A0\u202F]+([;!?»]|:(?=\s|$))?/g;

/** `2023-05-25` → « 25 mai 2023 »; `2023-05` → « mai 2023 »; `2023-05-01` → « 1er mai 2023 ». */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
	const monthName = MONTH_NAMES[month - 1] ?? '';
	if (day === undefined) return `${monthName} ${year}`;
	// The day never ends a line apart from its month.
	return `${day === 1 ? '1er' : day}${NBSP}${monthName} ${year}`;
}

/** The year of a sheet date, for facets and citations. */
export function yearOf(date: string): string {
	return date.slice(0, 4);
}

/** Frontmatter keys whose values are identifiers, addresses or codes rather than prose. */
export const NOT_PROSE = new Set([
	'url',
	'src',
	'email',
	'date',
	'chapitre',
	'statut',
	'types',
	'determinants',
]);

/** `T` as `typeset` returns it: every string is another string, functions return typeset text. */
export type Typeset<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Typeset<R>
		: T extends object
			? { readonly [K in keyof T]: Typeset<T[K]> }
			: T;

/**
 * `value` with `frenchTypography` applied to every string inside it (keys in `skip` excepted) and
 * to whatever its functions return: UI strings, vocabularies and content data are set once, where
 * they are defined or loaded, so no output can forget them. A wrapped function keeps its source
 * as its text, which the web font reads for the letters of the sentences it builds.
 */
export function typeset<T>(value: T, skip: ReadonlySet<string> = new Set()): Typeset<T> {
	return typesetValue(value, skip) as Typeset<T>;
}

function typesetValue(value: unknown, skip: ReadonlySet<string>): unknown {
	if (typeof value === 'string') return frenchTypography(value);
	if (typeof value === 'function') {
		const original = value as (...args: unknown[]) => unknown;
		const wrapped = (...args: unknown[]) => typesetValue(original(...args), skip);
		Object.defineProperty(wrapped, 'toString', { value: () => String(original) });
		return wrapped;
	}
	if (Array.isArray(value)) return value.map((item) => typesetValue(item, skip));
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [
				key,
				skip.has(key) ? item : typesetValue(item, skip),
			]),
		);
	return value;
}
