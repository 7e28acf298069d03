import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../../src/contribution/validation/parse.ts';
import { formatProblem } from '../../src/contribution/validation/problem.ts';
import { validateContent } from '../../src/contribution/validation/validate.ts';

const FILE = 'content/fiches/caen.md';
const SHEET = [
	'---', // 1
	'titre: Une action', // 2
	'date: 2024-13-45', // 3
	'qpv: Non', // 4
	'budget:', // 5
	'  financeurs:', // 6
	'    - ARS', // 7
	'    - Ville', // 8
	'---', // 9
	'', // 10
	'## Contexte', // 11
	'',
].join('\n');

describe('parseContentFile', () => {
	test('reads the YAML 1.2 core schema: dates and « Non » stay text', () => {
		const parsed = parseContentFile(FILE, SHEET);
		expect(parsed.problems).toEqual([]);
		expect(parsed.data).toEqual({
			titre: 'Une action',
			date: '2024-13-45',
			qpv: 'Non',
			budget: { financeurs: ['ARS', 'Ville'] },
		});
	});

	test('maps keys, nested keys and list items to their file lines', () => {
		const { lineOf } = parseContentFile(FILE, SHEET);
		expect(lineOf(['titre'])).toBe(2);
		expect(lineOf(['budget', 'financeurs'])).toBe(6);
		expect(lineOf(['budget', 'financeurs', 1])).toBe(8);
		// A missing key points at its nearest parent; a missing top-level key has no line.
		expect(lineOf(['budget', 'fonctionnement'])).toBe(5);
		expect(lineOf(['ville'])).toBeUndefined();
	});

	test('splits the body off after the closing line and knows where it starts', () => {
		const { body, bodyLine } = parseContentFile(FILE, SHEET);
		expect(body).toBe('\n## Contexte\n');
		expect(bodyLine).toBe(10);
	});

	test('reads a Windows file (BOM, CRLF) like the same file saved on Linux', () => {
		const windows = parseContentFile(FILE, `\uFEFF${SHEET.replace(/\n/g, '\r\n')}`);
		const linux = parseContentFile(FILE, SHEET);
		expect(windows.data).toEqual(linux.data);
		expect(windows.bodyLine).toBe(linux.bodyLine);
		expect(windows.lineOf(['budget', 'financeurs', 1])).toBe(8);
	});

	test('an empty header gives empty data, so the schema lists every missing key', () => {
		expect(parseContentFile(FILE, '---\n---\n\n## Contexte\n')).toMatchObject({
			data: {},
			problems: [],
			bodyLine: 3,
		});
		expect(parseContentFile(FILE, '---\n# à compléter\n---\n')).toMatchObject({
			data: {},
			problems: [],
		});
	});

	test('a YAML error leaves no data, so nothing else is checked on a misread file', () => {
		const parsed = parseContentFile(FILE, SHEET.replace('titre: Une action', 'titre: "Une action'));
		expect(parsed.data).toBeUndefined();
		expect(parsed.problems.map((p) => [p.line, p.key])).toEqual([[2, 'yaml']]);
	});

	test('reports each slip once, on the line where it was made', () => {
		const parsed = parseContentFile(FILE, '---\ntitre: Une action\n  ville: Caen\n---\n');
		expect(parsed.problems).toHaveLength(1);
		expect(parsed.problems[0]).toMatchObject({ line: 2, key: 'yaml' });
	});

	test('an alias bomb is refused instead of expanded', () => {
		const bomb = [
			'---',
			'a: &a [x, x, x, x, x, x, x, x, x, x]',
			'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
			'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
			'---',
			'',
		].join('\n');
		const parsed = parseContentFile(FILE, bomb);
		expect(parsed.data).toBeUndefined();
		expect(parsed.problems.map((p) => [p.line, p.key])).toEqual([[2, 'yaml']]);
	});

	test('control characters in a chapter or a part are refused by field and line, the rest read', () => {
		const chapitre = [
			'---',
			'titre: Favoriser le lien\u0007 social',
			'partie: 2',
			'ordre: 1',
			'resume: Un résumé.',
			'---',
			'',
			'## Ce que l’on sait',
			'',
			'Texte\u0085 du chapitre.',
			'',
		].join('\n');
		const partie = [
			'---',
			'titre: "\u001bAgir sur les déterminants"',
			'numero: 1',
			'---',
			'',
			'Texte.\u2028',
			'',
		].join('\n');
		const { problems, chapitres } = validateContent(
			[
				{ file: 'content/chapitres/lien.md', text: chapitre },
				{ file: 'content/parties/1-agir.md', text: partie },
			],
			() => true,
		);
		expect(problems.filter((p) => /invisible/.test(p.message)).map(formatProblem)).toEqual([
			'content/chapitres/lien.md:2 titre : caractère de contrôle invisible U+0007 dans « titre », après « Favoriser le lien » — supprimez-le (souvent collé depuis un autre logiciel : PDF, traitement de texte, terminal)',
			'content/chapitres/lien.md:10 corps : caractère de contrôle invisible U+0085 dans le texte, après « Texte » — supprimez-le (souvent collé depuis un autre logiciel : PDF, traitement de texte, terminal)',
			'content/parties/1-agir.md:2 titre : caractère de contrôle invisible U+001B dans « titre », en début de valeur — supprimez-le (souvent collé depuis un autre logiciel : PDF, traitement de texte, terminal)',
			'content/parties/1-agir.md:6 corps : séparateur de ligne invisible U+2028 dans le texte, après « Texte. » — supprimez-le (souvent collé depuis un autre logiciel : PDF, traitement de texte, terminal)',
		]);
		// The header is read without the characters, so no misleading YAML message comes with them.
		expect(problems.filter((p) => p.key === 'yaml')).toEqual([]);
		expect(chapitres[0]?.data.titre).toBe('Favoriser le lien social');
	});
});
