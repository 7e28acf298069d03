import { formatBytes, fr } from '../i18n/fr.ts';
import { readDocx } from './import/docx.ts';
import type { FicheDraft } from './import/fiche-writer.ts';
import { formToDraft } from './import/form.ts';

/**
 * The online form's « Importer un formulaire Word (.docx) »: the project's own importer, behind
 * checks that answer every wrong file with a French sentence before anything is filled. Loaded
 * only when a file is chosen (its XML and zip readers stay out of the page's first script).
 */

/** A filled form is a few hundred kilobytes; past this size the file is not read at all. */
export const MAX_WORD_BYTES = 10 * 1024 * 1024;

const t = fr.contribuer.formulaire.erreurs;

/** What the first bytes say: a zip (.docx), an old Word binary (.doc), or something else. */
function kindOf(head: Uint8Array): 'zip' | 'doc' | 'other' {
	const starts = (bytes: number[]) => bytes.every((b, i) => head[i] === b);
	if (starts([0x50, 0x4b, 0x03, 0x04])) return 'zip';
	if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
	return 'other';
}

/** Why a file cannot be the filled form, from its size alone (checked before reading it). */
export function sizeProblem(name: string, size: number): string | undefined {
	if (size === 0) return t.vide;
	if (size > MAX_WORD_BYTES) return t.tropGros(name, formatBytes(size));
	return undefined;
}

export type WordImport = { draft: FicheDraft } | { error: string };

/** The form's answers as a draft, or the reason, in French, nothing was taken from the file. */
export function importWordForm(name: string, bytes: Uint8Array): WordImport {
	const size = sizeProblem(name, bytes.length);
	if (size) return { error: size };
	const kind = kindOf(bytes);
	if (kind === 'doc') return { error: t.ancienDoc(name) };
	if (kind === 'other') return { error: t.pasWord(name) };
	let draft: FicheDraft;
	try {
		draft = formToDraft(readDocx(bytes));
	} catch (error) {
		return { error: t.illisible(name, (error as Error).message) };
	}
	// Any document gives a title (its last line before a table); only an answer found under one
	// of the form's labels shows the file is the form.
	const recognised =
		Object.keys(draft).some((key) => !['titre', 'remarques', 'sections'].includes(key)) ||
		Object.keys(draft.sections ?? {}).length > 0;
	return recognised ? { draft } : { error: t.pasLeFormulaire(name) };
}
