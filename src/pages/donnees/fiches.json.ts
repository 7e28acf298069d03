import type { APIRoute } from 'astro';
import { getRecords } from '../../lib/exports';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getRecords(), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
