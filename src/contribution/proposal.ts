import { SECTIONS, type SectionTitre } from '../schemas/fiche.ts';
import { ficheSlug, renderFiche, type FicheDraft } from './import/fiche-writer.ts';
import { fixTypography } from './lint/typography.ts';
import { ficheFile } from './check.ts';
import type { FicheSource } from './source.ts';

/**
 * What the online form hands back: the sheet file (the same writer as the Word importer, French
 * typography applied) and the three ways to send it. Pure, so each is tested without a browser.
 */

/** The sheet a draft makes, as `npm run validate` will read it. */
export function proposalMarkdown(draft: FicheDraft): string {
	return fixTypography(renderFiche(draft, { scaffold: false }));
}

/** The file name: the updated sheet's own, else from the city and the title. */
export function proposalSlug(draft: FicheDraft, replaces?: string): string {
	if (replaces) return replaces;
	return draft.ville?.trim() && draft.titre?.trim() ? ficheSlug(draft.ville, draft.titre) : '';
}

const SECTION_TITLES = new Set<string>(SECTIONS.map((s) => s.titre));

/** A body's `##` sections by title; text before the first heading goes with the context. */
export function bodySections(body: string): Partial<Record<SectionTitre, string>> {
	const sections: Partial<Record<SectionTitre, string>> = {};
	let current: SectionTitre = 'Contexte';
	let lines: string[] = [];
	const flush = () => {
		const text = lines.join('\n').trim();
		if (text) sections[current] = sections[current] ? `${sections[current]}\n\n${text}` : text;
		lines = [];
	};
	for (const line of body.split('\n')) {
		const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading && SECTION_TITLES.has(heading[1]!)) {
			flush();
			current = heading[1] as SectionTitre;
		} else lines.push(line);
	}
	flush();
	return sections;
}

/** An object without its `undefined` values, as the writer's optional keys want. */
function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
		[K in keyof T]?: Exclude<T[K], undefined>;
	};
}

/** A published sheet as a draft the form can show and change. */
export function sourceToDraft(source: FicheSource): FicheDraft {
	const { data } = source;
	const draft: FicheDraft = {
		titre: data.titre,
		ville: data.ville,
		date: data.date,
		partie: data.partie,
		resume: data.resume,
		types: [...data.types],
		determinants: [...data.determinants],
		sections: bodySections(source.body),
	};
	if (data.chapitre) draft.chapitre = data.chapitre;
	for (const key of [
		'periode',
		'echelle',
		'porteur',
		'role_collectivite',
		'partenaires_intitule',
		'types_autre',
		'territoire_autre',
		'determinants_autre',
		'source',
	] as const) {
		const value = data[key];
		if (value) draft[key] = value;
	}
	if (data.publics) draft.publics = [...data.publics];
	if (data.services) draft.services = [...data.services];
	if (data.partenaires) draft.partenaires = [...data.partenaires];
	if (data.budget) draft.budget = defined(data.budget);
	if (data.qpv) draft.qpv = true;
	if (data.contact) draft.contact = defined(data.contact);
	if (data.liens) draft.liens = data.liens.map((l) => ({ ...l }));
	if (data.images) draft.images = data.images.map((i) => ({ ...i }));
	if (data.ordre !== undefined) draft.ordre = data.ordre;
	if (data.statut !== 'publie') draft.statut = data.statut;
	return draft;
}

/** GitHub's « create a file » page with the sheet filled in: a fork and a pull request follow. */
export function githubNewFileUrl(
	repository: string,
	branch: string,
	slug: string,
	markdown: string,
): string {
	const params = new URLSearchParams({ filename: ficheFile(slug), value: markdown });
	return `${repository}/new/${branch}?${params.toString().replace(/\+/g, '%20')}`;
}

/** Mail clients cut longer `mailto:` links (about 2,000 characters in the common ones). */
export const MAILTO_LIMIT = 1800;

export interface MailLink {
	href: string;
	/** False when the sheet was too long for the link: the body asks to attach the file. */
	withSheet: boolean;
}

/**
 * A `mailto:` to the editorial team with the sheet in the body, or, when that would be too long
 * for a mail link, a short body asking to attach the downloaded file.
 */
export function mailtoLink(
	email: string,
	subject: string,
	withSheet: string,
	attachInstead: string,
): MailLink {
	const link = (body: string) =>
		`mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
	const full = link(withSheet);
	return full.length <= MAILTO_LIMIT
		? { href: full, withSheet: true }
		: { href: link(attachInstead), withSheet: false };
}
