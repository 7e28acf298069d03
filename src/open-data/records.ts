import type { FicheData } from '../schemas/fiche.ts';
import { fieldLabel as label } from '../schemas/fields.ts';
import { determinantLabel, getPartie, publicLabel, typeLabel } from '../schemas/vocabulary.ts';
import { chapitreOf, type Book } from '../model/book.ts';
import { urls } from '../model/urls.ts';

/** A vocabulary value as published: the stable code and its French label. */
export interface Coded {
	code: string;
	label: string;
}

/** One sheet in the open data exports. Contacts appear only with consent. */
export interface FicheRecord {
	id: string;
	url: string;
	pdf: string | null;
	titre: string;
	ville: string;
	date: string;
	partie: { numero: number; titre: string };
	chapitre: { id: string; titre: string } | null;
	resume: string;
	periode: string | null;
	echelle: string | null;
	porteur: string | null;
	role_collectivite: string | null;
	services: string[];
	partenaires: string[];
	partenaires_intitule: string | null;
	budget: {
		fonctionnement: string | null;
		investissement: string | null;
		contribution: string | null;
		financeurs: string[];
	};
	types: Coded[];
	types_autre: string | null;
	qpv: boolean;
	territoire_autre: string | null;
	determinants: Coded[];
	determinants_autre: string | null;
	publics: Coded[];
	liens: { titre: string; url: string }[];
	statut: FicheData['statut'];
	source: string | null;
	contact: {
		nom: string | null;
		fonction: string | null;
		service: string | null;
		email: string | null;
	} | null;
}

/**
 * The sheets as open data records, in book order, with absolute page and PDF addresses.
 * `pdfPath` gives a sheet's PDF path when one was built.
 */
export function toRecords(
	book: Book,
	site: string,
	pdfPath: (id: string) => string | undefined,
): FicheRecord[] {
	const absolute = (path: string) => new URL(path, site).href;
	return book.fiches.map((fiche) => {
		const { data } = fiche;
		const chapitre = chapitreOf(book, fiche);
		const pdf = pdfPath(fiche.id);
		const contact = data.contact?.public ? data.contact : undefined;
		return {
			id: fiche.id,
			url: absolute(urls.fiche(fiche.id)),
			pdf: pdf ? absolute(pdf) : null,
			titre: data.titre,
			ville: data.ville,
			date: data.date,
			partie: { numero: data.partie, titre: getPartie(data.partie).titre },
			chapitre: chapitre ? { id: chapitre.entry.id, titre: chapitre.entry.data.titre } : null,
			resume: data.resume,
			periode: data.periode ?? null,
			echelle: data.echelle ?? null,
			porteur: data.porteur ?? null,
			role_collectivite: data.role_collectivite ?? null,
			services: data.services ?? [],
			partenaires: data.partenaires ?? [],
			partenaires_intitule: data.partenaires_intitule ?? null,
			budget: {
				fonctionnement: data.budget?.fonctionnement ?? null,
				investissement: data.budget?.investissement ?? null,
				contribution: data.budget?.contribution ?? null,
				financeurs: data.budget?.financeurs ?? [],
			},
			types: data.types.map((code) => ({ code, label: typeLabel(code) })),
			types_autre: data.types_autre ?? null,
			qpv: data.qpv,
			territoire_autre: data.territoire_autre ?? null,
			determinants: data.determinants.map((code) => ({ code, label: determinantLabel(code) })),
			determinants_autre: data.determinants_autre ?? null,
			publics: (data.publics ?? []).map((code) => ({ code, label: publicLabel(code) })),
			liens: data.liens ?? [],
			statut: data.statut,
			source: data.source ?? null,
			contact: contact
				? {
						nom: contact.nom ?? null,
						fonction: contact.fonction ?? null,
						service: contact.service ?? null,
						email: contact.email ?? null,
					}
				: null,
		};
	});
}

/** `fiches.json`: the records with what a reuser needs to cite them and the licence they come under. */
export interface OpenDataDocument {
	titre: string;
	editeur: string;
	source: string;
	licence: string;
	fiches: FicheRecord[];
}

export function openDataDocument(
	records: FicheRecord[],
	meta: { titre: string; editeur: string; home: string; licence: string },
): OpenDataDocument {
	return {
		titre: meta.titre,
		editeur: meta.editeur,
		source: meta.home,
		licence: meta.licence,
		fiches: records,
	};
}

const LIST_SEPARATOR = ' ; ';
const join = (values: readonly string[]) => values.join(LIST_SEPARATOR);

/** A CSV column: the French header a spreadsheet user reads, and how each cell is filled. */
interface CsvColumn {
	header: string;
	description: string;
	cell: (r: FicheRecord) => string;
}

/**
 * A field of the form's tick boxes as three columns: the codes ticked, their labels as the form
 * prints them, and the « autre » text written beside them.
 */
function checkedBoxes(key: 'types' | 'determinants'): CsvColumn[] {
	return [
		{
			header: `${key}_codes`,
			description: `${label(key)} : cases cochées (codes)`,
			cell: (r) => join(r[key].map((box) => box.code)),
		},
		{
			header: key,
			description: `${label(key)} : cases cochées (libellés du formulaire)`,
			cell: (r) => join(r[key].map((box) => box.label)),
		},
		{
			header: `${key}_autre`,
			description: label(`${key}_autre`),
			cell: (r) => r[`${key}_autre`] ?? '',
		},
	];
}

