import type { Fiche } from '../../src/model/book.ts';
import type { FicheData } from '../../src/schemas/fiche.ts';

/** A valid sheet for unit tests: defaults for every required field, overridden as needed. */
export function fiche(id: string, data: Partial<FicheData> & Pick<FicheData, 'partie'>): Fiche {
	return {
		id,
		file: `content/fiches/${id}.md`,
		body: '',
		data: {
			titre: `Titre ${id}`,
			ville: 'Caen',
			date: '2023-05-25',
			resume: 'Résumé.',
			types: ['gouvernance'],
			determinants: ['logement'],
			qpv: false,
			statut: 'publie',
			...data,
		},
	};
}
