import type { APIRoute } from 'astro';
import { fr } from '../../i18n/fr.ts';
import { getBook } from '../../lib/collections.ts';
import { fontCharacters, textsOf, webFont } from '../../lib/web-font.ts';
import * as vocabulary from '../../schemas/vocabulary.ts';

/** The web font, with the glyphs of everything the site shows (see src/lib/web-font.ts). */
export const GET: APIRoute = async () => {
	const characters = fontCharacters(textsOf([await getBook(), fr, vocabulary]));
	return new Response(new Uint8Array(await webFont(characters)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
};
