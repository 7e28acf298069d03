import { fr } from '../i18n/fr.ts';
import { DETERMINANTS, PARTIES_THEMATIQUES, TYPES } from '../schemas/vocabulary.ts';
import { slugify } from './urls.ts';

/**
 * Search facets: the URL parameter, the Pagefind filter name and, for each value, the short code
 * used in URLs (`determinant=logement`) and the label Pagefind indexes (`Logement`). Sheet pages
 * write the labels; the search page reads this mapping so shared URLs stay short and stable.
 */
export interface Facet {
	/** URL parameter and Pagefind filter name. */
	name: 'partie' | 'ville' | 'determinant' | 'type' | 'qpv' | 'annee';
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
