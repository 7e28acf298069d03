import { FIELD, lengthLimits } from '../../schemas/fields.ts';
import { SECTIONS } from '../../schemas/fiche.ts';
import { fixTypography } from '../lint/typography.ts';
import type { DocxDocument } from './docx.ts';
import { ficheSlug, renderFiche, type FicheDraft } from './fiche-writer.ts';
import { formToDraft } from './form.ts';
import type { ChapitreChoice } from './new-sheet.ts';

export interface ImportedFiche {
	/** File name without `.md`: from the city and the title, else from the Word file's name. */
	slug: string;
	/** The sheet, French typography applied; it fails validation until `todo` is done. */
	markdown: string;
	/** What a person must decide or check before publishing, one French sentence each. */
	todo: string[];
}

/** The required keys a draft still lacks, in the order of the file, as French to-dos. */
export function missingKeys(
	draft: FicheDraft,
	chapitres: readonly ChapitreChoice[] = [],
): string[] {
	const todo: string[] = [];
	if (!draft.titre)
		todo.push(
			`titre : « ${FIELD.titre.label} » manque — écrivez-le (${lengthLimits(FIELD.titre)})`,
		);
	if (!draft.ville)
		todo.push(`ville : « ${FIELD.ville.label} » manque — écrivez la commune ou l’EPCI`);
	if (!draft.date)
		todo.push(`date : « ${FIELD.date.label} » manque — écrivez « date: AAAA-MM-JJ »`);
	if (draft.partie === undefined)
		todo.push(`partie : choisissez la « ${FIELD.partie.label} » (1 à 6) où placer la fiche`);
	if (!draft.chapitre) {
		const choices = chapitres.filter(
			(c) => draft.partie === undefined || c.partie === draft.partie,
		);
		const listed = choices.map((c) => `${c.id} (partie ${c.partie})`).join(', ');
		todo.push(
			`chapitre (facultatif) : un chapitre de cette partie, ou aucun${listed ? ` — existants : ${listed}` : ''}`,
		);
	}
	if (!draft.resume)
		todo.push(
			`resume : écrivez une ou deux phrases (${lengthLimits(FIELD.resume)}) qui résument l’action`,
		);
	if (!draft.types?.length)
		todo.push('types : aucun type de démarche — choisissez-en au moins un (codes dans le modèle)');
	if (!draft.determinants?.length) {
		todo.push(
			'determinants : aucun déterminant — choisissez-en au moins un (codes dans le modèle)',
		);
	}
	return todo;
}

/**
 * A filled RfVS form as a sheet. Nothing is invented: the keys the form cannot give (partie,
 * resume) and the answers it lacks are left as comments that the validator refuses, listed in
 * `todo` with the importer's remarks.
 */
export function convertForm(
	document: DocxDocument,
	fileName: string,
	chapitres: readonly ChapitreChoice[] = [],
): ImportedFiche {
	const draft = formToDraft(document);
	const slug =
		draft.ville && draft.titre
			? ficheSlug(draft.ville, draft.titre)
			: ficheSlug(fileName.replace(/\.docx$/i, ''));
	const todo = missingKeys(draft, chapitres);
	for (const { titre, requis } of SECTIONS) {
		if (requis && !draft.sections?.[titre])
			todo.push(`« ## ${titre} » : section obligatoire vide dans le formulaire — écrivez-la`);
	}
	todo.push(...(draft.remarques ?? []));
	if (draft.contact) {
		todo.push(
			'contact.public : laissé à false — passez-le à true seulement avec l’accord écrit de la personne',
		);
	}
	return { slug, markdown: fixTypography(renderFiche(draft, { scaffold: false })), todo };
}
