import { isStrictDate } from '../../schemas/date.ts';
import { checkLength } from '../../schemas/fields.ts';
import { SLUG_PATTERN } from '../../schemas/slug.ts';
import {
	DETERMINANTS,
	PARTIES_THEMATIQUES,
	PUBLICS,
	TYPES,
	type DeterminantCode,
	type PublicCode,
	type TypeCode,
} from '../../schemas/vocabulary.ts';
import { suggest } from '../suggest.ts';
import { ficheSlug, type FicheDraft } from './fiche-writer.ts';

/** What `npm run new-sheet` was told, by options or answers, as typed. */
export interface NewSheetInput {
	ville?: string;
	titre?: string;
	partie?: string;
	chapitre?: string;
	types?: string;
	determinants?: string;
	publics?: string;
	qpv?: boolean;
	resume?: string;
	date?: string;
	slug?: string;
}

/** A chapter a sheet can point to. */
export interface ChapitreChoice {
	id: string;
	partie: number;
	titre: string;
}

type Parsed<T> = { value: T } | { error: string };

export function parsePartie(text: string): Parsed<number> {
	const numero = Number(text.trim());
	if (PARTIES_THEMATIQUES.some((p) => p.numero === numero)) return { value: numero };
	return {
		error: `partie « ${text} » inconnue — attendu un numéro de 1 à 6 (${PARTIES_THEMATIQUES.map((p) => `${p.numero} ${p.titre}`).join(' ; ')})`,
	};
}

/**
 * `gouvernance, cadre-de-vie` or `1 3` (positions in the list shown by the prompt) to codes;
 * a near miss gets its « vouliez-vous dire ».
 */
export function parseCodes<Code extends string>(
	text: string,
	vocabulary: readonly { code: Code; label: string }[],
	what: string,
): Parsed<Code[]> {
	const codes: Code[] = [];
	for (const item of text.split(/[\s,;]+/).filter(Boolean)) {
		const byNumber = /^\d+$/.test(item) ? vocabulary[Number(item) - 1]?.code : undefined;
		const code = byNumber ?? vocabulary.find((v) => v.code === item)?.code;
		if (!code) {
			const near = suggest(
				item,
				vocabulary.map((v) => v.code),
			);
			return {
				error:
					`${what} « ${item} » inconnu${near ? ` — vouliez-vous dire « ${near} » ?` : ''}` +
					` (valeurs : ${vocabulary.map((v) => v.code).join(', ')})`,
			};
		}
		if (!codes.includes(code)) codes.push(code);
	}
	return { value: codes };
}

export function chapitreError(
	id: string,
	partie: number | undefined,
	chapitres: readonly ChapitreChoice[],
): string | undefined {
	const chapitre = chapitres.find((c) => c.id === id);
	const choices = chapitres.filter((c) => c.partie === partie).map((c) => c.id);
	const listed = choices.length
		? `chapitres de la partie ${partie} : ${choices.join(', ')}`
		: 'cette partie n’a pas encore de chapitre';
	if (!chapitre) return `chapitre « ${id} » inconnu (${listed})`;
	if (partie !== undefined && chapitre.partie !== partie) {
		return `le chapitre « ${id} » appartient à la partie ${chapitre.partie}, pas à la partie ${partie} (${listed})`;
	}
	return undefined;
}

/**
 * The draft of a new sheet from what the person gave, or the French reasons it cannot be made.
 * Whatever is not given stays a placeholder that the validator refuses; the sheet starts as a
 * draft (`statut: brouillon`) until its sections are written.
 */
export function newSheetDraft(
	input: NewSheetInput,
	context: { chapitres: readonly ChapitreChoice[]; today: string },
): { draft: FicheDraft; slug: string } | { errors: string[] } {
	const errors: string[] = [];
	const draft: FicheDraft = { statut: 'brouillon' };
	const ville = input.ville?.trim();
	const titre = input.titre?.trim();
	if (ville) draft.ville = ville;
	if (titre) {
		const error = checkLength('titre', titre);
		if (error) errors.push(`titre : ${error}`);
		else draft.titre = titre;
	}
	const date = input.date?.trim() || context.today;
	if (isStrictDate(date)) draft.date = date;
	else errors.push(`date « ${date} » invalide — attendu AAAA-MM-JJ ou AAAA-MM`);
	if (input.partie?.trim()) {
		const partie = parsePartie(input.partie);
		if ('error' in partie) errors.push(partie.error);
		else draft.partie = partie.value;
	}
	const chapitre = input.chapitre?.trim();
	if (chapitre) {
		const error = chapitreError(chapitre, draft.partie, context.chapitres);
		if (error) errors.push(error);
		else draft.chapitre = chapitre;
	}
	const resume = input.resume?.trim();
	if (resume) {
		const error = checkLength('resume', resume);
		if (error) errors.push(`resume : ${error}`);
		else draft.resume = resume;
	}
	const types = parseCodes<TypeCode>(input.types ?? '', TYPES, 'type');
	if ('error' in types) errors.push(types.error);
	else if (types.value.length) draft.types = types.value;
	const determinants = parseCodes<DeterminantCode>(
		input.determinants ?? '',
		DETERMINANTS,
		'déterminant',
	);
	if ('error' in determinants) errors.push(determinants.error);
	else if (determinants.value.length) draft.determinants = determinants.value;
	const publics = parseCodes<PublicCode>(input.publics ?? '', PUBLICS, 'public');
	if ('error' in publics) errors.push(publics.error);
	else if (publics.value.length) draft.publics = publics.value;
	if (input.qpv) draft.qpv = true;
	const slug = input.slug?.trim() || (ville && titre ? ficheSlug(ville, titre) : '');
	if (!slug)
		errors.push(
			'identifiant de la fiche impossible à former : donnez au moins la ville et le titre (ou --slug)',
		);
	else if (!SLUG_PATTERN.test(slug)) {
		errors.push(
			`identifiant « ${slug} » invalide : minuscules sans accents, chiffres et tirets seulement (ex. ${ficheSlug(slug)})`,
		);
	}
	return errors.length ? { errors } : { draft, slug };
}
