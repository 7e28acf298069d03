/** Problems that only show with several files: one URL or one action claimed twice, file names. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { hasErrors } from '../../src/contribution/validation/problem.ts';
import { FIXTURES, makeProject, report, validateProject } from './project.ts';

const MINIMALE = readFileSync(join(FIXTURES, 'valid', 'minimale.md'), 'utf8');

/** The minimal valid sheet under another title and city. */
function sheet(titre: string, ville = 'Testville'): string {
	return MINIMALE.replace('titre: Une action minimale', `titre: ${titre}`).replace(
		'ville: Testville',
		`ville: ${ville}`,
	);
}

test('two names differing only in case claim one URL', () => {
	const root = makeProject({ 'x.md': sheet('Première action'), 'X.md': sheet('Seconde action') });
	expect(report(validateProject(root).problems)).toEqual([
		'content/fiches/x.md fichier : identifiant « x » déjà utilisé par content/fiches/X.md — renommez l’un des deux fichiers',
		'content/fiches/X.md fichier : nom de fichier « X » invalide : minuscules sans accents, chiffres et tirets seulement — renommez-le par exemple « x.md »',
	]);
});

test('a .mdx sheet next to its .md twin is refused and named as a duplicate', () => {
	const root = makeProject({
		'caen.md': sheet('Une action à Caen'),
		'caen.mdx': sheet('Une autre'),
	});
	expect(report(validateProject(root).problems)).toEqual([
		'content/fiches/caen.mdx fichier : extension « .mdx » refusée : une fiche est un fichier Markdown « .md » (le MDX exécute du code) — renommez-le en « caen.md »',
		'content/fiches/caen.mdx fichier : identifiant « caen » déjà utilisé par content/fiches/caen.md — renommez l’un des deux fichiers',
	]);
});

test('one action in two files is found despite case, accents and French typography', () => {
	const root = makeProject({
		'a-action.md': sheet('"L’action « Bien-être » : ateliers"', 'Saint-Étienne'),
		// Straight apostrophe, no accents, no-break spaces as a word processor writes them.
		'b-action.md': sheet('"l\'ACTION « Bien-etre »\u202f: ateliers"', 'saint-etienne'),
	});
	expect(report(validateProject(root).problems)).toEqual([
		"content/fiches/b-action.md:2 titre : « l'ACTION « Bien-etre »\u202f: ateliers » (saint-etienne) existe déjà dans content/fiches/a-action.md — changez le titre ou complétez la fiche existante",
	]);
});

test('the same title in two cities is two actions', () => {
	const root = makeProject({
		'caen-ecoute.md': sheet('Un lieu d’écoute', 'Caen'),
		'lille-ecoute.md': sheet('Un lieu d’écoute', 'Lille'),
	});
	expect(validateProject(root).problems).toEqual([]);
});

test('a file name with capitals and accents gets an ASCII name to use instead', () => {
	const root = makeProject({ 'Caen-Santé Mentale.md': sheet('Une action mal nommée') });
	expect(report(validateProject(root).problems)).toEqual([
		'content/fiches/Caen-Santé Mentale.md fichier : nom de fichier « Caen-Santé Mentale » invalide : minuscules sans accents, chiffres et tirets seulement — renommez-le par exemple « caen-sante-mentale.md »',
	]);
});

test('a sub-folder of content/fiches/ is skipped, as the build skips it', () => {
	const root = makeProject({ 'caen.md': sheet('Une action à Caen') });
	mkdirSync(join(root, 'content', 'fiches', 'images'));
	writeFileSync(join(root, 'content', 'fiches', 'images', 'photo.md'), 'pas une fiche');
	expect(validateProject(root).problems).toEqual([]);
});

test('an empty section is a warning: shown, but it does not fail the run', () => {
	const root = makeProject({
		'caen.md': sheet('Une action à Caen').replace('Des objectifs.\n', ''),
	});
	const { problems } = validateProject(root);
	expect(report(problems)).toEqual([
		'content/fiches/caen.md:15 corps : avertissement : section « ## Objectifs » vide — complétez-la ou supprimez son titre',
	]);
	expect(hasErrors(problems)).toBe(false);
});
