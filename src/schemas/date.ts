import { z } from 'zod';

/** The French month names, January first, as running text and formatted dates write them. */
export const MONTH_NAMES = [
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

/** `YYYY-MM-DD`, or `YYYY-MM` when the day is unknown, as the form's « Date : » line gives it. */
const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether `value` is a real calendar date in the contract's format. YAML parsers turn
 * `2024-13-45` into a valid Date by rolling over, so dates are read as text and checked here.
 * Days per month are computed, not asked of `Date`, which maps years 0-99 to 1900-1999.
 */
export function isStrictDate(value: string): boolean {
	const match = DATE_PATTERN.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (month < 1 || month > 12) return false;
	if (match[3] === undefined) return true;
	const day = Number(match[3]);
	const daysInMonth =
		month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
	return day >= 1 && day <= daysInMonth;
}

/**
 * A sheet date, kept as the text the contributor wrote. A `Date` object (what Astro's YAML
 * parser makes of `2023-05-25`) is turned back into text; it was already checked strictly by the
 * validator, which reads the raw YAML scalar before any build starts. Format and calendar are
 * two checks so a contributor learns which of the two is wrong: `25/05/2023` needs rewriting,
 * `2023-02-29` needs another day.
 */
export const dateSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'une date au format AAAA-MM-JJ ou AAAA-MM' })
		.refine((value) => DATE_PATTERN.test(value), {
			error:
				'une date au format AAAA-MM-JJ, ou AAAA-MM si le jour est inconnu, sans heure (ex. « 2024-05-25 »)',
			abort: true,
		})
		.refine(isStrictDate, {
			error: 'une date qui existe dans le calendrier (mois de 01 à 12, jour valide pour ce mois)',
		}),
);
