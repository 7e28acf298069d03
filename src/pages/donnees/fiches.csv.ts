import type { APIRoute } from 'astro';
import { getRecords } from '../../open-data/exports';
import { toCsv } from '../../open-data/records';

export const GET: APIRoute = async () =>
	new Response(toCsv(await getRecords()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
