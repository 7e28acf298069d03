import type { Fiche } from '../../../src/model/book.ts';
import { ficheSchema, type FicheInput } from '../../../src/schemas/fiche.ts';

/** A valid sheet built in memory, for tests that bypass the content folder. */
export function makeFiche(id: string, data: Partial<FicheInput> = {}, body?: string): Fiche {
	return {
		id,
		file: `content/fiches/${id}.md`,
		data: ficheSchema.parse({
			titre: `Action de test ${id}`,
			ville: 'Villeneuve',
			date: '2024-03-15',
			partie: 1,
			resume: 'Une action inventée pour les tests.',
			types: ['gouvernance'],
			determinants: ['logement'],
			...data,
		}),
		body:
			body ??
			'## Contexte\n\nUn contexte.\n\n## Objectifs\n\nDes objectifs.\n\n## Déroulé\n\nUn déroulé.\n',
	};
}
