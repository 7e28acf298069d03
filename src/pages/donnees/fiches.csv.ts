import type { APIRoute } from 'astro';
import { getRecords } from '../../lib/exports';
import { toCsv } from '../../lib/open-data';

export const GET: APIRoute = async () =>
	new Response(toCsv(await getRecords()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
