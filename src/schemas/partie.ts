import { z } from 'zod';
import { FIELD } from './fields.ts';
import { STATUT_CODES } from './vocabulary.ts';

/** Parts and chapters are summed up and titled like sheets. */
const resume = z.string().trim().min(1).max(FIELD.resume.max);

/**
 * A part of the book (`content/parties/<slug>.md`). Its title, slug and colour come from the
 * vocabulary (`PARTIES`), so the file only carries the number and the text.
 */
export const partieSchema = z.strictObject({
	/** 0 for the introductory part, 1-6 for the six parts. */
	numero: z.int().min(0).max(6),
	/** What the part is about, for lists, search results and cards. */
	resume,
	/** Editorial status; a draft is published with a « texte provisoire » notice. */
	statut: z.enum(STATUT_CODES).default('publie'),
	/** Where the text comes from, when it is not the book itself. */
	source: z.string().trim().min(1).optional(),
});

/**
 * A chapter (« levier ») of a part (`content/chapitres/<slug>.md`). The file name is the slug
 * that sheets name in `chapitre`.
 */
export const chapitreSchema = z.strictObject({
	/** The chapter's title as the book gives it. */
	titre: z.string().trim().min(3).max(FIELD.titre.max),
	/** The part the chapter belongs to (1-6). */
	partie: z.int().min(1).max(6),
	/** Position inside the part, as numbered in the book. */
	ordre: z.int().positive(),
	/** What the chapter is about, for lists and cards. */
	resume,
	/** Editorial status; a draft is published with a « texte provisoire » notice. */
	statut: z.enum(STATUT_CODES).default('publie'),
	/** Where the text comes from, when it is not the book itself. */
	source: z.string().trim().min(1).optional(),
});

export type PartieData = z.output<typeof partieSchema>;
export type ChapitreData = z.output<typeof chapitreSchema>;
