import { typographyProblems } from './lint/typography.ts';
import { fold } from './suggest.ts';
import { parseContentFile } from './validation/parse.ts';
import { sortProblems, type Problem } from './validation/problem.ts';
import { validateContent, type SourceFile } from './validation/validate.ts';

/**
 * What the online form knows of the handbook, published at build time
 * (/contribuer/contexte.json): enough for the validator's cross-file rules (duplicate file or
 * title, chapter of the right part, images that exist) without the whole content folder.
 */
export interface ContributionContext {
	/** Existing sheets: file name without `.md`, title and city. */
	fiches: { id: string; titre: string; ville: string }[];
	/** Existing chapters, with the frontmatter keys the validator reads. */
	chapitres: { id: string; titre: string; partie: number; ordre: number; resume: string }[];
	/** Media files, relative to the project root (`content/medias/atelier.jpg`). */
	medias: string[];
}

/** Where a proposed sheet lives in the repository: `content/fiches/<slug>.md`. */
export function ficheFile(slug: string): string {
	return `content/fiches/${slug}.md`;
}

/** A YAML double-quoted string: JSON's string syntax is valid YAML. */
const quoted = (value: string | number) => JSON.stringify(value);

/**
 * Validates one proposed sheet exactly as `npm run validate` would inside the repository: the
 * same `validateContent`, fed the sheet and minimal stand-ins for the existing chapters and for
 * the existing sheets it could clash with, then the same typography warnings, in the same order.
 * `replaces` is the sheet being updated (« Proposer une mise à jour »): the proposal takes its
 * place instead of clashing with it.
 */
export function checkProposedSheet(
	slug: string,
	markdown: string,
	context: ContributionContext,
	replaces?: string,
): Problem[] {
	const file = ficheFile(slug);
	const sheet: SourceFile = { file, text: markdown };
	const data = parseContentFile(file, markdown).data;
	const fiches: SourceFile[] = [sheet];
	const chapitres: SourceFile[] = [];
	for (const chapitre of context.chapitres) {
		chapitres.push({
			file: `content/chapitres/${chapitre.id}.md`,
			text: `---\ntitre: ${quoted(chapitre.titre)}\npartie: ${chapitre.partie}\nordre: ${chapitre.ordre}\nresume: ${quoted(chapitre.resume)}\n---\n`,
		});
	}
	// Only the sheets whose title and city clash are given to the validator: one parse per existing sheet
	// on every keystroke would slow the page down with a thousand sheets.
	const { titre, ville } = data ?? {};
	const key =
		typeof titre === 'string' && typeof ville === 'string' ? `${fold(titre)}|${fold(ville)}` : '';
	for (const fiche of context.fiches) {
		// The same file name is no clash the command could see (the file would be replaced):
		// `takenSlug` lets the form say so.
		if (fiche.id === replaces || fiche.id === slug) continue;
		if (`${fold(fiche.titre)}|${fold(fiche.ville)}` !== key) continue;
		fiches.push({
			file: ficheFile(fiche.id),
			text: `---\ntitre: ${quoted(fiche.titre)}\nville: ${quoted(fiche.ville)}\n---\n`,
		});
	}
	// In the order the command reads the folder: which of two clashing files is reported depends
	// on it. A clash reported on the existing sheet is the proposal's problem all the same; the
	// stand-ins' own gaps (no date, no part…) are not.
	fiches.sort((a, b) => (a.file < b.file ? -1 : 1));
	const medias = new Set(context.medias);
	const { problems } = validateContent([...fiches, ...chapitres], (path) => medias.has(path));
	const clash = (p: Problem) => p.key === 'titre';
	return [
		...sortProblems(
			problems.filter((p) => p.file === file || (clash(p) && p.file.startsWith('content/fiches/'))),
		),
		...sortProblems(typographyProblems([sheet])),
	];
}

/**
 * Whether a new sheet would take the file of an existing one (`caen-rcp-psy.md`): in the
 * repository it would silently replace it, so the form asks for another title or an update.
 */
export function takenSlug(slug: string, context: ContributionContext, replaces?: string): boolean {
	return slug !== replaces && context.fiches.some((f) => f.id.toLowerCase() === slug.toLowerCase());
}
