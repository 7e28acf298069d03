import type { SectionTitre } from './fiche.ts';
import { FIELD } from './fields.ts';
import { DETERMINANTS, TYPES } from './vocabulary.ts';

/**
 * The RfVS Word form « Fiche-action » of the 2023 call (sources/formulaire-fiche-action-2023.txt),
 * row by row, in its own wording: the blank form the site offers for download is drawn from this
 * table, and the Word importer (src/contribution/import/form.ts) reads what cities write in it.
 * Each row names the contract key (docs/fiche-action.md) its answer fills.
 */

/** The form's heading, above the title line. */
export const FORM_HEADING =
	'Fiche-action « Actions de prévention et promotion de la santé mentale »';

/** The title line, typed over by the city. */
export const FORM_TITLE_PLACEHOLDER = `[${FIELD['titre'].label}]`;

/** A « label | answer » row of the form's table. */
export interface FormRow {
	/** Contract key the answer fills. */
	key: string;
	/** The label as printed on the form (line breaks of the printed form kept). */
	label: string;
	/** Sub-rows under one merged label cell (the contact). */
	rows?: readonly { key: string; label: string }[];
	/** A row that only heads the next ones (the budget heading): no answer of its own. */
	heading?: true;
}

export const FORM_ROWS: readonly FormRow[] = [
	{ key: 'ville', label: FIELD['ville'].label },
	{ key: 'date', label: 'Date de rédaction\nde la fiche-action' },
	{
		key: 'contact',
		label: `${FIELD['contact'].label}\npour plus d’informations`,
		rows: [
			{ key: 'contact.nom', label: `${FIELD['contact.nom'].label} :` },
			{ key: 'contact.fonction', label: `${FIELD['contact.fonction'].label} :` },
			{ key: 'contact.service', label: `${FIELD['contact.service'].label} :` },
			{ key: 'contact.email', label: 'Email :' },
		],
	},
	{ key: 'periode', label: FIELD['periode'].label },
	{ key: 'echelle', label: FIELD['echelle'].label },
	{ key: 'porteur', label: FIELD['porteur'].label },
	{ key: 'role_collectivite', label: FIELD['role_collectivite'].label },
	{ key: 'services', label: FIELD['services'].label },
	{ key: 'partenaires', label: FIELD['partenaires'].label },
	{ key: 'budget', label: `${FIELD['budget'].label} :`, heading: true },
	{
		key: 'budget.fonctionnement',
		label: `· ${FIELD['budget.fonctionnement'].label} (réel ou estimé)`,
	},
	{
		key: 'budget.investissement',
		label: `· ${FIELD['budget.investissement'].label}\n(réel ou estimé)`,
	},
	{ key: 'budget.contribution', label: `· ${FIELD['budget.contribution'].label}` },
	{ key: 'budget.financeurs', label: `· ${FIELD['budget.financeurs'].label}` },
];

/** A group of boxes under « Thématique(s) de l’action », with its « Autre » line. */
export interface FormBoxGroup {
	/** Contract key of the ticked boxes (`qpv` is a single box). */
	key: 'types' | 'qpv' | 'determinants';
	heading: string;
	boxes: readonly { code: string; label: string }[];
	/** Contract key and wording of the group's « Autre, précisez » box. */
	autre: { key: 'types_autre' | 'territoire_autre' | 'determinants_autre'; label: string };
}

export const FORM_THEMATIQUES_LABEL = 'Thématique(s) de l’action';

export const FORM_BOX_GROUPS: readonly FormBoxGroup[] = [
	{
		key: 'types',
		heading: `${FIELD['types'].label} :`,
		boxes: TYPES,
		autre: { key: 'types_autre', label: 'Autre : précisez' },
	},
	{
		key: 'qpv',
		heading: 'Éventuelles spécificités du territoire concerné :',
		boxes: [{ code: 'qpv', label: FIELD['qpv'].label }],
		autre: { key: 'territoire_autre', label: 'Autre(s) : précisez' },
	},
	{
		key: 'determinants',
		heading: `${FIELD['determinants'].label} :`,
		boxes: DETERMINANTS,
		autre: { key: 'determinants_autre', label: 'Autre(s), précisez :' },
	},
];

/** The description row, split into the first three sections of the body. */
export const FORM_DESCRIPTION = {
	label: 'Description de l’action (contexte, objectifs, déroulé...)',
	parts: [
		{ section: 'Contexte', label: 'Contexte :' },
		{ section: 'Objectifs', label: 'Objectif(s) :' },
		{ section: 'Déroulé', label: 'Déroulé de l’action :' },
	],
} as const satisfies {
	label: string;
	parts: readonly { section: SectionTitre; label: string }[];
};

/** The questions after the description, each answered by one section of the body. */
export const FORM_QUESTIONS: readonly { section: SectionTitre; question: string }[] = [
	{
		section: 'Prise en compte de la santé mentale',
		question:
			'La santé mentale a-t-elle été explicitement prise en compte dans la construction ou le déroulé de l’action ?\nComment ?',
	},
	{
		section: 'Facteurs favorables',
		question: 'Quels facteurs ont favorisé le déroulé de l’action ?',
	},
	{ section: 'Difficultés', question: 'Quels facteurs l’ont mise en difficulté ?' },
	{
		section: 'Inégalités sociales et territoriales',
		question:
			'L’action a-t-elle contribué à réduire les inégalités sociales et/ou territoriales de santé ?',
	},
	{
		section: 'Apprentissages',
		question: 'La mise en œuvre de cette action a-t-elle permis de tirer des apprentissages ?',
	},
	{
		section: 'Effets sur la santé mentale',
		question:
			'En quoi cette action contribue-t-elle à améliorer la santé mentale des habitants ?\n(impacts, effets ou résultats observés, éléments d’évaluation, indicateurs, etc.)',
	},
	{
		section: 'Santé mentale dans toutes les politiques',
		question:
			'En quoi cette action contribue-t-elle à intégrer « la santé mentale dans toutes les politiques » (rapprochement entre services et entre élus, sensibilisation d’acteurs, etc.) ?',
	},
];

/** The form's closing line. */
export const FORM_CLOSING =
	'N’hésitez pas à nous transmettre des illustrations,\ndocuments et liens complémentaires.';
