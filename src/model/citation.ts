import { fr } from '../i18n/fr';
import type { FicheData } from '../schemas/fiche.ts';
import { formatDate } from './text/typography.ts';

/** A ready-to-paste French citation of a sheet, with its permanent address. */
export function citeFiche(data: Pick<FicheData, 'ville' | 'titre' | 'date'>, url: string): string {
	return (
		`${data.ville}, « ${data.titre} », fiche-action (${formatDate(data.date)}), dans ` +
		`${fr.site.editeur}, ${fr.site.titre}. ${fr.site.sousTitre}, 2025. ${url}`
	);
}
