import type { APIRoute } from 'astro';
import { siteFontCharacters } from '../../site/font-characters.ts';
import { urls } from '../../model/urls';
import { unicodeRange } from '../../site/web-font.ts';
import { PARTIES } from '../../schemas/vocabulary';

/**
 * Styles drawn from the content model, generated rather than written in global.css:
 * - part colours from the vocabulary, so markup sets `data-partie="3"` instead of inline `style`
 *   attributes (which the Content-Security-Policy forbids);
 * - the face of the web font, which the build makes (src/site/web-font.ts) and Vite cannot see.
 *   Variable files serve every weight; text shows at once in the system face and switches
 *   when the font arrives. Two faces of one family, split by `unicode-range`: the browser fetches
 *   the complement only for a page that shows one of its characters.
 */
const fontFace = (url: string, characters: string) =>
	`@font-face{font-family:'Source Sans 3';src:url('${url}') format('woff2');font-weight:200 900;font-style:normal;font-display:swap;unicode-range:${unicodeRange(characters)}}`;

export const GET: APIRoute = async () => {
	const { core, complement } = await siteFontCharacters();
	return new Response(
		[
			fontFace(urls.police(), core),
			fontFace(urls.policeComplement(), complement),
			...PARTIES.map((p) => `[data-partie='${p.numero}']{--partie:${p.couleur}}`),
		].join('\n') + '\n',
		{ headers: { 'Content-Type': 'text/css; charset=utf-8' } },
	);
};
