import type { APIRoute } from 'astro';
import { config } from '../../config.ts';
import { fr } from '../../i18n/fr.ts';
import { getBook } from '../../lib/collections.ts';
import { fontCharacters, textsOf, webFont } from '../../lib/web-font.ts';
import * as vocabulary from '../../schemas/vocabulary.ts';

/**
 * The web font, with the glyphs of everything the site shows (see src/lib/web-font.ts): the
 * settings too, since the legal pages show the contact address, the host and the director.
 */
export const GET: APIRoute = async () => {
	const characters = fontCharacters(textsOf([await getBook(), fr, vocabulary, config]));
	return new Response(new Uint8Array(await webFont(characters)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
};
