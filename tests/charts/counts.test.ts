import { describe, expect, it } from 'vitest';
import { buildBook } from '../../src/model/book.ts';
import { cityCounts } from '../../src/charts/cities.ts';
import {
	determinantMatrix,
	fichesParDeterminant,
	fichesParPartie,
	shadeLevel,
} from '../../src/charts/counts.ts';
import { fiche } from '../lib/fiche.ts';

const book = buildBook({
	fiches: [
		fiche('a', { partie: 1, determinants: ['logement', 'nature'] }),
		fiche('b', { partie: 1, ville: 'Lille' }),
		fiche('c', { partie: 5, ville: 'Lille', determinants: ['nature'] }),
	],
	parties: [],
	chapitres: [],
});

describe('chart figures', () => {
	it('counts sheets per part 1-6, with the part colour and page', () => {
		const parties = fichesParPartie(book);
		expect(parties.map((p) => p.value)).toEqual([2, 0, 0, 0, 1, 0]);
		expect(parties[0]).toMatchObject({ partie: 1, href: '/parties/cadre-de-vie/' });
		expect(parties[0]!.label).toBe('Partie 1 · Agir sur le cadre de vie');
	});

	it('counts sheets per determinant in the form order, linking only determinants with sheets', () => {
		const data = fichesParDeterminant(book);
		expect(data).toHaveLength(18);
		expect(data[0]).toEqual({
			label: 'Nature, espaces verts et bleus',
			value: 2,
			href: '/determinants/nature/',
		});
		expect(data[2]).toEqual({ label: 'Bruit, nuisances sonores', value: 0 });
	});

	it('crosses determinants and parts, shading cells against the fullest one', () => {
		const rows = determinantMatrix(book);
		const logement = rows.find((r) => r.label === 'Logement')!;
		expect(logement.cells.map((c) => c.count)).toEqual([2, 0, 0, 0, 0, 0]);
		expect(logement.cells.map((c) => c.level)).toEqual([4, 0, 0, 0, 0, 0]);
		expect(logement.total).toBe(2);
		const nature = rows.find((r) => r.label.startsWith('Nature'))!;
		expect(nature.cells.map((c) => c.level)).toEqual([2, 0, 0, 0, 2, 0]);
		expect(rows.find((r) => r.label === 'Urbanisme')!.href).toBeUndefined();
	});

	it('gives any non-empty cell at least the first shade', () => {
		expect(shadeLevel(0, 10)).toBe(0);
		expect(shadeLevel(1, 200)).toBe(1);
		expect(shadeLevel(10, 10)).toBe(4);
		expect(shadeLevel(6, 10)).toBe(3);
	});

	it('counts sheets per city, alphabetical, with the city page', () => {
		expect(cityCounts(book)).toEqual([
			{ nom: 'Caen', count: 1, href: '/villes/caen/' },
			{ nom: 'Lille', count: 2, href: '/villes/lille/' },
		]);
	});
});
