import { z } from 'zod';
import { dateSchema } from './date.ts';
import { DETERMINANT_CODES, STATUT_CODES, TYPE_CODES } from './vocabulary.ts';

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

const text = z.string().trim().min(1);
const textList = z.array(text);

/** « Budget » rows of the form. */
const budgetSchema = z.strictObject({
	/** Budget de fonctionnement annuel (réel ou estimé). */
	fonctionnement: text.optional(),
	/** Budget d'investissement (réel ou estimé). */
	investissement: text.optional(),
	/** Contribution de votre collectivité. */
	contribution: text.optional(),
	/** Partenaires financiers. */
	financeurs: textList.optional(),
});

/** « Personne à contacter ». Never rendered unless `public` is true. */
const contactSchema = z.strictObject({
	nom: text.optional(),
	fonction: text.optional(),
	service: text.optional(),
	email: z.email().optional(),
	/** Consent to publish the contact on the site, in search, in the PDF and in exports. */
	public: z.boolean().default(false),
});

const lienSchema = z.strictObject({
	titre: text,
	url: z.url({ protocol: /^https?$/ }),
});

/**
 * The frontmatter of an action sheet (spec/fiche-action.md), shared by Astro's content
 * collection and every script. Image paths stay text here: the validator checks the files exist
 * and the site resolves them through `astro:assets`.
 */
export const ficheSchema = z.strictObject({
	/** [Nom de l'action]. */
	titre: z.string().trim().min(5).max(160),
	/** Ville-Santé: commune or EPCI, e.g. `Caen`, `Rennes Métropole`. */
	ville: text,
	/** Date de rédaction de la fiche-action. */
	date: dateSchema,
	/** The part of the book the sheet illustrates. */
	partie: z.int().min(1).max(6),
	/** Slug of a chapter of that part; checked against `content/chapitres/`. */
	chapitre: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
		.optional(),
	/** One- or two-sentence summary for lists, search results and cards. */
	resume: z.string().trim().min(1).max(300),
	/** Période/durée. */
	periode: text.optional(),
	/** Échelle de territoire concerné. */
	echelle: text.optional(),
	/** Porteur/pilote principal. */
	porteur: text.optional(),
	/** Rôle de la collectivité. */
	role_collectivite: text.optional(),
	/** Services et élus de la collectivité impliqués. */
	services: textList.optional(),
	/** Partenaires. */
	partenaires: textList.optional(),
	budget: budgetSchema.optional(),
	/** Type de projet/démarche: the ticked boxes. */
	types: z.array(z.enum(TYPE_CODES)).min(1),
	/** Type de projet: « Autre, précisez ». */
	types_autre: text.optional(),
	/** Spécificités du territoire: Quartier(s) politique de la Ville. */
	qpv: z.boolean().default(false),
	/** Spécificités du territoire: « Autre(s), précisez ». */
	territoire_autre: text.optional(),
	/** Déterminants de la santé mentale concernés: the ticked boxes. */
	determinants: z.array(z.enum(DETERMINANT_CODES)).min(1),
	/** Déterminants: « Autre(s), précisez ». */
	determinants_autre: text.optional(),
	contact: contactSchema.optional(),
	/** Illustrations, documents et liens complémentaires. */
	liens: z.array(lienSchema).optional(),
	/** Illustrations; `src` is relative to the sheet. */
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
