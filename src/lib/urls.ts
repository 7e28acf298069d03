import { fold } from './suggest.ts';

/** URL segment for free text such as a city name: `Saint-Quentin-en-Yvelines` → `saint-quentin-en-yvelines`. */
export function slugify(value: string): string {
	return fold(value)
		.replace(/['’]/g, '-')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export const urls = {
	home: () => '/',
	fiches: () => '/fiches/',
	fiche: (id: string) => `/fiches/${id}/`,
	fichePdf: (id: string) => `/fiches/${id}/${id}.pdf`,
	partie: (slug: string) => `/parties/${slug}/`,
	partiePdf: (slug: string) => `/parties/${slug}/${slug}.pdf`,
	chapitre: (partieSlug: string, id: string) => `/parties/${partieSlug}/${id}/`,
	chapitrePdf: (partieSlug: string, id: string) => `/parties/${partieSlug}/${id}/${id}.pdf`,
	villes: () => '/villes/',
	ville: (ville: string) => `/villes/${slugify(ville)}/`,
	determinants: () => '/determinants/',
	determinant: (code: string) => `/determinants/${code}/`,
	types: () => '/types/',
	type: (code: string) => `/types/${code}/`,
	recherche: () => '/recherche/',
	livrePdf: () => '/repenser-les-actions-de-la-ville.pdf',
	police: () => '/polices/source-sans-3.woff2',
} as const;
