import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { config } from '../../config';
import { getBook } from '../../model/collections';
import type { ContributionContext } from '../../contribution/check';

/**
 * What the online form needs to validate a sheet like `npm run validate` does: the existing
 * sheets' titles and cities, the chapters and the media files (src/contribution/check.ts).
 */
export const GET: APIRoute = async () => {
	const book = await getBook();
	const medias = join(config.contentDir, 'medias');
	const context: ContributionContext = {
		fiches: book.fiches.map((f) => ({ id: f.id, titre: f.data.titre, ville: f.data.ville })),
		chapitres: book.parties.flatMap((p) =>
			p.chapitres.map(({ entry }) => ({
				id: entry.id,
				titre: entry.data.titre,
				partie: entry.data.partie,
				ordre: entry.data.ordre,
				resume: entry.data.resume,
			})),
		),
		medias: existsSync(medias) ? readdirSync(medias).map((name) => `content/medias/${name}`) : [],
	};
	return new Response(JSON.stringify(context), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
