import { getCollection, type CollectionEntry } from 'astro:content';
import { config } from '../config.ts';
import { buildBook, type Book } from './book.ts';
import type { Entry } from '../schemas/entry.ts';

type Name = 'fiches' | 'parties' | 'chapitres';

function toEntry<Data>(entry: {
	id: string;
	filePath?: string | undefined;
	data: Data;
	body?: string | undefined;
}): Entry<Data> {
	return { id: entry.id, file: entry.filePath ?? '', data: entry.data, body: entry.body ?? '' };
}

let book: Promise<Book> | undefined;

/**
 * The book as the site sees it: the only place pages read collections from, so every page,
 * menu and previous/next link follows the same order as the PDF and the exports.
 */
export function getBook(): Promise<Book> {
	book ??= Promise.all([
		getCollection('fiches'),
		getCollection('parties'),
		getCollection('chapitres'),
	]).then(([fiches, parties, chapitres]) =>
		buildBook(
			{
				fiches: fiches.map((e) => toEntry(e)),
				parties: parties.map((e) => toEntry(e)),
				chapitres: chapitres.map((e) => toEntry(e)),
			},
			{ withoutDrafts: config.withoutDrafts },
		),
	);
	return book;
}

/** The collection entry behind a book entry, for `render()`. */
export async function getCollectionEntry<C extends Name>(
	collection: C,
	id: string,
): Promise<CollectionEntry<C>> {
	const entries = await getCollection(collection);
	const entry = entries.find((e) => e.id === id);
	if (!entry) throw new Error(`Entrée introuvable : ${collection}/${id}`);
	return entry;
}
