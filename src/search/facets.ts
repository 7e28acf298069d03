import { fr } from '../i18n/fr.ts';
import { DETERMINANTS, PARTIES_THEMATIQUES, PUBLICS, TYPES } from '../schemas/vocabulary.ts';
import { slugify } from '../schemas/slug.ts';

/**
 * Search facets: the URL parameter, the Pagefind filter name and, for each value, the short code
 * used in URLs (`determinant=logement`) and the label Pagefind indexes (`Logement`). Sheet pages
 * write the labels; the search page reads this mapping so shared URLs stay short and stable.
 */
export interface Facet {
	/** URL parameter and Pagefind filter name. */
	name: 'public' | 'partie' | 'ville' | 'determinant' | 'type' | 'qpv' | 'annee';
	legend: string;
	/** Known values; cities and years come from the index itself. */
	values: { code: string; label: string }[];
}

export function partieFilterLabel(numero: number, titre: string): string {
	return `${fr.partie.numero(numero)} — ${titre}`;
}

export function qpvFilterLabel(qpv: boolean): string {
	return qpv ? fr.recherche.qpvOui : fr.recherche.qpvNon;
}

/** URL code of a city facet value. */
export const villeCode = slugify;

export const FACETS: Facet[] = [
	// Whom the action is for: the question a reader asks first (« what can my city do for its
	// young people? »).
	{
		name: 'public',
		legend: fr.recherche.facettes.public,
		values: PUBLICS.map((p) => ({ code: p.code, label: p.label })),
	},
	{
		name: 'partie',
		legend: fr.recherche.facettes.partie,
		values: PARTIES_THEMATIQUES.map((p) => ({
			code: String(p.numero),
			label: partieFilterLabel(p.numero, p.titre),
		})),
	},
	{ name: 'ville', legend: fr.recherche.facettes.ville, values: [] },
	{
		name: 'determinant',
		legend: fr.recherche.facettes.determinant,
		values: DETERMINANTS.map((d) => ({ code: d.code, label: d.label })),
	},
	{
		name: 'type',
		legend: fr.recherche.facettes.type,
		values: TYPES.map((t) => ({ code: t.code, label: t.label })),
	},
	{
		name: 'qpv',
		legend: fr.recherche.facettes.qpv,
		values: [
			{ code: 'oui', label: qpvFilterLabel(true) },
			{ code: 'non', label: qpvFilterLabel(false) },
		],
	},
	{ name: 'annee', legend: fr.recherche.facettes.annee, values: [] },
];

export type FacetName = Facet['name'];

/** The values a reader ticked, by facet (URL codes). */
export type Selection = ReadonlyMap<FacetName, ReadonlySet<string>>;

/** Pagefind's filter counts: facet → indexed label → number of pages. */
export type FacetCounts = Record<string, Record<string, number>>;

/**
 * Pagefind filters for a selection: values of one facet are OR-ed (`any`), facets are AND-ed.
 * `except` leaves one facet out: the search whose counts that facet shows.
 */
export function pagefindFilters(
	selected: Selection,
	labelOf: (facet: FacetName, code: string) => string,
	except?: FacetName,
): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const [name, codes] of selected) {
		if (name === except || codes.size === 0) continue;
		filters[name] = { any: [...codes].map((code) => labelOf(name, code)) };
	}
	return filters;
}

/**
 * Disjunctive counts, as faceted search engines show them: beside each value, the number of
 * results the reader gets by ticking it. A facet with nothing ticked reads the results' own
 * counts; a facet with ticked values reads the counts of a search without its own selection
 * (one more Pagefind search per active facet), so its other values are counted as alternatives,
 * not intersections.
 */
export function disjunctiveCounts(
	results: FacetCounts,
	withoutOwnSelection: ReadonlyMap<FacetName, FacetCounts>,
): FacetCounts {
	const counts: FacetCounts = { ...results };
	for (const [name, search] of withoutOwnSelection) counts[name] = search[name] ?? {};
	return counts;
}

/** The facets whose counts need their own search: those with at least one value ticked. */
export function activeFacets(selected: Selection): FacetName[] {
	return FACETS.map((f) => f.name).filter((name) => (selected.get(name)?.size ?? 0) > 0);
}
