import { config } from '../config.ts';
import { withBase } from './settings.ts';
import { slugify } from '../schemas/slug.ts';

/** A path from the site's root (`/fiches/`) as the site serves it, under `BASE_PATH`. */
export const page = (path: string): string => withBase(config.base, path);

/**
 * The path a public URL of this site names inside the built folder: `/guide-sante-mentale/x.pdf`
 * → `/x.pdf`. Files (PDFs) are laid out by it; links always use the public URL.
 */
export function sitePath(url: string): string {
	return url.startsWith(config.base) ? `/${url.slice(config.base.length)}` : url;
}

/** Every address of the site, under `BASE_PATH`: components never write a root-relative path. */
export const urls = {
	home: () => page('/'),
	fiches: () => page('/fiches/'),
	fiche: (id: string) => page(`/fiches/${id}/`),
	fichePdf: (id: string) => page(`/fiches/${id}/${id}.pdf`),
	partie: (slug: string) => page(`/parties/${slug}/`),
	partiePdf: (slug: string) => page(`/parties/${slug}/${slug}.pdf`),
	chapitre: (partieSlug: string, id: string) => page(`/parties/${partieSlug}/${id}/`),
	chapitrePdf: (partieSlug: string, id: string) => page(`/parties/${partieSlug}/${id}/${id}.pdf`),
	villes: () => page('/villes/'),
	ville: (ville: string) => page(`/villes/${slugify(ville)}/`),
	determinants: () => page('/determinants/'),
	determinant: (code: string) => page(`/determinants/${code}/`),
	types: () => page('/types/'),
	publics: () => page('/publics/'),
	public: (code: string) => page(`/publics/${code}/`),
	type: (code: string) => page(`/types/${code}/`),
	recherche: () => page('/recherche/'),
	selection: () => page('/selection/'),
	/** What /selection/ knows of every sheet: title, city, page, PDF (src/site/selection.ts). */
	selectionCatalogue: () => page('/selection/fiches.json'),
	glossaire: () => page('/glossaire/'),
	livrePdf: () => page('/repenser-les-actions-de-la-ville.pdf'),
	police: () => page('/polices/source-sans-3.woff2'),
	/** The font's rarer characters, fetched only by a page that shows one (src/site/web-font.ts). */
	policeComplement: () => page('/polices/source-sans-3-complement.woff2'),
	feuilleDeStyle: () => page('/styles/contenu.css'),
	favicon: () => page('/favicon.svg'),
	planDuSite: () => page('/sitemap-index.xml'),
	donnees: () => page('/donnees/'),
	donneesFichier: (name: 'fiches.csv' | 'fiches.json' | 'fiche.schema.json') =>
		page(`/donnees/${name}`),
	accessibilite: () => page('/accessibilite/'),
	aPropos: () => page('/a-propos/'),
	mentionsLegales: () => page('/mentions-legales/'),
	donneesPersonnelles: () => page('/donnees-personnelles/'),
	contribuer: () => page('/contribuer/'),
	/** « Proposer une mise à jour »: the online form, prefilled from the sheet's source. */
	contribuerFiche: (id: string) => page(`/contribuer/?fiche=${encodeURIComponent(id)}#formulaire`),
	formulaireVierge: () => page('/contribuer/formulaire-fiche-action.docx'),
	contexteContribution: () => page('/contribuer/contexte.json'),
	sourceFiche: (id: string) => page(`/contribuer/fiches/${id}.json`),
} as const;
