import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/lib/typography.ts';
import { buildBook } from '../../src/lib/book.ts';
import { CSV_COLUMNS, toCsv, toRecords } from '../../src/lib/open-data.ts';
import { FIELD } from '../../src/schemas/fields.ts';
import { fiche } from '../lib/fiche.ts';

const SITE = 'https://guide.example.org';
const secret = { nom: 'Camille Confidentielle', email: 'camille@exemple.fr' };
const book = buildBook({
	fiches: [
		fiche('caen-complete', {
			partie: 2,
			titre: 'Un « café » ; des rencontres',
			resume: 'Une première ligne\nune seconde, et des "guillemets".',
			services: ['CCAS', 'Direction Santé'],
			budget: { fonctionnement: '1 000 €', financeurs: ['ARS', 'CAF'] },
			types: ['gouvernance', 'cadre-de-vie'],
			determinants: ['logement'],
			publics: ['jeunes', 'familles'],
			qpv: true,
			contact: { nom: 'Dominique Publique', email: 'dominique@exemple.fr', public: true },
		}),
		fiche('lille-prive', { partie: 4, ville: 'Lille', contact: { ...secret, public: false } }),
	],
	parties: [],
	chapitres: [],
});
const records = toRecords(book, SITE, (id) =>
	id === 'caen-complete' ? `/fiches/${id}/${id}.pdf` : undefined,
);
const csv = toCsv(records);
const rows = csv.slice(1).split('\r\n');

describe('open data records (JSON)', () => {
	it('gives every sheet in book order with absolute addresses', () => {
		expect(records.map((r) => r.id)).toEqual(['caen-complete', 'lille-prive']);
		expect(records[0]!.url).toBe(`${SITE}/fiches/caen-complete/`);
		expect(records[0]!.pdf).toBe(`${SITE}/fiches/caen-complete/caen-complete.pdf`);
		expect(records[1]!.pdf).toBeNull();
	});

	it('gives each code its label, lists as lists, absent answers as null', () => {
		const [record] = records;
		expect(record!.types).toEqual([
			{ code: 'gouvernance', label: 'Gouvernance, coordination' },
			{ code: 'cadre-de-vie', label: 'Agir sur un cadre de vie favorable à la santé mentale' },
		]);
		expect(record!.publics).toEqual([
			{ code: 'jeunes', label: 'Adolescents et jeunes' },
			{ code: 'familles', label: 'Parents et familles' },
		]);
		expect(record!.services).toEqual(['CCAS', 'Direction Santé']);
		expect(record!.budget).toEqual({
			fonctionnement: frenchTypography('1 000 €'),
			investissement: null,
			contribution: null,
			financeurs: ['ARS', 'CAF'],
		});
		expect(record!.periode).toBeNull();
		expect(records[1]!.publics).toEqual([]);
	});

	it('carries a contact only with its consent', () => {
		expect(records[0]!.contact).toEqual({
			nom: 'Dominique Publique',
			fonction: null,
			service: null,
			email: 'dominique@exemple.fr',
		});
		expect(records[1]!.contact).toBeNull();
		expect(JSON.stringify(records)).not.toContain('Confidentielle');
		expect(JSON.stringify(records)).not.toContain(secret.email);
	});
});

describe('open data CSV', () => {
	it('starts with a byte-order mark and ends every line with CRLF', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.slice(0, -2)).not.toMatch(/(?<!\r)\n/);
		expect(rows.at(-1)).toBe('');
		expect(rows).toHaveLength(records.length + 2);
	});

	it('has one header per column, separated by semicolons, each described from the field table', () => {
		expect(rows[0]!.split(';')).toEqual(CSV_COLUMNS.map((c) => c.header));
		expect(new Set(CSV_COLUMNS.map((c) => c.header)).size).toBe(CSV_COLUMNS.length);
		const described = (header: string) => CSV_COLUMNS.find((c) => c.header === header)!.description;
		expect(described('titre')).toBe(FIELD.titre.label);
		expect(described('periode')).toBe(FIELD.periode.label);
		expect(described('publics')).toContain(FIELD.publics.label);
	});

	/** The cells of a CSV line: `;` outside quotes separates, `""` inside quotes is one `"`. */
	function cells(line: string): string[] {
		const out: string[] = [];
		const pattern = /"((?:[^"]|"")*)"(?:;|$)/gy;
		let match: RegExpExecArray | null;
		while ((match = pattern.exec(line))) {
			out.push(match[1]!.replaceAll('""', '"'));
			if (pattern.lastIndex >= line.length) break;
		}
		return out;
	}

	it('quotes every cell, doubles quotes and keeps separators inside cells', () => {
		const values = cells(rows[1]!);
		expect(values).toHaveLength(CSV_COLUMNS.length);
		const cell = (header: string) => values[CSV_COLUMNS.findIndex((c) => c.header === header)];
		expect(cell('titre')).toBe(frenchTypography('Un « café » ; des rencontres'));
		expect(cell('resume')).toBe('Une première ligne une seconde, et des "guillemets".');
		expect(cell('services')).toBe('CCAS ; Direction Santé');
		expect(cell('budget_financeurs')).toBe('ARS ; CAF');
		expect(cell('types_codes')).toBe('gouvernance ; cadre-de-vie');
		expect(cell('publics_codes')).toBe('jeunes ; familles');
		expect(cell('publics')).toBe('Adolescents et jeunes ; Parents et familles');
		expect(cell('qpv')).toBe('oui');
		expect(cell('contact_nom')).toBe('Dominique Publique');
		expect(cell('pdf')).toBe(`${SITE}/fiches/caen-complete/caen-complete.pdf`);
	});

	it('never writes a contact without consent', () => {
		const values = cells(rows[2]!);
		for (const header of ['contact_nom', 'contact_fonction', 'contact_service', 'contact_email'])
			expect(values[CSV_COLUMNS.findIndex((c) => c.header === header)]).toBe('');
		expect(csv).not.toContain('Confidentielle');
		expect(csv).not.toContain(secret.email);
	});
});
