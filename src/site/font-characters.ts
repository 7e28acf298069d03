import { config } from '../config.ts';
import { fr } from '../i18n/fr.ts';
import * as vocabulary from '../schemas/vocabulary.ts';
import { getBook } from '../model/collections.ts';
import { splitCharacters, textsOf } from './web-font.ts';

/**
 * The characters of the site's two font files: everything the site shows, the settings too,
 * since the legal pages show the contact address, the host and the director.
 */
export async function siteFontCharacters(): Promise<{ core: string; complement: string }> {
	return splitCharacters(textsOf([await getBook(), fr, vocabulary, config]));
}
