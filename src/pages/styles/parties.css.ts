import type { APIRoute } from 'astro';
import { PARTIES } from '../../schemas/vocabulary';

/**
 * Part colours as a stylesheet generated from the vocabulary, so markup sets `data-partie="3"`
 * instead of inline `style` attributes (which the Content-Security-Policy forbids).
 */
export const GET: APIRoute = () =>
	new Response(
		PARTIES.map((p) => `[data-partie='${p.numero}']{--partie:${p.couleur}}`).join('\n') + '\n',
		{ headers: { 'Content-Type': 'text/css; charset=utf-8' } },
	);
