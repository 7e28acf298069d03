import { describe, expect, it } from 'vitest';
import { chooseExcerpt, type PagefindResultData } from '../../src/search/excerpt.ts';
import {
	activeFacets,
	type FacetCounts,
	type FacetName,
	disjunctiveCounts,
	pagefindFilters,
	type Selection,
} from '../../src/search/facets.ts';

const selection: Selection = new Map([
	['determinant', new Set(['logement', 'nature'])],
	['ville', new Set(['caen'])],
	['type', new Set<string>()],
]);
const labelOf = (facet: string, code: string) => `${facet}:${code.toUpperCase()}`;

describe('disjunctive facets', () => {
	it('ORs the values of one facet and ANDs the facets, leaving out empty ones', () => {
		expect(pagefindFilters(selection, labelOf)).toEqual({
			determinant: { any: ['determinant:LOGEMENT', 'determinant:NATURE'] },
			ville: { any: ['ville:CAEN'] },
		});
	});
	it('leaves out the facet whose alternatives are being counted', () => {
		expect(pagefindFilters(selection, labelOf, 'determinant')).toEqual({
			ville: { any: ['ville:CAEN'] },
		});
	});
	it('asks one more search per facet with a ticked value, in the facets’ order', () => {
		expect(activeFacets(selection)).toEqual(['ville', 'determinant']);
		expect(activeFacets(new Map())).toEqual([]);
	});
	it('counts an active facet from the search without its own selection', () => {
		const results = {
			determinant: { Logement: 3, Nature: 1 },
			ville: { Caen: 3 },
			type: { Gouvernance: 2 },
		};
		const withoutDeterminant = {
			determinant: { Logement: 3, Nature: 8, Bruit: 0 },
			ville: { Caen: 10 },
		};
		const withoutVille = { ville: { Caen: 3, Lille: 5 }, determinant: {} };
		expect(
			disjunctiveCounts(
				results,
				new Map<FacetName, FacetCounts>([
					['determinant', withoutDeterminant],
					['ville', withoutVille],
				]),
			),
		).toEqual({
			determinant: { Logement: 3, Nature: 8, Bruit: 0 },
			ville: { Caen: 3, Lille: 5 },
			type: { Gouvernance: 2 },
		});
	});
});

const page = (overrides: Partial<PagefindResultData>): PagefindResultData => ({
	url: '/fiches/x/',
	excerpt: '',
	meta: { title: 'Groupe de travail', resume: 'Depuis 2021, la Ville anime un groupe de travail.' },
	sub_results: [],
	...overrides,
});

describe('chooseExcerpt', () => {
	it('takes the section with the most matches, named by its heading', () => {
		const chosen = chooseExcerpt(
			page({
				excerpt: 'la Ville anime un <mark>groupe</mark>',
				sub_results: [
					{
						title: 'Groupe',
						url: '/fiches/x/',
						excerpt: '<mark>groupe</mark>',
						locations: [1, 2, 3],
					},
					{
						title: 'Contexte',
						url: '/fiches/x/#contexte',
						excerpt: 'un <mark>groupe</mark>',
						locations: [9],
					},
					{
						title: 'Objectifs',
						url: '/fiches/x/#objectifs',
						excerpt: 'deux <mark>groupes</mark>',
						locations: [20, 24],
					},
					{ title: 'Déroulé', url: '/fiches/x/#deroule', excerpt: 'sans rien', locations: [] },
				],
			}),
		);
		expect(chosen).toEqual({ section: 'Objectifs', excerpt: 'deux <mark>groupes</mark>' });
	});
	it('drops a page excerpt that only repeats the summary', () => {
		expect(
			chooseExcerpt(
				page({ excerpt: 'travail. Depuis 2021, la Ville anime un <mark>groupe</mark> de' }),
			),
		).toBeUndefined();
	});
	it('keeps a page excerpt from elsewhere (the identity box), and shows nothing without a match', () => {
		expect(
			chooseExcerpt(page({ excerpt: 'Partenaires : Maison des <mark>adolescents</mark>' })),
		).toEqual({ section: undefined, excerpt: 'Partenaires : Maison des <mark>adolescents</mark>' });
		expect(chooseExcerpt(page({ excerpt: 'Depuis 2021' }))).toBeUndefined();
	});
});
