import { z } from 'zod';

/** `YYYY-MM-DD`, or `YYYY-MM` when the day is unknown, as the form's « Date : » line gives it. */
const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Whether `value` is a real calendar date in the contract's format. YAML parsers turn
 * `2024-13-45` into a valid Date by rolling over, so dates are read as text and checked here.
 */
export function isStrictDate(value: string): boolean {
	const match = DATE_PATTERN.exec(value);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number | undefined];
	if (month < 1 || month > 12) return false;
	if (day === undefined || Number.isNaN(day)) return true;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

/**
 * A sheet date, kept as the text the contributor wrote. A `Date` object (what Astro's YAML
 * parser makes of `2023-05-25`) is turned back into text; it was already checked strictly by the
 * validator, which reads the raw YAML scalar before any build starts.
 */
export const dateSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'une date au format AAAA-MM-JJ ou AAAA-MM' })
		.refine(isStrictDate, { error: 'une date réelle au format AAAA-MM-JJ ou AAAA-MM' }),
);
