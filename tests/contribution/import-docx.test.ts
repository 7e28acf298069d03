import { describe, expect, it } from 'vitest';
import { convertForm } from '../../src/contribution/import/convert.ts';
import { readDocx } from '../../src/contribution/import/docx.ts';
import { formToDraft } from '../../src/contribution/import/form.ts';
import { validateContent } from '../../src/contribution/validation/validate.ts';
import { buildFormDocx, DETERMINANT_LABELS, QUESTIONS, TYPE_LABELS } from './fixtures/form-docx.ts';
import { fullForm } from './fixtures/forms.ts';
import { frontmatterOf } from '../lib/frontmatter.ts';
import { visible } from './helpers.ts';

const FILE = 'content/fiches/import.md';

function validate(markdown: string) {
	return validateContent([{ file: FILE, text: markdown }], () => true).problems.filter(
		(p) => p.severity === 'erreur',
	);
}

describe('import of a filled RfVS form', async () => {
	const glyphs = convertForm(readDocx(await buildFormDocx(fullForm('glyph'))), 'formulaire.docx');
	const controls = convertForm(
		readDocx(await buildFormDocx(fullForm('control'))),
		'formulaire.docx',
	);

	it('writes every answer under its key and heading, typography applied', () => {
		expect(glyphs.slug).toBe('saint-etienne-cafe-parlons-en-sante-mentale-jeunes');
		expect(visible(glyphs.markdown)).toBe(`---
titre: 'Café «⍽Parlons-en⍽»␣: santé mentale & jeunes'
ville: Saint-Étienne
date: 2023-05-25
# À DÉCIDER — partie (« Partie du guide ») : où placer la fiche ; ajoutez la ligne « partie: N »
# avec N parmi :
#   1 = Agir sur le cadre de vie
#   2 = Renforcer l’action communautaire
#   3 = Soutenir le développement des aptitudes individuelles
#   4 = Agir sur l’accès aux soins en santé mentale
#   5 = La santé mentale des enfants, des jeunes et des habitants en situation de précarité et enjeux pour les QPV
#   6 = Aller vers la santé mentale dans toutes les politiques
# À DÉCIDER (facultatif) — chapitre : l’identifiant d’un chapitre de cette partie (noms des
# fichiers de content/chapitres/), par exemple « chapitre: lien-et-utilite-sociale ».
# À ÉCRIRE — resume (« Résumé de l’action », 300 caractères au plus) : une ou deux phrases qui disent ce que fait
# l’action, pour les listes, la recherche et les cartes ; ajoutez la ligne « resume: … ».
periode: Depuis 2021 – pas de fin prévue
echelle: Quartiers Tarentaize, Beaubrun (QPV)
porteur: Ville de Saint-Étienne
role_collectivite: Pilote⍽; financeur
services:
  - Direction Santé Publique – élue à la santé
  - CCAS
  - Service jeunesse
partenaires:
  - Maison des adolescents
  - GEM «⍽L’Envol⍽»
  - Mission locale
budget:
  fonctionnement: |-
    12⍽000␣€ par an
    (dont 0,2 ETP)
  investissement: '0'
  contribution: Mise à disposition de salles
  financeurs:
    - ARS
    - Département
types: [cadre-de-vie, discriminations]
types_autre: Prévention du suicide
qpv: true
determinants: [lieux-de-vie, lien-social, sensibilisation]
determinants_autre: Usage des écrans
contact:
  nom: Zoé L’Hôte
  fonction: Chargée de mission "santé"
  service: Direction Santé Publique
  email: zoe.lhote@saint-etienne.fr
  # true seulement avec l’accord écrit de la personne : sinon ses coordonnées ne sont
  # publiées nulle part (site, recherche, PDF, données ouvertes).
  public: false
---

## Contexte

Les jeunes disent «⍽on n’ose pas en parler⍽»␣: 1 jeune sur 3 (enquête 2022).

Voir [la note du RfVS](https://www.villes-sante.com/sante-mentale/) **\\*important\\*** 🙂 #SantéMentale <3 & \\<br>

## Objectifs

- Libérer la parole
- Orienter vers␣:
  - la Maison des adolescents
  - le CMP
- Former les animateurs

## Déroulé

1. Repérage des lieux
2. Animation␣:
   1. accueil à 14:30
   2. débat
3. Bilan

- 6 cafés en 2022
- 85 participants

Programme␣: https://example.org/page?x=1&y=2

## Prise en compte de la santé mentale

Oui␣: co-construction avec le CLSM.

## Facteurs favorables

*Partenariat solide* avec le GEM

## Inégalités sociales et territoriales

A priori oui⍽!

## Santé mentale dans toutes les politiques

Rapprochement des services «⍽jeunesse⍽» et «⍽santé⍽».
`);
	});

	it('reads Word checkbox content controls as it reads ☒ and ☐ glyphs', () => {
		expect(controls.markdown).toBe(glyphs.markdown);
	});

	it('lists what a person must still decide', () => {
		expect(glyphs.todo).toEqual([
			'partie : choisissez la « Partie du guide » (1 à 6) où placer la fiche',
			'chapitre (facultatif) : un chapitre de cette partie, ou aucun',
			'resume : écrivez une ou deux phrases (300 caractères au plus) qui résument l’action',
			'contact.public : laissé à false — passez-le à true seulement avec l’accord écrit de la personne',
		]);
	});

	it('fails validation until partie and resume are decided, then passes', () => {
		expect(validate(glyphs.markdown).map((p) => p.key)).toEqual(['partie', 'resume']);
		const decided = glyphs.markdown.replace(
			'date: 2023-05-25\n',
			'date: 2023-05-25\npartie: 5\nresume: Des cafés-débats sur la santé mentale avec les jeunes.\n',
		);
		expect(validate(decided)).toEqual([]);
	});
});

