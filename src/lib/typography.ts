/** Narrow no-break space, before `; ! ?` and inside « » in French typesetting. */
export const NNBSP = '\u202F';
/** No-break space, before `:`. */
export const NBSP = '\u00A0';

/**
 * French typography for running text: no-break spaces before `; : ! ?` and inside « », and
 * typographic apostrophes. Only spaces that are already there are made unbreakable, so URLs,
 * times and ratios (`http://`, `14h30`, `1:2`) stay as they are.
 */
export function frenchTypography(text: string): string {
	return (
		text
			.replace(/(\p{L})'(?=\p{L})/gu, '$1’')
			// Each run of spaces is matched whole, then kept or replaced by what follows it: a
			// pattern that could start anywhere inside a run (`[ ]+;`) would rescan the run from
			// every one of its spaces, and a sheet of a million spaces would take hours.
			.replace(SPACE_RUN, (run, mark: string | undefined) =>
				mark === undefined ? run : `${mark === ':' ? NBSP : NNBSP}${mark}`,
			)
			.replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
			.replace(/(?<![ \u00A0\u202F])»/g, `${NNBSP}»`)
	);
}

/** A run of spaces, with the mark after it that takes a no-break space: `; ! ? »` or a `:` before a space. */
const SPACE_RUN = /[ \u00A0\u202F]+([;!?»]|:(?=\s|$))?/g;

const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre',
] as const;

/** `2023-05-25` → « 25 mai 2023 »; `2023-05` → « mai 2023 »; `2023-05-01` → « 1er mai 2023 ». */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
	const monthName = MONTHS[month - 1] ?? '';
	if (day === undefined) return `${monthName} ${year}`;
	return `${day === 1 ? '1er' : day} ${monthName} ${year}`;
}

/** The year of a sheet date, for facets and citations. */
export function yearOf(date: string): string {
	return date.slice(0, 4);
}
