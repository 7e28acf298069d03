import { z } from 'zod';

/** The glossary of acronyms, relative to the content folder. */
export const GLOSSAIRE_FILE = 'glossaire.yml';

/**
 * One acronym of `content/glossaire.yml`: what the site shows in `<abbr title>` at its first use
 * on a page, and what the glossary page and the book's glossary list.
 */
export const sigleSchema = z.strictObject({
	/** The acronym as the texts write it, case included: `CLSM`, `PLUi`, `Unafam`. */
	sigle: z
		.string()
		.trim()
		.refine(
			(s) => /^\p{Lu}[\p{L}\d]{1,11}$/u.test(s),
			'un sigle de 2 à 12 lettres ou chiffres sans espace, commençant par une majuscule : « CLSM »',
		),
	/** Its expansion, exactly as the cited source writes it (typographic apostrophe allowed). */
	developpement: z.string().trim().min(3),
	/** Where the expansion is written: `sources/<fichier>:<ligne>`. */
	source: z
		.string()
		.trim()
		.refine(
			(s) => /^sources\/[\w.-]+:\d+$/.test(s),
			'« sources/<fichier>:<ligne> », par exemple « sources/recueil-actions-2023.txt:1014 »',
		),
});

export type Sigle = z.output<typeof sigleSchema>;
