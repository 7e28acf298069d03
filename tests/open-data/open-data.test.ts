import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { buildBook } from '../../src/model/book.ts';
import { CSV_COLUMNS, openDataDocument, toCsv, toRecords } from '../../src/open-data/records.ts';
import { ficheSchema } from '../../src/schemas/fiche.ts';
import { FIELD, FIELDS } from '../../src/schemas/fields.ts';
import { fiche } from '../lib/fiche.ts';

const SITE = 'https://guide.example.org';
const secret = {
	nom: 'Camille Confidentielle',
	fonction: 'Cheffe de projet discrète',
	service: 'Service très interne',
	email: 'camille@exemple.fr',
};
/** A contact written without « public », as most are: read by the schema, whose default applies. */
const unsaid = ficheSchema.shape.contact.parse({
	nom: 'Sacha Silencieux',
	email: 'sacha@exemple.fr',
});
const book = buildBook({
	fiches: [
		fiche('caen-complete', {
			partie: 2,
			titre: 'Un « café » ; des rencontres',
			resume: 'Une première ligne\nune seconde, et un écran de 27".',
			services: ['CCAS', 'Direction Santé'],
			budget: { fonctionnement: '1 000 €', financeurs: ['ARS', 'CAF'] },
			types: ['gouvernance', 'cadre-de-vie'],
			determinants: ['logement'],
			publics: ['jeunes', 'familles'],
			qpv: true,
			contact: { nom: 'Dominique Publique', email: 'dominique@exemple.fr', public: true },
		}),
		fiche('lille-prive', { partie: 4, ville: 'Lille', contact: { ...secret, public: false } }),
		fiche('rennes-sans-accord', { partie: 5, ville: 'Rennes', contact: unsaid }),
	],
	parties: [],
	chapitres: [],
});
const META = {
	titre: 'Guide d’essai',
	editeur: 'Réseau d’essai',
	home: `${SITE}/`,
	licence: 'Licence d’essai',
};
const records = toRecords(book, SITE, (id) =>
	id === 'caen-complete' ? `/fiches/${id}/${id}.pdf` : undefined,
);
const csv = toCsv(records);
const rows = csv.slice(1).split('\r\n');

describe('open data records (JSON)', () => {
	it('gives every sheet in book order with absolute addresses', () => {
		expect(records.map((r) => r.id)).toEqual([
			'caen-complete',
			'lille-prive',
			'rennes-sans-accord',
		]);
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
		expect(unsaid?.public).toBe(false);
		expect(records[1]!.contact).toBeNull();
		expect(records[2]!.contact).toBeNull();
		const json = JSON.stringify(openDataDocument(records, META));
		for (const value of [...Object.values(secret), unsaid!.nom!, unsaid!.email!])
			expect(json).not.toContain(value);
	});

	it('publishes one document: who publishes it, its source, its licence and the records', () => {
		const document = JSON.parse(JSON.stringify(openDataDocument(records, META), null, '\t')) as {
			fiches: Record<string, unknown>[];
		};
		expect(Object.keys(document)).toEqual(['titre', 'editeur', 'source', 'licence', 'fiches']);
		expect(document).toMatchObject({
			titre: META.titre,
			editeur: META.editeur,
			source: META.home,
			licence: META.licence,
		});
		// Quotes and line breaks survive the round trip as written, unlike in the CSV.
		expect(document.fiches[0]!['resume']).toBe(
			'Une première ligne\nune seconde, et un écran de 27".',
		);
	});

	it('gives every record the keys of the field table, images and order aside, contact last', () => {
		const published = FIELDS.map((f) => f.key).filter(
			(key) => !/[.[]/.test(key) && !['images', 'ordre', 'contact'].includes(key),
		);
		for (const record of records)
			expect(Object.keys(record)).toEqual(['id', 'url', 'pdf', ...published, 'contact']);
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
		// The columns are a contract with every spreadsheet built on the file: a rename is deliberate.
		expect(rows[0]!.split(';')).toEqual([
			'identifiant',
			'titre',
			'ville',
			'date',
			'partie',
			'partie_titre',
			'chapitre',
			'resume',
			'periode',
			'echelle',
			'porteur',
			'role_collectivite',
			'services',
			'partenaires',
			'partenaires_intitule',
			'budget_fonctionnement',
			'budget_investissement',
			'budget_contribution',
			'budget_financeurs',
			'types_codes',
			'types',
			'types_autre',
			'qpv',
			'territoire_autre',
			'determinants_codes',
			'determinants',
			'determinants_autre',
			'publics_codes',
			'publics',
			'liens',
			'statut',
			'source',
			'url',
			'pdf',
			'contact_nom',
			'contact_fonction',
			'contact_service',
			'contact_email',
		]);
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
		expect(cell('resume')).toBe('Une première ligne une seconde, et un écran de 27".');
		expect(cell('services')).toBe('CCAS ; Direction Santé');
		expect(cell('budget_financeurs')).toBe('ARS ; CAF');
		expect(cell('types_codes')).toBe('gouvernance ; cadre-de-vie');
		expect(cell('publics_codes')).toBe('jeunes ; familles');
		expect(cell('publics')).toBe('Adolescents et jeunes ; Parents et familles');
		expect(cell('qpv')).toBe('oui');
		expect(cell('contact_nom')).toBe('Dominique Publique');
		expect(cell('pdf')).toBe(`${SITE}/fiches/caen-complete/caen-complete.pdf`);
	});

	it('never writes a contact without consent, refused or left unsaid', () => {
		for (const row of [rows[2]!, rows[3]!]) {
			const values = cells(row);
			expect(values).toHaveLength(CSV_COLUMNS.length);
			for (const header of ['contact_nom', 'contact_fonction', 'contact_service', 'contact_email'])
				expect(values[CSV_COLUMNS.findIndex((c) => c.header === header)]).toBe('');
		}
		for (const value of [...Object.values(secret), unsaid!.nom!, unsaid!.email!])
			expect(csv).not.toContain(value);
	});

	it('writes empty cells for absent answers and « non » for an unticked box', () => {
		const values = cells(rows[2]!);
		const cell = (header: string) => values[CSV_COLUMNS.findIndex((c) => c.header === header)];
		expect(cell('ville')).toBe('Lille');
		expect(cell('periode')).toBe('');
		expect(cell('budget_financeurs')).toBe('');
		expect(cell('publics')).toBe('');
		expect(cell('qpv')).toBe('non');
		expect(cell('pdf')).toBe('');
	});
});
