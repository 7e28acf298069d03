/**
 * Parts and chapters reach the site and the book as a sheet's body does, and a pull request may
 * change them too: their bodies meet the same rules, sections aside.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES, makeProject, report, validateProject } from './project.ts';

const MINIMALE = readFileSync(join(FIXTURES, 'valid', 'minimale.md'), 'utf8');
const PARTIES = join(import.meta.dirname, '..', 'fixtures', 'site', 'content', 'parties');

/** A project whose first chapter ends with `body`; the report keeps the chapter's lines only. */
function chapterReport(body: string): string[] {
	const root = makeProject({ 'minimale.md': MINIMALE });
	const [chapter] = readdirSync(join(root, 'content', 'chapitres'));
	appendFileSync(join(root, 'content', 'chapitres', chapter!), `\n${body}\n`);
	return report(validateProject(root).problems).filter((line) => line.includes('/chapitres/'));
}

test('a chapter with a script, an event handler or a javascript: link is refused', () => {
	const lines = chapterReport(
		[
			'<script>alert(1)</script>',
			'',
			'<details title=">" open ontoggle="alert(1)">x</details>',
			'',
			'[voir](javascript:alert(1))',
		].join('\n'),
	);
	expect(lines).toEqual([
		'content/chapitres/lien-et-utilite-sociale.md:12 corps : balise HTML « <script> » interdite dans un chapitre — retirez-la (le Markdown suffit)',
		'content/chapitres/lien-et-utilite-sociale.md:14 corps : attribut HTML « on… » (code JavaScript) interdit dans un chapitre — retirez-le',
		'content/chapitres/lien-et-utilite-sociale.md:16 corps : adresse « javascript:alert(1) » interdite — utilisez une adresse https://',
	]);
});

test('a chapter nested 40 levels deep is refused before it is parsed', () => {
	expect(chapterReport(`${'> '.repeat(40)}trop profond`)).toEqual([
		'content/chapitres/lien-et-utilite-sociale.md:12 corps : trop de citations « > » ou de listes imbriquées sur cette ligne (plus de 10) — gardez au plus 4 niveaux de citation et 6 niveaux de liste',
	]);
});

test('a chapter with an image that has no text alternative or no file is refused', () => {
	expect(chapterReport('![](../medias/absente.png)')).toEqual([
		'content/chapitres/lien-et-utilite-sociale.md:12 corps : image « ../medias/absente.png » sans texte alternatif — écrivez ce qu’elle montre entre les crochets : ![description](../medias/absente.png)',
		'content/chapitres/lien-et-utilite-sociale.md:12 corps : image introuvable « ../medias/absente.png » (cherchée dans content/medias/absente.png) — déposez le fichier dans content/medias/ et écrivez « ../medias/nom-du-fichier.jpg »',
	]);
});

test('a part with an event handler is refused in a part’s words', () => {
	const root = makeProject({ 'minimale.md': MINIMALE });
	mkdirSync(join(root, 'content', 'parties'));
	writeFileSync(
		join(root, 'content', 'parties', 'introduction.md'),
		`${readFileSync(join(PARTIES, 'introduction.md'), 'utf8')}\n<details title=">" open ontoggle="alert(1)">x</details>\n`,
	);
	const lines = report(validateProject(root).problems).filter((line) => line.includes('/parties/'));
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(
		/^content\/parties\/introduction\.md:\d+ corps : attribut HTML « on… » \(code JavaScript\) interdit dans une partie — retirez-le$/,
	);
});
