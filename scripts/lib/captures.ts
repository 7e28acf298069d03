/**
 * The pages `npm run captures` photographs: one of each kind a reader meets. Add a page here when
 * a new kind of page lands (a line: a short name for the file, the path, and, for pages that draw
 * their content in the browser, what to wait for).
 */
import { urls } from '../../src/model/urls.ts';

export interface CapturePage {
	/** Short name, the start of the PNG file names: `fiche-caen-rcp-psy-375-clair.png`. */
	nom: string;
	/** Path of the page on the site, with its query string. */
	chemin: string;
	/** CSS selector the page shows once its script has drawn it (the search results). */
	attendre?: string;
}

export const CAPTURE_PAGES: readonly CapturePage[] = [
	{ nom: 'accueil', chemin: urls.home() },
	{ nom: 'partie-action-communautaire', chemin: urls.partie('action-communautaire') },
	{
		nom: 'chapitre-lien-social',
		chemin: urls.chapitre('action-communautaire', 'lien-et-utilite-sociale'),
	},
	{ nom: 'fiche-caen-rcp-psy', chemin: urls.fiche('caen-rcp-psy') },
	{
		nom: 'fiche-rennes-arts-et-soins',
		chemin: urls.fiche('rennes-arts-et-soins-en-mouvement'),
	},
	{ nom: 'fiche-brouillon-amiens', chemin: urls.fiche('amiens-matinales-sante-mentale') },
	{ nom: 'fiches', chemin: urls.fiches() },
	{ nom: 'villes', chemin: urls.villes() },
	{ nom: 'ville-caen', chemin: urls.ville('Caen') },
	{ nom: 'determinants', chemin: urls.determinants() },
	{
		nom: 'recherche-texte',
		chemin: `${urls.recherche()}?q=logement`,
		attendre: '[data-results] li',
	},
	{
		nom: 'recherche-filtre',
		chemin: `${urls.recherche()}?determinant=lien-social`,
		attendre: '[data-results] li',
	},
	{ nom: 'donnees', chemin: '/donnees/' },
];

export const CAPTURE_WIDTHS = [375, 1280] as const;
export const CAPTURE_SCHEMES = ['light', 'dark'] as const;

/** `fiche-caen-rcp-psy-375-sombre.png` */
export function captureFileName(
	nom: string,
	width: number,
	scheme: (typeof CAPTURE_SCHEMES)[number],
): string {
	return `${nom}-${width}-${scheme === 'light' ? 'clair' : 'sombre'}.png`;
}
