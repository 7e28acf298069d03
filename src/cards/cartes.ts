/**
 * What each card says, from the book model: the one place that maps a page to its card data and
 * its card's URL. Titles get French typography, as on the page they announce.
 */
import { fr } from '../i18n/fr.ts';
import type { Fiche } from '../model/book.ts';
import { frenchTypography } from '../model/text/typography.ts';
import { page } from '../model/urls.ts';
import type { Partie } from '../schemas/vocabulary.ts';
import type { CardData } from './card.ts';

/** The site's accent (`--accent`, src/styles/global.css): the home page belongs to no part. */
const ACCENT = '#1b3a5c';

export const cardUrls = {
	accueil: () => page('/cartes/accueil.png'),
	partie: (slug: string) => page(`/cartes/parties/${slug}.png`),
	fiche: (id: string) => page(`/cartes/fiches/${id}.png`),
} as const;

export function accueilCard(): CardData {
	return {
		kicker: fr.cartes.accueil,
		titre: fr.site.titre,
		couleur: ACCENT,
		livre: fr.site.sousTitre,
		editeur: fr.site.editeur,
	};
}

export function partieCard(partie: Partie): CardData {
	return {
		kicker: fr.partie.numero(partie.numero),
		titre: frenchTypography(partie.titre),
		couleur: partie.couleur,
		// The introduction has no number to show: its kicker already names it.
		numero: partie.numero > 0 ? partie.numero : undefined,
		livre: fr.site.titre,
		editeur: fr.site.editeur,
	};
}

export function ficheCard(fiche: Fiche, partie: Partie): CardData {
	return {
		kicker: fr.cartes.fiche(fr.partie.numero(partie.numero)),
		titre: frenchTypography(fiche.data.titre),
		ville: fiche.data.ville,
		couleur: partie.couleur,
		numero: partie.numero,
		livre: fr.site.titre,
		editeur: fr.site.editeur,
	};
}
