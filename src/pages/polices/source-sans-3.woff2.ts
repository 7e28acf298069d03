import type { APIRoute } from 'astro';
import { siteFontCharacters } from '../../site/font-characters.ts';
import { webFont } from '../../site/web-font.ts';

/** The web font's first file, which every page preloads (see src/site/web-font.ts). */
export const GET: APIRoute = async () => {
	const { core } = await siteFontCharacters();
	return new Response(new Uint8Array(await webFont(core)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
};