/** The CSV columns, in order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
	{
		header: 'identifiant',
		description: 'Identifiant de la fiche, aussi son adresse (/fiches/identifiant/)',
		cell: (r) => r.id,
	},
	{ header: 'titre', description: label('titre'), cell: (r) => r.titre },
	{
		header: 'ville',
		description: `${label('ville')} : commune ou intercommunalité`,
		cell: (r) => r.ville,
	},
	{
		header: 'date',
		description: `${label('date')} (AAAA-MM-JJ, ou AAAA-MM si le jour est inconnu)`,
		cell: (r) => r.date,
	},
	{
		header: 'partie',
		description: `${label('partie')} : son numéro (1 à 6)`,
		cell: (r) => String(r.partie.numero),
	},
	{
		header: 'partie_titre',
		description: `${label('partie')} : son titre`,
		cell: (r) => r.partie.titre,
	},
	{
		header: 'chapitre',
		description: `${label('chapitre')}, s’il y en a un`,
		cell: (r) => r.chapitre?.titre ?? '',
	},
	{ header: 'resume', description: label('resume'), cell: (r) => r.resume },
	{ header: 'periode', description: label('periode'), cell: (r) => r.periode ?? '' },
	{
		header: 'echelle',
		description: label('echelle'),
		cell: (r) => r.echelle ?? '',
	},
	{ header: 'porteur', description: label('porteur'), cell: (r) => r.porteur ?? '' },
	{
		header: 'role_collectivite',
		description: label('role_collectivite'),
		cell: (r) => r.role_collectivite ?? '',
	},
	{
		header: 'services',
		description: label('services'),
		cell: (r) => join(r.services),
	},
	{ header: 'partenaires', description: label('partenaires'), cell: (r) => join(r.partenaires) },
	{
		header: 'partenaires_intitule',
		description: label('partenaires_intitule'),
		cell: (r) => r.partenaires_intitule ?? '',
	},
	{
		header: 'budget_fonctionnement',
		description: `${label('budget.fonctionnement')} (réel ou estimé)`,
		cell: (r) => r.budget.fonctionnement ?? '',
	},
	{
		header: 'budget_investissement',
		description: `${label('budget.investissement')} (réel ou estimé)`,
		cell: (r) => r.budget.investissement ?? '',
	},
	{
		header: 'budget_contribution',
		description: label('budget.contribution'),
		cell: (r) => r.budget.contribution ?? '',
	},
	{
		header: 'budget_financeurs',
		description: label('budget.financeurs'),
		cell: (r) => join(r.budget.financeurs),
	},
	...checkedBoxes('types'),
	{
		header: 'qpv',
		description: `${label('qpv')} : oui ou non`,
		cell: (r) => (r.qpv ? 'oui' : 'non'),
	},
	{
		header: 'territoire_autre',
		description: label('territoire_autre'),
		cell: (r) => r.territoire_autre ?? '',
	},
	...checkedBoxes('determinants'),
	{
		header: 'publics_codes',
		description: `${label('publics')} (codes)`,
		cell: (r) => join(r.publics.map((p) => p.code)),
	},
	{
		header: 'publics',
		description: `${label('publics')} (libellés)`,
		cell: (r) => join(r.publics.map((p) => p.label)),
	},
	{
		header: 'liens',
		description: `${label('liens')} (adresses)`,
		cell: (r) => join(r.liens.map((l) => l.url)),
	},
	{
		header: 'statut',
		description: `${label('statut')} : publie, ou brouillon pour un texte provisoire`,
		cell: (r) => r.statut,
	},
	{
		header: 'source',
		description: `${label('source')}, quand ce n’est pas un formulaire envoyé par la ville`,
		cell: (r) => r.source ?? '',
	},
	{ header: 'url', description: 'Adresse de la page de la fiche', cell: (r) => r.url },
	{ header: 'pdf', description: 'Adresse du PDF de la fiche', cell: (r) => r.pdf ?? '' },
	{
		header: 'contact_nom',
		description: `${label('contact')} : ${label('contact.nom')} (seulement si elle a accepté d’être publiée)`,
		cell: (r) => r.contact?.nom ?? '',
	},
	{
		header: 'contact_fonction',
		description: `${label('contact')} : ${label('contact.fonction')}`,
		cell: (r) => r.contact?.fonction ?? '',
	},
	{
		header: 'contact_service',
		description: `${label('contact')} : ${label('contact.service')}`,
		cell: (r) => r.contact?.service ?? '',
	},
	{
		header: 'contact_email',
		description: `${label('contact')} : ${label('contact.email')}`,
		cell: (r) => r.contact?.email ?? '',
	},
];

/**
 * What a spreadsheet reads as the start of a formula: `= + - @`, a tab or a carriage return
 * (OWASP, « CSV Injection »), and their full-width forms, which some spreadsheets fold.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell, always quoted. A cell that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `@SUM(…)`) is prefixed with a single quote, as OWASP recommends: it then
 * shows as text. Line breaks become spaces, so a row stays on one line.
 */
export function csvCell(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return `"${safe.replace(/\r\n|[\r\n]/g, ' ').replaceAll('"', '""')}"`;
}

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel keeps the accents), `;` between
 * cells (what French spreadsheets expect), every cell quoted, CRLF line ends (RFC 4180).
 */
export function toCsv(records: readonly FicheRecord[]): string {
	const lines = [
		CSV_COLUMNS.map((c) => c.header).join(';'),
		...records.map((r) => CSV_COLUMNS.map((c) => csvCell(c.cell(r))).join(';')),
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
