import type { APIRoute } from 'astro';
import { config } from '../../config';
import { fr } from '../../i18n/fr';
import { getRecords } from '../../open-data/exports';
import { openDataDocument } from '../../open-data/records';

export const GET: APIRoute = async () =>
	new Response(
		JSON.stringify(
			openDataDocument(await getRecords(), {
				titre: fr.site.titre,
				editeur: fr.site.editeur,
				home: config.home,
				licence: config.dataLicence,
			}),
			null,
			'\t',
		),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
