import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	fixTypography,
	lintTypography,
	typographyProblems,
} from '../../src/contribution/lint/typography.ts';
import { frontmatterOf } from '../lib/frontmatter.ts';
import { visible } from './helpers.ts';

const sheet = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('lintTypography', () => {
	it('reports each issue with its line, key and rule', () => {
		const text = sheet(
			'titre: "L\'atelier : « vivre ensemble »"\nresume: Bien !',
			'## Contexte\n\nPourquoi ? Parce que ; voilà.\n\nMot«collé»',
		);
		expect(
			lintTypography(text).map(({ line, key, rule, message }) => [line, key, rule, message]),
		).toEqual([
			[2, 'titre', 'apostrophe', "apostrophe droite « ' »"],
			[2, 'titre', 'espace-ponctuation', 'espace ordinaire avant « : »'],
			[2, 'titre', 'espace-guillemets', 'espace ordinaire après « « »'],
			[2, 'titre', 'espace-guillemets', 'espace ordinaire avant « » »'],
			[3, 'resume', 'espace-ponctuation', 'espace ordinaire avant « ! »'],
			[8, 'corps', 'espace-ponctuation', 'espace ordinaire avant « ? »'],
			[8, 'corps', 'espace-ponctuation', 'espace ordinaire avant « ; »'],
			[10, 'corps', 'espace-guillemets', 'pas d’espace après « « »'],
			[10, 'corps', 'espace-guillemets', 'pas d’espace avant « » »'],
		]);
	});

	it('reports and fixes amounts, ellipses and a day apart from its month', () => {
		const text = sheet(
			"titre: 'Budget 1000€ le 25 mai...'",
			'## Contexte\n\nDu 25 au 28 avril : 36 800 € et 950 €, en 2023 400 € ; 20 000 euros.',
		);
		expect(lintTypography(text).map(({ key, rule, message }) => [key, rule, message])).toEqual([
			['titre', 'montant', 'montant sans séparateur des milliers'],
			['titre', 'montant', 'pas d’espace avant « € »'],
			['titre', 'espace-date', 'espace ordinaire entre le jour et le mois'],
			['titre', 'points-de-suspension', '« ... » au lieu de « … »'],
			['corps', 'espace-date', 'espace ordinaire entre le jour et le mois'],
			['corps', 'espace-ponctuation', 'espace ordinaire avant « : »'],
			['corps', 'montant', 'espace ordinaire entre les milliers d’un montant'],
			['corps', 'montant', 'espace ordinaire avant « € »'],
			['corps', 'montant', 'espace ordinaire avant « € »'],
			['corps', 'montant', 'espace ordinaire avant « € »'],
			['corps', 'espace-ponctuation', 'espace ordinaire avant « ; »'],
			['corps', 'montant', 'espace ordinaire entre les milliers d’un montant'],
		]);
		const fixed = fixTypography(text);
		expect(visible(fixed)).toContain("titre: 'Budget 1⍽000␣€ le 25␣mai…'");
		expect(visible(fixed)).toContain('28␣avril␣: 36⍽800␣€ et 950␣€, en 2023 400␣€⍽; 20⍽000 euros.');
		expect(lintTypography(fixed)).toEqual([]);
	});

	it('accepts both no-break spaces and leaves times, URLs, code, keys and codes alone', () => {
		const text = sheet(
			[
				"titre: 'Déjà bon\u00A0: «\u202Foui\u202F» ; fin\u00A0!'",
				'date: 2024-05-01',
				'liens:',
				"  - titre: Page d'accueil",
				"    url: https://exemple.fr/page?id=1&l'x=2",
				'contact:',
				"  email: jean.o'neil@ville.fr",
			].join('\n'),
			[
				'Rendez-vous à 14:30, ratio 1:2, voir https://exemple.fr/a?b=c ou www.ville.fr/x?y ;',
				'',
				"Du code `a ; b ? c` et <https://exemple.fr/d'e?f> et [le site](https://exemple.fr/?q=1).",
				'',
				'```',
				"x = l'a ? b : c",
				'```',
				'',
				"<!-- commentaire : l'équipe ? -->",
			].join('\n'),
		);
		expect(lintTypography(text).map((i) => [i.line, i.key, i.message])).toEqual([
			[2, 'titre', 'espace ordinaire avant « ; »'],
			[5, 'liens.titre', "apostrophe droite « ' »"],
			[11, 'corps', 'espace ordinaire avant « ; »'],
		]);
	});

	it('reads nothing in a file whose header is missing, not even YAML-like lines', () => {
		expect(lintTypography("titre: L'atelier\nresume: Bien !\n\nTexte ?")).toEqual([]);
		expect(lintTypography('\uFEFF---\ntitre: Bien !\n---\n')).toHaveLength(1);
	});
});

describe('fixTypography', () => {
	const text = sheet(
		[
			"titre: 'L''atelier : « vivre »'",
			'resume: >-',
			"  Un résumé qu'on plie",
			'  sur deux lignes ; voilà !',
			'budget:',
			'  fonctionnement: "6 448 € : estimé"',
			'types: [gouvernance]',
			'# un commentaire : intact ?',
		].join('\n'),
		"## Contexte\n\n- Pourquoi ? **Parce que** : c'est utile.\n- Lien : https://exemple.fr/?a=1\n",
	);
	const fixed = fixTypography(text);

	it('fixes prose in the body and in frontmatter values, whatever their YAML style', () => {
		expect(visible(fixed)).toBe(`---
titre: 'L’atelier␣: «⍽vivre⍽»'
resume: >-
  Un résumé qu’on plie
  sur deux lignes⍽; voilà⍽!
budget:
  fonctionnement: "6⍽448␣€␣: estimé"
types: [gouvernance]
# un commentaire : intact ?
---

## Contexte

- Pourquoi⍽? **Parce que**␣: c’est utile.
- Lien␣: https://exemple.fr/?a=1

`);
	});

	it('keeps the frontmatter structure: same keys, same values but for spaces and apostrophes', () => {
		const read = (file: string) => parse(frontmatterOf(file).yaml) as Record<string, unknown>;
		expect(Object.keys(read(fixed))).toEqual(Object.keys(read(text)));
		expect(read(fixed)['titre']).toBe('L’atelier\u00A0: «\u202Fvivre\u202F»');
	});

	it('is idempotent', () => {
		expect(fixTypography(fixed)).toBe(fixed);
		expect(lintTypography(fixed)).toEqual([]);
	});
});

describe('typographyProblems', () => {
	it('gives one warning per line of published content, never an error', () => {
		const text = sheet('titre: Bien', "Quoi ? L'un : l'autre.");
		const problems = typographyProblems([
			{ file: 'content/fiches/a.md', text },
			{ file: 'content/fiches/_modele.md', text },
			{ file: 'content/medias/notes.md', text },
		]);
		expect(problems).toEqual([
			{
				file: 'content/fiches/a.md',
				line: 5,
				key: 'corps',
				severity: 'avertissement',
				message:
					"typographie : espace ordinaire avant « ? » ; apostrophe droite « ' » (×2) ; espace ordinaire avant « : » — attendu une espace insécable avant ; : ! ? et dans « » et l’apostrophe « ’ » (« npm run fix » corrige)",
			},
		]);
	});
});
