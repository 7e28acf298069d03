import { describe, expect, it } from 'vitest';
import { essentiel, firstSentence, sectionLead } from '../../src/model/essentiel.ts';
import { fiche } from '../lib/fiche.ts';

describe('firstSentence', () => {
	it('stops at the end of the first sentence, not at « etc. » or a decimal', () => {
		expect(firstSentence('Un poste à 0,5 ETP, etc. pour tous. Puis la suite.')).toBe(
			'Un poste à 0,5 ETP, etc. pour tous.',
		);
	});

	it('sets the lines of a form’s answer apart with « ; » when they do not end a sentence', () => {
		expect(firstSentence('2019 : 14 907 €\n2021 : 6 089 €')).toBe(
			'2019 : 14 907 € ; 2021 : 6 089 €',
		);
		expect(firstSentence('Coordination :\nun agent')).toBe('Coordination : un agent');
	});

	it('cuts a long text at a word, with « … »', () => {
		const cut = firstSentence(`${'mot '.repeat(60)}fin`);
		expect(cut.length).toBeLessThanOrEqual(141);
		expect(cut).toMatch(/mot…$/);
	});
});

describe('essentiel', () => {
	it('draws the territory, period, budget and effects from the sheet, inventing none', () => {
		const { data } = fiche('essentiel', {
			partie: 1,
			periode: 'Depuis 2021',
			budget: { fonctionnement: '2019 : 10 €\n2021 : 20 €' },
		});
		const body = '## Effets sur la santé mentale\n\nDes habitants moins isolés. Et plus.\n';
		expect(essentiel(data, body)).toEqual([
			{ key: 'territoire', value: data.ville },
			{ key: 'periode', value: 'Depuis 2021' },
			{ key: 'budget', value: '2019 : 10 € ; 2021 : 20 €' },
			{ key: 'effets', value: 'Des habitants moins isolés.' },
		]);
		expect(essentiel(fiche('vide', { partie: 1 }).data, '').map((r) => r.value)).toEqual([
			data.ville,
			undefined,
			undefined,
			undefined,
		]);
	});

	it('reads the lead of a section, a list’s first item standing for it', () => {
		expect(sectionLead('## Effets\n\n- Mesure en cours :\n  - un questionnaire\n', 'Effets')).toBe(
			'Mesure en cours : un questionnaire',
		);
		expect(sectionLead('## Contexte\n\nTexte.\n', 'Effets')).toBeUndefined();
	});
});
