import { config } from '../config.ts';
import { fr } from '../i18n/fr.ts';
import * as vocabulary from '../schemas/vocabulary.ts';
import { getBook } from '../model/collections.ts';
import { splitCharacters, textsOf } from './web-font.ts';

/**
 * The characters of the site's two font files: everything the site shows, the settings too,
 * since the legal pages show the contact address, the host and the director.
 */
export function siteFontCharacters(): Promise<{ core: string; complement: string }> {
	// Three outputs ask (the two font files and the style sheet naming their ranges): the whole
	// book is read once, as getBook builds it once.
	characters ??= getBook().then((book) => splitCharacters(textsOf([book, fr, vocabulary, config])));
	return characters;
}

let characters: Promise<{ core: string; complement: string }> | undefined;
