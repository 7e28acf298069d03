/**
 * The blank form offered on /contribuer/: every label and box of the RfVS form, and once a city
 * fills it in Word (either way of ticking a box), the importer turns it into a valid sheet.
 */
import { expect, test } from 'vitest';
import { blankFormDocx } from '../../src/contribution/import/blank-form.ts';
import { convertForm } from '../../src/contribution/import/convert.ts';
import { readDocx } from '../../src/contribution/import/docx.ts';
import { fillBlankForm, type TickStyle } from './fixtures/fill-form.ts';
import { docxText, normalizeLabel, rfvsFormLabels } from './fixtures/form-labels.ts';
import { makeProject, report, validateProject } from '../validation/project.ts';

const blank = await blankFormDocx({ intro: ['Merci de retourner ce formulaire rempli.'] });

test('the blank form is a real .docx with every label, box and question of the RfVS form', () => {
	expect([...blank.slice(0, 2)]).toEqual([0x50, 0x4b]);
	const text = normalizeLabel(docxText(blank).replace(/\n/g, ' '));
	const labels = rfvsFormLabels();
	expect(labels.length).toBeGreaterThan(50);
	for (const label of labels) expect(text, label).toContain(label);
	expect(docxText(blank).match(/☐/g)?.length).toBe(5 + 1 + 18 + 3);
});

const FILLING = {
	title: 'Jardins partagés et santé mentale au Val',
	answers: {
		'Ville-Santé': ['Testville'],
		'Date de rédaction': ['12/03/2024'],
		'Nom et prénom :': ['Camille Martin'],
		'Fonction :': ['Coordinatrice CLSM'],
		'Email :': ['camille.martin@testville.fr'],
		'Période/durée': ['Depuis 2022'],
		Partenaires: ['Centre social', 'Bailleur'],
		'· Budget de fonctionnement annuel (réel ou estimé)': ['8 000 €'],
		'Contexte :': ['Un quartier sans espace vert.'],
		'Objectif(s) :': ['Créer du lien entre voisins.'],
		'Déroulé de l’action :': ['Des ateliers chaque semaine.'],
		'Quels facteurs ont favorisé le déroulé de l’action ?': ['Un bailleur engagé.'],
	},
	ticked: [
		'Agir sur un cadre de vie favorable à la santé mentale',
		'Quartier(s) politique de la Ville',
		'Nature, espaces verts et bleus',
		'Lien social, utilité sociale',
	],
	autres: { 'Autre(s), précisez :': 'Numérique' },
};

test.each<TickStyle>(['control', 'glyph'])(
	'a form filled in Word (boxes ticked as %s) imports into a valid sheet',
	(style) => {
		const filled = fillBlankForm(blank, { ...FILLING, style });
		const imported = convertForm(readDocx(filled), 'formulaire.docx');
		expect(imported.slug).toBe('testville-jardins-partages-et-sante-mentale-au-val');
		expect(imported.markdown).toContain('types: [cadre-de-vie]');
		expect(imported.markdown).toContain('qpv: true');
		expect(imported.markdown).toContain('determinants: [nature, lien-social]');
		expect(imported.markdown).toContain('determinants_autre: Numérique');
		expect(imported.markdown).toContain('date: 2024-03-12');
		expect(imported.markdown).toContain('## Facteurs favorables\n\nUn bailleur engagé.');
		// What the Word form cannot say is the only thing left to add: the part and the summary.
		const completed = imported.markdown.replace(
			/\n# À DÉCIDER — partie[\s\S]*?(?=\nperiode:)/,
			'\npartie: 1\nresume: Des jardins partagés pour créer du lien dans un quartier prioritaire.',
		);
		const root = makeProject({ [`${imported.slug}.md`]: completed });
		expect(report(validateProject(root).problems)).toEqual([]);
	},
);
