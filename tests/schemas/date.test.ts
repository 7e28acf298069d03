import { describe, expect, test } from 'vitest';
import { dateSchema, isStrictDate } from '../../src/schemas/date.ts';

describe('isStrictDate', () => {
	test.each([
		'2024-02-29',
		'2000-02-29',
		'2023-02-28',
		'2023-05-25',
		'2023-12-31',
		'2023-05',
		'2023-01',
	])('%s is a real date in the contract’s format', (value) =>
		expect(isStrictDate(value)).toBe(true),
	);

	test.each([
		['2024-13-45', 'month 13'],
		['2023-02-29', 'not a leap year'],
		['1900-02-29', 'century, not a leap year'],
		['2023-04-31', 'April has 30 days'],
		['2023-00-10', 'month 0'],
		['2023-05-00', 'day 0'],
		['2023-13', 'month 13 without a day'],
		['0000-02-30', 'year 0 stays year 0, not 1900'],
		['2023-5-1', 'digits missing'],
		['2023-5', 'month on one digit'],
		['2023', 'year alone'],
		['25/05/2023', 'French order'],
		['2023-05-25T10:00:00Z', 'timestamp'],
		['2023-05-25 10:00', 'date and time'],
		[' 2023-05-25', 'leading space'],
		['', 'empty'],
	])('%s is refused (%s)', (value) => expect(isStrictDate(value)).toBe(false));
});

describe('dateSchema', () => {
	test('keeps the text as written, with or without the day', () => {
		expect(dateSchema.parse('2024-02-29')).toBe('2024-02-29');
		expect(dateSchema.parse('2023-05')).toBe('2023-05');
	});

	test('turns the Date that Astro’s YAML reader makes back into text', () => {
		expect(dateSchema.parse(new Date('2023-05-25'))).toBe('2023-05-25');
	});

	test('tells a malformed date from an impossible one, in French', () => {
		const message = (value: unknown) =>
			dateSchema.safeParse(value).error?.issues.map((i) => i.message);
		expect(message('2023-5-1')).toEqual([
			'une date au format AAAA-MM-JJ, ou AAAA-MM si le jour est inconnu, sans heure (ex. « 2024-05-25 »)',
		]);
		expect(message('2023-02-29')).toEqual([
			'une date qui existe dans le calendrier (mois de 01 à 12, jour valide pour ce mois)',
		]);
		expect(message(2023)).toEqual(['une date au format AAAA-MM-JJ ou AAAA-MM']);
	});
});
