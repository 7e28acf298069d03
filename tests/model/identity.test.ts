import { describe, expect, it } from 'vitest';
import { FUNDER_SEPARATOR, identityRows, identityRowText } from '../../src/model/identity.ts';
import { FIELD, fieldsShownIn } from '../../src/schemas/fields.ts';
import { fiche } from '../lib/fiche.ts';

const full = fiche('complete', {
	partie: 2,
	date: '2023-05',
	periode: 'Depuis 2021',
	echelle: 'Quartier',
	porteur: 'CCAS',
	role_collectivite: 'Pilote',
	services: ['CCAS', 'Direction Santé'],
	partenaires: ['EPSM'],
	budget: { fonctionnement: '6 448 €', financeurs: ['ARS', 'CAF, Région'] },
	types: ['gouvernance', 'cadre-de-vie'],
	types_autre: 'Prévention',
	qpv: true,
	territoire_autre: 'Centre-ville',
	determinants: ['logement'],
	determinants_autre: 'Écrans',
	publics: ['jeunes', 'familles'],
	contact: {
		nom: 'Jeanne Dupont',
		fonction: 'Coordinatrice',
		email: 'j.dupont@caen.fr',
		public: true,
	},
	source: 'Webinaire du RfVS',
});

describe('identityRows', () => {
	it('gives the rows in the order of the field table, with its labels', () => {
		const rows = identityRows(full.data);
		const order = fieldsShownIn('identite').map((f) => f.key);
		expect(rows.map((r) => r.key)).toEqual(order.filter((key) => rows.some((r) => r.key === key)));
		for (const row of rows) expect(row.label).toBe(FIELD[row.key].label);
		expect(rows.at(-1)?.key).toBe('source');
	});

	it('opens the partners with the form’s own words for them, when the sheet gives them', () => {
		const rows = identityRows(
			fiche('copil', {
				partie: 6,
				partenaires: ['Ville de Rennes', 'CHU'],
				partenaires_intitule: 'Membres du comité de pilotage',
			}).data,
		);
		const row = rows.find((r) => r.key === 'partenaires');
		expect(row?.label).toBe(FIELD.partenaires.label);
		expect(row?.value).toEqual({
			kind: 'list',
			items: ['Ville de Rennes', 'CHU'],
			intro: 'Membres du comité de pilotage',
		});
		expect(identityRowText(row!.value)).toEqual([
			'Membres du comité de pilotage :',
			'Ville de Rennes',
			'CHU',
		]);
		expect(rows.some((r) => (r.key as string) === 'partenaires_intitule')).toBe(false);
	});

	it('leaves out empty fields and keeps the required ones', () => {
		const rows = identityRows(fiche('courte', { partie: 1 }).data);
		expect(rows.map((r) => r.key)).toEqual(['ville', 'date', 'types', 'determinants']);
	});

	it('tells a day from a month by one rule', () => {
		const day = identityRows(fiche('jour', { partie: 1, date: '2023-05-01' }).data);
		const month = identityRows(full.data);
		expect(day.find((r) => r.key === 'date')?.value).toEqual({
			kind: 'date',
			iso: '2023-05-01',
			text: '1er\u00a0mai 2023',
		});
		expect(month.find((r) => r.key === 'date')?.value).toEqual({
			kind: 'date',
			iso: '2023-05',
			text: 'mai 2023',
		});
	});

	it('joins the funders with one separator, budget lines under their labels', () => {
		const budget = identityRows(full.data).find((r) => r.key === 'budget');
		expect(budget && identityRowText(budget.value)).toEqual([
			`${FIELD['budget.fonctionnement'].label} : 6 448 €`,
			`${FIELD['budget.financeurs'].label} : ARS${FUNDER_SEPARATOR}CAF, Région`,
		]);
	});

	it('shows the contact on one line and its address apart, only with consent', () => {
		const contact = identityRows(full.data).find((r) => r.key === 'contact');
		expect(contact?.value).toEqual({
			kind: 'contact',
			who: 'Jeanne Dupont, Coordinatrice',
			email: 'j.dupont@caen.fr',
		});
		const hidden = fiche('prive', {
			partie: 1,
			contact: { nom: 'Jeanne Dupont', email: 'j.dupont@caen.fr', public: false },
		});
		expect(JSON.stringify(identityRows(hidden.data))).not.toContain('Dupont');
	});

	it('labels the codes, with a page for types and determinants and none yet for publics', () => {
		const rows = identityRows(full.data);
		const publics = rows.find((r) => r.key === 'publics')?.value;
		expect(publics).toEqual({
			kind: 'codes',
			vocabulary: 'publics',
			items: [
				{ code: 'jeunes', label: 'Adolescents et jeunes' },
				{ code: 'familles', label: 'Parents et familles' },
			],
		});
		const types = rows.find((r) => r.key === 'types')?.value;
		expect(types?.kind === 'codes' && types.items.map((i) => i.href)).toEqual([
			'/types/gouvernance/',
			'/types/cadre-de-vie/',
		]);
	});
});
