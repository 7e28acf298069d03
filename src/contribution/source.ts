import type { FicheData } from '../schemas/fiche.ts';
import type { Entry } from '../schemas/entry.ts';

/** A published sheet as the online form reads it to propose an update. */
export interface FicheSource {
	id: string;
	data: Omit<FicheData, 'contact'> & { contact?: FicheData['contact'] };
	body: string;
}

/**
 * The sheet's frontmatter and body, the contact left out unless its owner agreed to publish it:
 * this file is served on the site like the page itself.
 */
export function publishableSource(fiche: Entry<FicheData>): FicheSource {
	const { contact, ...data } = fiche.data;
	return { id: fiche.id, data: contact?.public ? { ...data, contact } : data, body: fiche.body };
}
