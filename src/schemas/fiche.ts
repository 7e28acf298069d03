import { z } from 'zod';
import { dateSchema } from './date.ts';
import { FIELD, FREE_TEXT_MAX, URL_MAX, type FieldSpec } from './fields.ts';
import { SLUG_PATTERN } from './slug.ts';
import { DETERMINANT_CODES, PUBLIC_CODES, STATUT_CODES, TYPE_CODES } from './vocabulary.ts';

/** The body's second-level headings, in the order the form asks its questions. */
export const SECTIONS = [
	{ titre: 'Contexte', requis: true },
	{ titre: 'Objectifs', requis: true },
	{ titre: 'Déroulé', requis: true },
	{ titre: 'Prise en compte de la santé mentale', requis: false },
	{ titre: 'Facteurs favorables', requis: false },
	{ titre: 'Difficultés', requis: false },
	{ titre: 'Inégalités sociales et territoriales', requis: false },
	{ titre: 'Apprentissages', requis: false },
	{ titre: 'Effets sur la santé mentale', requis: false },
	{ titre: 'Santé mentale dans toutes les politiques', requis: false },
] as const;

export type SectionTitre = (typeof SECTIONS)[number]['titre'];

/**
 * Bounds of the body, generous for real sheets (longest paragraph: 1,496 characters, lists two
 * levels deep, no nested quote) and low enough that no output's cost or nesting runs away.
 */
export const BODY_LIMITS = {
	/** Characters in one paragraph, heading, table cell or list item's own text. */
	paragraph: 10_000,
	/** Levels of lists inside lists. */
	listDepth: 6,
	/** Levels of quotes inside quotes. */
	quoteDepth: 4,
	/** Characters in one address. */
	url: URL_MAX,
} as const;

const text = z.string().trim().min(1).max(FREE_TEXT_MAX);
const textList = z.array(text);

/** A text bounded by the field table's limits (`titre`: 5 to 160 characters). */
function bounded(key: 'titre' | 'resume' | 'partenaires_intitule') {
	const field: FieldSpec = FIELD[key];
	let schema = z
		.string()
		.trim()
		.min(field.min ?? 1);
	if (field.max !== undefined) schema = schema.max(field.max);
	return schema;
}

/** The budget rows of the form (labels in fields.ts). */
const budgetSchema = z.strictObject({
	fonctionnement: text.optional(),
	investissement: text.optional(),
	contribution: text.optional(),
	financeurs: textList.optional(),
});

/** The contact rows of the form. Never rendered unless `public` is true. */
const contactSchema = z.strictObject({
	nom: text.optional(),
	fonction: text.optional(),
	service: text.optional(),
	email: z.email().max(254).optional(),
	/** Consent to publish the contact on the site, in search, in the PDF and in exports. */
	public: z.boolean().default(false),
});

const lienSchema = z.strictObject({
	titre: text,
	url: z.url({ protocol: /^https?$/ }).max(URL_MAX),
});

/**
 * The frontmatter of an action sheet (docs/fiche-action.md), shared by Astro's content
 * collection and every script. Labels, help and limits of each key are in `FIELDS`
 * (fields.ts); a test checks both list the same keys. Image paths stay text here: the validator
 * checks the files exist and the site resolves them through `astro:assets`.
 */
export const ficheSchema = z.strictObject({
	titre: bounded('titre'),
	/** Commune or EPCI, e.g. `Caen`, `Rennes Métropole`. */
	ville: text,
	date: dateSchema,
	/** The part of the book the sheet illustrates. */
	partie: z.int().min(1).max(6),
	/** Slug of a chapter of that part; checked against `content/chapitres/`. */
	chapitre: z.string().regex(SLUG_PATTERN).optional(),
	/** One- or two-sentence summary for lists, search results and cards. */
	resume: bounded('resume'),
	periode: text.optional(),
	echelle: text.optional(),
	porteur: text.optional(),
	role_collectivite: text.optional(),
	services: textList.optional(),
	partenaires: textList.optional(),
	/** The words that introduce `partenaires` on the form (« Membres du comité de pilotage »). */
	partenaires_intitule: bounded('partenaires_intitule').optional(),
	budget: budgetSchema.optional(),
	/** The ticked boxes of the first group. */
	types: z.array(z.enum(TYPE_CODES)).min(1),
	/** Its « Autre, précisez ». */
	types_autre: text.optional(),
	/** The « QPV » box of the territory's specificities. */
	qpv: z.boolean().default(false),
	/** Their « Autre(s), précisez ». */
	territoire_autre: text.optional(),
	/** The ticked boxes of the third group. */
	determinants: z.array(z.enum(DETERMINANT_CODES)).min(1),
	/** Its « Autre(s), précisez ». */
	determinants_autre: text.optional(),
	/** Who the action is for; not on the 2023 form, optional. */
	publics: z.array(z.enum(PUBLIC_CODES)).min(1).optional(),
	contact: contactSchema.optional(),
	liens: z.array(lienSchema).optional(),
	/** `src` is relative to the sheet. */
	images: z.array(z.strictObject({ src: text, alt: text })).optional(),
	/** Position of the sheet inside its part (then by `ville`, `titre`). */
	ordre: z.int().positive().optional(),
	/** Editorial status; a draft is published with a « texte provisoire » notice. */
	statut: z.enum(STATUT_CODES).default('publie'),
	/** Where the sheet comes from when it is not a form sent by the city. */
	source: text.optional(),
});

export type FicheData = z.output<typeof ficheSchema>;
export type FicheInput = z.input<typeof ficheSchema>;
