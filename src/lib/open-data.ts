import type { FicheData } from '../schemas/fiche.ts';
import { determinantLabel, getPartie, typeLabel } from '../schemas/vocabulary.ts';
import { chapitreOf, type Book } from './book.ts';
import { urls } from './urls.ts';

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

const LIST_SEPARATOR = ' ; ';
const join = (values: readonly string[]) => values.join(LIST_SEPARATOR);

/** The CSV columns: French headers a spreadsheet user reads, and how each cell is filled. */
export const CSV_COLUMNS: readonly {
	header: string;
	description: string;
	cell: (r: FicheRecord) => string;
}[] = [
	{
		header: 'identifiant',
		description: 'Identifiant de la fiche, aussi son adresse (/fiches/identifiant/)',
		cell: (r) => r.id,
	},
	{ header: 'titre', description: 'Nom de l’action', cell: (r) => r.titre },
	{
		header: 'ville',
		description: 'Ville-Santé : commune ou intercommunalité',
		cell: (r) => r.ville,
	},
	{
		header: 'date',
		description: 'Date de rédaction de la fiche (AAAA-MM-JJ, ou AAAA-MM si le jour est inconnu)',
		cell: (r) => r.date,
	},
	{
		header: 'partie',
		description: 'Numéro de la partie du guide (1 à 6)',
		cell: (r) => String(r.partie.numero),
	},
	{ header: 'partie_titre', description: 'Titre de la partie', cell: (r) => r.partie.titre },
	{
		header: 'chapitre',
		description: 'Chapitre de la partie, s’il y en a un',
		cell: (r) => r.chapitre?.titre ?? '',
	},
	{ header: 'resume', description: 'Résumé en une ou deux phrases', cell: (r) => r.resume },
	{ header: 'periode', description: 'Période, durée', cell: (r) => r.periode ?? '' },
	{
		header: 'echelle',
		description: 'Échelle de territoire concerné',
		cell: (r) => r.echelle ?? '',
	},
	{ header: 'porteur', description: 'Porteur, pilote principal', cell: (r) => r.porteur ?? '' },
	{
		header: 'role_collectivite',
		description: 'Rôle de la collectivité',
		cell: (r) => r.role_collectivite ?? '',
	},
	{
		header: 'services',
		description: 'Services et élus de la collectivité impliqués',
		cell: (r) => join(r.services),
	},
	{ header: 'partenaires', description: 'Partenaires', cell: (r) => join(r.partenaires) },
	{
		header: 'budget_fonctionnement',
		description: 'Budget de fonctionnement annuel (réel ou estimé)',
		cell: (r) => r.budget.fonctionnement ?? '',
	},
	{
		header: 'budget_investissement',
		description: 'Budget d’investissement (réel ou estimé)',
		cell: (r) => r.budget.investissement ?? '',
	},
	{
		header: 'budget_contribution',
		description: 'Contribution de la collectivité',
		cell: (r) => r.budget.contribution ?? '',
	},
	{
		header: 'budget_financeurs',
		description: 'Partenaires financiers',
		cell: (r) => join(r.budget.financeurs),
	},
	{
		header: 'types_codes',
		description: 'Types de projet ou de démarche cochés (codes)',
		cell: (r) => join(r.types.map((t) => t.code)),
	},
	{
		header: 'types',
		description: 'Types de projet ou de démarche cochés (libellés du formulaire)',
		cell: (r) => join(r.types.map((t) => t.label)),
	},
	{
		header: 'types_autre',
		description: 'Autre type de projet, précisé',
		cell: (r) => r.types_autre ?? '',
	},
	{
		header: 'qpv',
		description: 'Quartier(s) politique de la Ville concerné(s) : oui ou non',
		cell: (r) => (r.qpv ? 'oui' : 'non'),
	},
	{
		header: 'territoire_autre',
		description: 'Autre spécificité du territoire, précisée',
		cell: (r) => r.territoire_autre ?? '',
	},
	{
		header: 'determinants_codes',
		description: 'Déterminants de la santé mentale cochés (codes)',
		cell: (r) => join(r.determinants.map((d) => d.code)),
	},
	{
		header: 'determinants',
		description: 'Déterminants de la santé mentale cochés (libellés du formulaire)',
		cell: (r) => join(r.determinants.map((d) => d.label)),
	},
	{
		header: 'determinants_autre',
		description: 'Autres déterminants, précisés',
		cell: (r) => r.determinants_autre ?? '',
	},
	{
		header: 'liens',
		description: 'Documents et liens complémentaires (adresses)',
		cell: (r) => join(r.liens.map((l) => l.url)),
	},
	{
		header: 'statut',
		description: 'publie, ou brouillon pour un texte provisoire',
		cell: (r) => r.statut,
	},
	{
		header: 'source',
		description: 'Origine de la fiche quand ce n’est pas un formulaire envoyé par la ville',
		cell: (r) => r.source ?? '',
	},
	{ header: 'url', description: 'Adresse de la page de la fiche', cell: (r) => r.url },
	{ header: 'pdf', description: 'Adresse du PDF de la fiche', cell: (r) => r.pdf ?? '' },
	{
		header: 'contact_nom',
		description: 'Personne à contacter (seulement si elle a accepté d’être publiée)',
		cell: (r) => r.contact?.nom ?? '',
	},
	{
		header: 'contact_fonction',
		description: 'Fonction de la personne à contacter',
		cell: (r) => r.contact?.fonction ?? '',
	},
	{
		header: 'contact_service',
		description: 'Service ou direction de la personne à contacter',
		cell: (r) => r.contact?.service ?? '',
	},
	{
		header: 'contact_email',
		description: 'Courriel de la personne à contacter',
		cell: (r) => r.contact?.email ?? '',
	},
];

function csvCell(value: string): string {
	return `"${value.replace(/\r?\n/g, ' ').replaceAll('"', '""')}"`;
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
