import type { APIRoute } from 'astro';
import { urls } from '../../lib/urls';
import { PARTIES } from '../../schemas/vocabulary';

/**
 * Styles drawn from the content model, generated rather than written in global.css:
 * - part colours from the vocabulary, so markup sets `data-partie="3"` instead of inline `style`
 *   attributes (which the Content-Security-Policy forbids);
 * - the face of the web font, which the build makes (src/lib/web-font.ts) and Vite cannot see.
 *   One variable file serves every weight; text shows at once in the system face and switches
 *   when the font arrives.
 */
const FONT_FACE = `@font-face{font-family:'Source Sans 3';src:url('${urls.police()}') format('woff2');font-weight:200 900;font-style:normal;font-display:swap}`;

export const GET: APIRoute = () =>
	new Response(
		[FONT_FACE, ...PARTIES.map((p) => `[data-partie='${p.numero}']{--partie:${p.couleur}}`)].join(
			'\n',
		) + '\n',
		{ headers: { 'Content-Type': 'text/css; charset=utf-8' } },
	);
