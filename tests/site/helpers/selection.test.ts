import { describe, expect, it } from 'vitest';
import {
	move,
	reconcile,
	selectionCsv,
	startPages,
	wrap,
} from '../../../src/site/selection-page.ts';
import { parseSelection, toggle, type CatalogueFiche } from '../../../src/site/selection.ts';

const item = (id: string) => ({ id, titre: `Titre ${id}`, ville: `Ville ${id}` });

describe('the stored selection', () => {
	it('reads what it wrote, and nothing else: bad JSON, wrong shapes and repeats are dropped', () => {
		expect(parseSelection(JSON.stringify([item('a'), item('b')]))).toEqual([item('a'), item('b')]);
		expect(parseSelection(null)).toEqual([]);
		expect(parseSelection('{pas du json')).toEqual([]);
		expect(parseSelection('{"id":"a"}')).toEqual([]);
		expect(
			parseSelection(
				JSON.stringify([item('a'), { id: 3 }, item('a'), 'b', { ...item('c'), extra: 1 }]),
			),
		).toEqual([item('a'), item('c')]);
	});

	it('toggles a sheet: added at the end, taken out when already there', () => {
		expect(toggle([item('a')], item('b'))).toEqual([item('a'), item('b')]);
		expect(toggle([item('a'), item('b')], item('a'))).toEqual([item('b')]);
	});

	it('moves a sheet up or down, never out of the list', () => {
		expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
		expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
		expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});

describe('the selection against the guide', () => {
	const fiche = (id: string, pages?: number): CatalogueFiche => ({
		...item(id),
		titre: `Titre à jour ${id}`,
		url: `/fiches/${id}/`,
		...(pages ? { pdf: { url: `/fiches/${id}/${id}.pdf`, pages } } : {}),
	});

	it('keeps the sheets the guide still has, as it knows them now, and names the others', () => {
		const { found, missing } = reconcile([item('b'), item('x'), item('a')], {
			fiches: [fiche('a'), fiche('b')],
		});
		expect(found.map((f) => f.titre)).toEqual(['Titre à jour b', 'Titre à jour a']);
		expect(missing).toEqual([item('x')]);
	});

	it('numbers each sheet’s first page after the contents', () => {
		expect(startPages([3, 1, 2], 1)).toEqual([2, 5, 6]);
		expect(startPages([3, 1], 2)).toEqual([3, 6]);
		expect(startPages([], 1)).toEqual([]);
	});

	it('writes the CSV of the open data’s dialect, with absolute addresses', () => {
		const csv = selectionCsv(
			[fiche('a', 3), { ...fiche('b'), titre: 'Un « titre » "cité"' }],
			'https://guide.example.org',
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.split('\r\n')).toEqual([
			'\uFEFFordre;ville;titre;adresse;pdf;pages',
			'"1";"Ville a";"Titre à jour a";"https://guide.example.org/fiches/a/";"https://guide.example.org/fiches/a/a.pdf";"3"',
			'"2";"Ville b";"Un « titre » ""cité""";"https://guide.example.org/fiches/b/";"";""',
			'',
		]);
	});

	it('wraps a line at spaces by the measure it is given', () => {
		expect(wrap('un deux trois quatre', 9, (s) => s.length)).toEqual([
			'un deux',
			'trois',
			'quatre',
		]);
		expect(wrap('anticonstitutionnellement court', 5, (s) => s.length)).toEqual([
			'anticonstitutionnellement',
			'court',
		]);
	});
});
