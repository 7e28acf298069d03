import { describe, expect, it } from 'vitest';
import {
	buildBook,
	determinants,
	fichesProches,
	neighbours,
	publics,
	villes,
	windowAround,
	type Book,
	type Fiche,
} from '../../src/model/book.ts';
import { DETERMINANT_CODES } from '../../src/schemas/vocabulary.ts';
import { fiche } from '../lib/fiche.ts';
import type { ChapitreData, PartieData } from '../../src/schemas/partie.ts';
import type { Entry } from '../../src/schemas/entry.ts';

const chapitre: Entry<ChapitreData> = {
	id: 'lien-et-utilite-sociale',
	file: 'content/chapitres/lien-et-utilite-sociale.md',
	body: '',
	data: {
		titre: 'Favoriser le lien et l’utilité sociale',
		partie: 2,
		ordre: 1,
		resume: 'R.',
		statut: 'publie',
	},
};
const partie: Entry<PartieData> = {
	id: 'action-communautaire',
	file: 'content/parties/action-communautaire.md',
	body: '',
	data: { numero: 2, resume: 'R.', statut: 'brouillon' },
};

const fiches = [
	fiche('lille-b', { partie: 2, ville: 'Lille', publics: ['jeunes'] }),
	fiche('amiens-a', { partie: 2, ville: 'Amiens', chapitre: 'lien-et-utilite-sociale' }),
	fiche('zz-ordre', { partie: 2, ville: 'Zurich', ordre: 1 }),
	fiche('evreux-c', { partie: 2, ville: 'Évreux', publics: ['jeunes', 'aidants'] }),
	fiche('brouillon', { partie: 1, statut: 'brouillon', determinants: ['logement', 'bruit'] }),
	fiche('rennes-d', { partie: 4, ville: 'Rennes', determinants: ['logement', 'bruit', 'nature'] }),
];

describe('buildBook', () => {
	const book = buildBook({ fiches, parties: [partie], chapitres: [chapitre] });

	it('orders parts by number, chapters first, then ordre, city (French collation) and title', () => {
		expect(book.parties.map((p) => p.meta.numero)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		const partie2 = book.parties[2]!;
		expect(partie2.chapitres[0]!.fiches.map((f) => f.id)).toEqual(['amiens-a']);
		expect(partie2.autresFiches.map((f) => f.id)).toEqual(['zz-ordre', 'evreux-c', 'lille-b']);
		expect(book.fiches.map((f) => f.id)).toEqual([
			'brouillon',
			'amiens-a',
			'zz-ordre',
			'evreux-c',
			'lille-b',
			'rennes-d',
		]);
	});

	it('lists every page in reading order for previous/next', () => {
		const urls = book.pages.map((p) => p.url);
		expect(urls.slice(0, 5)).toEqual([
			'/parties/introduction/',
			'/parties/cadre-de-vie/',
			'/fiches/brouillon/',
			'/parties/action-communautaire/',
			'/parties/action-communautaire/lien-et-utilite-sociale/',
		]);
		const { prev, next } = neighbours(book, '/fiches/amiens-a/');
		expect(prev?.url).toBe('/parties/action-communautaire/lien-et-utilite-sociale/');
		expect(next?.url).toBe('/fiches/zz-ordre/');
		expect(neighbours(book, '/parties/introduction/').prev).toBeUndefined();
	});

	it('leaves drafts out on request, keeping the draft part as a title page', () => {
		const clean = buildBook(
			{ fiches, parties: [partie], chapitres: [chapitre] },
			{ withoutDrafts: true },
		);
		expect(clean.fiches.map((f) => f.id)).not.toContain('brouillon');
		expect(clean.parties[2]!.entry).toBeUndefined();
		expect(clean.parties[2]!.fiches).toHaveLength(4);
		expect(book.parties[2]!.entry).toEqual(partie);
	});

	it('groups sheets by city and determinant', () => {
		expect(villes(book).map((v) => [v.label, v.fiches.length])).toEqual([
			['Amiens', 1],
			['Caen', 1],
			['Évreux', 1],
			['Lille', 1],
			['Rennes', 1],
			['Zurich', 1],
		]);
		const bruit = determinants(book).find((d) => d.key === 'bruit')!;
		expect(bruit.fiches.map((f) => f.id)).toEqual(['brouillon', 'rennes-d']);
		expect(determinants(book)).toHaveLength(18);
	});

	it('groups sheets by the publics they name, in the vocabulary’s order, leaving out the others', () => {
		const groups = publics(book);
		expect(groups).toHaveLength(11);
		expect(groups.find((p) => p.key === 'jeunes')!.fiches.map((f) => f.id)).toEqual([
			'evreux-c',
			'lille-b',
		]);
		expect(groups.find((p) => p.key === 'aidants')!.fiches.map((f) => f.id)).toEqual(['evreux-c']);
		expect(groups.find((p) => p.key === 'enfants')!.fiches).toEqual([]);
	});

	it('finds related sheets by shared determinants, other parts first', () => {
		const related = fichesProches(
			book,
			book.fiches.find((f) => f.id === 'rennes-d')!,
			3,
		);
		expect(related.map((f) => f.id)).toEqual(['brouillon', 'amiens-a', 'zz-ordre']);
	});

	it('finds the same related sheets as scoring and sorting them all, on 300 varied sheets', () => {
		// The rule, written the plain way: every other sheet scored, sorted, the first ones kept.
		const reference = (all: Book, mine: Fiche, limit: number) =>
			all.fiches
				.filter((f) => f.id !== mine.id)
				.map((f, index) => ({
					f,
					index,
					shared: f.data.determinants.filter((d) => mine.data.determinants.includes(d)).length,
					other: f.data.partie !== mine.data.partie ? 1 : 0,
				}))
				.filter((c) => c.shared > 0)
				.sort((a, b) => b.shared - a.shared || b.other - a.other || a.index - b.index)
				.slice(0, limit)
				.map((c) => c.f.id);
		let seed = 7;
		const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
		const many = Array.from({ length: 300 }, (_, i) =>
			fiche(`f-${String(i).padStart(3, '0')}`, {
				partie: 1 + next(6),
				determinants: [
					...new Set(Array.from({ length: 1 + next(3) }, () => DETERMINANT_CODES[next(6)]!)),
				],
			}),
		);
		const big = buildBook({ fiches: many, parties: [partie], chapitres: [chapitre] });
		for (const limit of [1, 3, 5])
			for (const f of big.fiches)
				expect(
					fichesProches(big, f, limit).map((c) => c.id),
					`${f.id}, ${limit}`,
				).toEqual(reference(big, f, limit));
	});
});

describe('windowAround', () => {
	const items = Array.from({ length: 20 }, (_, i) => i);
	it('keeps short lists whole and centres long ones on the current item', () => {
		expect(windowAround([1, 2, 3], 1, 9)).toEqual([1, 2, 3]);
		expect(windowAround(items, 10, 5)).toEqual([8, 9, 10, 11, 12]);
		expect(windowAround(items, 0, 5)).toEqual([0, 1, 2, 3, 4]);
		expect(windowAround(items, 19, 5)).toEqual([15, 16, 17, 18, 19]);
		expect(windowAround(items, -1, 5)).toEqual([0, 1, 2, 3, 4]);
	});
});