describe('import of a form left blank', async () => {
	const blank = convertForm(
		readDocx(await buildFormDocx({ title: '[Nom de l’action]', boxes: 'control' })),
		'Fiche action Lorient.docx',
	);

	it('names the file after the Word file and writes nothing that was not in the form', () => {
		expect(blank.slug).toBe('fiche-action-lorient');
		const { yaml: frontmatter, body } = frontmatterOf(blank.markdown);
		expect(frontmatter.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([]);
		expect(body).toBe(`
<!-- À COMPLÉTER — section obligatoire « ## Contexte » : le formulaire ne dit rien ici. Écrivez ce titre et son texte : Pourquoi cette action ? Le territoire, le public, le constat de départ, qui a pris l’initiative. -->

<!-- À COMPLÉTER — section obligatoire « ## Objectifs » : le formulaire ne dit rien ici. Écrivez ce titre et son texte : Ce que l’action cherche à obtenir. Une liste à puces (« - ») convient bien. -->

<!-- À COMPLÉTER — section obligatoire « ## Déroulé » : le formulaire ne dit rien ici. Écrivez ce titre et son texte : Comment l’action se passe : étapes, fréquence, lieux, intervenants, participation (chiffres réels seulement). -->
`);
	});

	it('says what is missing, and the validator refuses the file', () => {
		expect(blank.todo.map((line) => line.split(' :')[0])).toEqual([
			'titre',
			'ville',
			'date',
			'partie',
			'chapitre (facultatif)',
			'resume',
			'types',
			'determinants',
			'« ## Contexte »',
			'« ## Objectifs »',
			'« ## Déroulé »',
		]);
		expect(validate(blank.markdown).length).toBeGreaterThan(0);
	});
});

describe('form layouts met in practice', () => {
	it('finds an e-mail inside a sentence and reads a date written in words', async () => {
		const draft = formToDraft(
			readDocx(
				await buildFormDocx({
					title: 'Balades vertes',
					ville: ['Poitiers'],
					date: ['mai 2023'],
					contact: { email: 'écrire à contact@poitiers.fr' },
					boxes: 'glyph',
					types: [TYPE_LABELS[0]],
					determinants: [DETERMINANT_LABELS[0]],
				}),
			),
		);
		expect(draft).toMatchObject({ titre: 'Balades vertes', ville: 'Poitiers', date: '2023-05' });
		expect(draft.contact).toEqual({ email: 'contact@poitiers.fr' });
	});

	it('keeps the « Autre » precision of a group and reads a form with no type ticked', async () => {
		const draft = formToDraft(
			readDocx(
				await buildFormDocx({
					title: 'Semaine de la santé mentale',
					boxes: 'glyph',
					territoireAutre: 'Quartiers en veille active',
					determinants: [DETERMINANT_LABELS[17]],
				}),
			),
		);
		expect(draft.territoire_autre).toBe('Quartiers en veille active');
		expect(draft.determinants).toEqual(['acces-aux-soins']);
		expect(draft.types).toBeUndefined();
	});

	it('leaves an empty question out instead of writing an empty section', async () => {
		const draft = formToDraft(
			readDocx(
				await buildFormDocx({
					title: 'Atelier',
					boxes: 'glyph',
					questions: { [QUESTIONS[4]]: [''], [QUESTIONS[5]]: ['Moins d’isolement'] },
				}),
			),
		);
		expect(draft.sections).toEqual({ 'Effets sur la santé mentale': 'Moins d’isolement' });
	});
});
