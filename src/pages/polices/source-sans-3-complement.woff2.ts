import type { APIRoute } from 'astro';
import { siteFontCharacters } from '../../site/font-characters.ts';
import { webFont } from '../../site/web-font.ts';

/** The web font's rarer characters, fetched only when a page shows one (src/site/web-font.ts). */
export const GET: APIRoute = async () => {
	const { complement } = await siteFontCharacters();
	return new Response(new Uint8Array(await webFont(complement)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
};
