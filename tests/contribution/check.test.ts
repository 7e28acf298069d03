/**
 * The online form validates one sheet with stand-ins for the rest of the handbook: its report
 * must be the command's report on the same sheet inside a real project, line for line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readContentFiles } from '../../scripts/lib/content.ts';
import {
	checkProposedSheet,
	takenSlug,
	type ContributionContext,
} from '../../src/contribution/check.ts';
import { typographyProblems } from '../../src/contribution/lint/typography.ts';
import { formatProblem, sortProblems } from '../../src/contribution/validation/problem.ts';
import { FIXTURES, makeProject, validateProject } from '../validation/project.ts';

const MINIMALE = readFileSync(join(FIXTURES, 'valid', 'minimale.md'), 'utf8');
const sheet = (titre: string, ville = 'Testville', extra = '') =>
	MINIMALE.replace('titre: Une action minimale', `titre: ${titre}`)
		.replace('ville: Testville', `ville: ${ville}`)
		.replace('partie: 2', `partie: 2${extra}`);

/** What the form is given at build time for a project of `makeProject`. */
function contextOf(root: string): ContributionContext {
	const { fiches, chapitres } = validateProject(root);
	return {
		fiches: fiches.map((f) => ({ id: f.id, titre: f.data.titre, ville: f.data.ville })),
		chapitres: chapitres.map((c) => ({
			id: c.id,
			titre: c.data.titre,
			partie: c.data.partie,
			ordre: c.data.ordre,
			resume: c.data.resume,
		})),
		medias: readdirSync(join(root, 'content', 'medias')).map((m) => `content/medias/${m}`),
	};
}

/** The command's report on the project, without the existing sheets' own problems. */
function commandReport(root: string, files: readonly string[]): string[] {
	const problems = sortProblems(validateProject(root).problems);
	const typography = sortProblems(
		typographyProblems(readContentFiles(join(root, 'content'), root)),
	);
	return [...problems, ...typography].filter((p) => files.includes(p.file)).map(formatProblem);
}

const EXISTING = { 'testville-existante.md': sheet('Une action qui existe déjà') };

const CASES: [string, string, string][] = [
	['a valid sheet', 'testville-nouvelle', sheet('Une nouvelle action')],
	[
		'a chapter of another part',
		'testville-chapitre',
		sheet('Une action et son chapitre', 'Testville', '\nchapitre: nature-en-ville'),
	],
	[
		'a misspelt chapter',
		'testville-chapitre-inconnu',
		sheet('Une action et son chapitre', 'Testville', '\nchapitre: lien-et-utilite-social'),
	],
	[
		'the same title and city as an existing sheet',
		'a-doublon',
		sheet('Une action qui existe déjà'),
	],
	['the same title, sorting after', 'z-doublon', sheet('UNE ACTION QUI EXISTE DEJA')],
	[
		'a missing image',
		'testville-image',
		sheet('Une action illustrée').replace(
			'Un contexte.',
			'![Un atelier](../medias/absente.jpg) et ![Un autre](../medias/atelier.jpg)',
		),
	],
	[
		'typography and a bad key',
		'testville-typo',
		sheet('Une action : "typographie"', 'Testville', '\ncouleur: bleu'),
	],
	['no frontmatter at all', 'testville-vide', 'Juste du texte.\n'],
];

test.each(CASES)('%s: same report as npm run validate', (_name, slug, text) => {
	const root = makeProject({ ...EXISTING, [`${slug}.md`]: text });
	const expected = commandReport(root, [
		`content/fiches/${slug}.md`,
		'content/fiches/testville-existante.md',
	]);
	const context = contextOf(makeProject(EXISTING));
	const found = checkProposedSheet(slug, text, context).map(formatProblem);
	expect(found).toEqual(expected);
	if (slug !== 'testville-nouvelle') expect(found.length).toBeGreaterThan(0);
});

test('a new sheet under an existing file name is told apart from an update', () => {
	// In the repository the new file would silently replace the old one: the form says so first.
	const context = contextOf(makeProject(EXISTING));
	expect(takenSlug('testville-existante', context)).toBe(true);
	expect(takenSlug('Testville-Existante', context)).toBe(true);
	expect(takenSlug('testville-existante', context, 'testville-existante')).toBe(false);
	expect(takenSlug('testville-nouvelle', context)).toBe(false);
});

test('an update replaces the sheet it updates instead of clashing with it', () => {
	const context = contextOf(makeProject(EXISTING));
	const update = sheet('Une action qui existe déjà');
	expect(checkProposedSheet('testville-existante', update, context, 'testville-existante')).toEqual(
		[],
	);
	expect(checkProposedSheet('testville-copie', update, context).map(formatProblem)).toEqual([
		'content/fiches/testville-existante.md:2 titre : « Une action qui existe déjà » (Testville) existe déjà dans content/fiches/testville-copie.md — changez le titre ou complétez la fiche existante',
	]);
});
