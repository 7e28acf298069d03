import type { APIRoute } from 'astro';
import { ficheJsonSchema } from '../../open-data/json-schema';

/** The same schema as `schemas/fiche.schema.json`, published beside the data it describes. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(ficheJsonSchema(), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
