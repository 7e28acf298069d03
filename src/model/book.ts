import type { FicheData } from '../schemas/fiche.ts';
import type { ChapitreData, PartieData } from '../schemas/partie.ts';
import {
	DETERMINANTS,
	DETERMINANT_CODES,
	PARTIES,
	PUBLICS,
	TYPES,
	type DeterminantCode,
	type Partie,
	type PublicCode,
	type TypeCode,
} from '../schemas/vocabulary.ts';
import { stripControlCharacters, stripControlCharactersDeep } from './text/control-characters.ts';
import { NOT_PROSE, typeset } from './text/typography.ts';
import { slugify } from '../schemas/slug.ts';
import { urls } from './urls.ts';
import type { Entry } from '../schemas/entry.ts';

export type Fiche = Entry<FicheData>;
export type ChapitreEntry = Entry<ChapitreData>;
export type PartieEntry = Entry<PartieData>;

export interface BookChapitre {
	entry: ChapitreEntry;
	partie: Partie;
	fiches: Fiche[];
	url: string;
}

export interface BookPartie {
	meta: Partie;
	/** The part's text, when `content/parties/<slug>.md` exists (and is kept). */
	entry: PartieEntry | undefined;
	chapitres: BookChapitre[];
	/** Sheets of the part that belong to no chapter, in book order. */
	autresFiches: Fiche[];
	/** Every sheet of the part in book order: chapter by chapter, then the others. */
	fiches: Fiche[];
	url: string;
}

/** A page of the handbook in reading order, for previous/next links and the PDF. */
export type BookPage =
	| { kind: 'partie'; partie: BookPartie; titre: string; url: string }
	| { kind: 'chapitre'; chapitre: BookChapitre; titre: string; url: string }
	| { kind: 'fiche'; fiche: Fiche; partie: BookPartie; titre: string; url: string };

export interface Book {
	parties: BookPartie[];
	/** Every sheet in book order. */
	fiches: Fiche[];
	/** Every page in reading order: each part, then its chapters and their sheets. */
	pages: BookPage[];
}

export interface BookInput {
	fiches: readonly Fiche[];
	parties: readonly PartieEntry[];
	chapitres: readonly ChapitreEntry[];
}

export interface BookOptions {
	/** Leave out draft sheets and chapters, and the text of draft parts. */
	withoutDrafts?: boolean;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Book order inside a part or chapter: `ordre` first (unset last), then city, then title. */
export function compareFiches(a: Fiche, b: Fiche): number {
	const byOrdre = (a.data.ordre ?? Infinity) - (b.data.ordre ?? Infinity);
	if (byOrdre !== 0 && !Number.isNaN(byOrdre)) return byOrdre;
	return (
		collator.compare(a.data.ville, b.data.ville) ||
		collator.compare(a.data.titre, b.data.titre) ||
		a.id.localeCompare(b.id)
	);
}

/**
 * The one book order: parts by number, chapters by `ordre`, sheets by chapter then
 * `compareFiches`. The site's navigation, previous/next, the PDF and the exports all read it.
 */
export function buildBook(input: BookInput, options: BookOptions = {}): Book {
	const kept = <Data extends { statut: string }>(entry: Entry<Data>) =>
		!options.withoutDrafts || entry.data.statut !== 'brouillon';
	const chapitres = input.chapitres.filter(kept).map(typesetEntry);
	const fiches = input.fiches.filter(kept).map(typesetEntry);
	const partieEntries = input.parties.map(typesetEntry);

	const parties: BookPartie[] = PARTIES.map((meta) => {
		const entry = partieEntries.find((p) => p.data.numero === meta.numero);
		const url = urls.partie(meta.slug);
		const inPartie = fiches.filter((f) => f.data.partie === meta.numero).sort(compareFiches);
		const bookChapitres = chapitres
			.filter((c) => c.data.partie === meta.numero)
			.sort((a, b) => a.data.ordre - b.data.ordre)
			.map((c) => ({
				entry: c,
				partie: meta,
				fiches: inPartie.filter((f) => f.data.chapitre === c.id),
				url: urls.chapitre(meta.slug, c.id),
			}));
		const chapitreIds = new Set(bookChapitres.map((c) => c.entry.id));
		const autresFiches = inPartie.filter(
			(f) => !f.data.chapitre || !chapitreIds.has(f.data.chapitre),
		);
		return {
			meta,
			entry: entry && kept(entry) ? entry : undefined,
			chapitres: bookChapitres,
			autresFiches,
			fiches: [...bookChapitres.flatMap((c) => c.fiches), ...autresFiches],
			url,
		};
	});

	const pages: BookPage[] = [];
	for (const partie of parties) {
		pages.push({ kind: 'partie', partie, titre: partie.meta.titre, url: partie.url });
		for (const chapitre of partie.chapitres) {
			pages.push({
				kind: 'chapitre',
				chapitre,
				titre: chapitre.entry.data.titre,
				url: chapitre.url,
			});
			for (const fiche of chapitre.fiches) pages.push(fichePage(fiche, partie));
		}
		for (const fiche of partie.autresFiches) pages.push(fichePage(fiche, partie));
	}
	return { parties, fiches: parties.flatMap((p) => p.fiches), pages };
}

/**
 * The entry with French typography in every prose value of its frontmatter (not codes, dates,
 * addresses), so the site, the PDF, the cards and the exports show the same typeset text even when
 * a contributor's file was not run through `npm run fix`. The Markdown body is typeset where it is
 * rendered.
 */
/**
 * An entry as every output reads it: typeset, and without control characters in any value or in
 * the body. The validator refuses them; this is the second lock, in the one place the site's
 * titles and meta tags, the PDFs and the open data all read from. Lines are kept (separators
 * become spaces), so the PDF's errors still point at the right line.
 */
function typesetEntry<Data>(entry: Entry<Data>): Entry<Data> {
	return {
		...entry,
		data: typeset(stripControlCharactersDeep(entry.data), NOT_PROSE) as Data,
		body: stripControlCharacters(entry.body),
	};
}

function fichePage(fiche: Fiche, partie: BookPartie): BookPage {
	return { kind: 'fiche', fiche, partie, titre: fiche.data.titre, url: urls.fiche(fiche.id) };
}

/** The pages before and after `url` in reading order. */
export function neighbours(book: Book, url: string): { prev?: BookPage; next?: BookPage } {
	const index = book.pages.findIndex((p) => p.url === url);
	if (index === -1) return {};
	const prev = book.pages[index - 1];
	const next = book.pages[index + 1];
	return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

export function partieOf(book: Book, fiche: Fiche): BookPartie {
	return book.parties.find((p) => p.meta.numero === fiche.data.partie)!;
}

export function chapitreOf(book: Book, fiche: Fiche): BookChapitre | undefined {
	return partieOf(book, fiche).chapitres.find((c) => c.entry.id === fiche.data.chapitre);
}

export interface Group<Key> {
	key: Key;
	label: string;
	slug: string;
	fiches: Fiche[];
}

/** Cities with their sheets, alphabetical; each city's sheets in book order. */
export function villes(book: Book): Group<string>[] {
	const groups = new Map<string, Group<string>>();
	for (const fiche of book.fiches) {
		const slug = slugify(fiche.data.ville);
		const group = groups.get(slug) ?? {
			key: fiche.data.ville,
			label: fiche.data.ville,
			slug,
			fiches: [],
		};
		group.fiches.push(fiche);
		groups.set(slug, group);
	}
	return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label));
}

/** Every determinant of the form, in the form's order, with its sheets (possibly none). */
export function determinants(book: Book): Group<DeterminantCode>[] {
	return DETERMINANTS.map((d) => ({
		key: d.code,
		label: d.label,
		slug: d.code,
		fiches: book.fiches.filter((f) => f.data.determinants.includes(d.code)),
	}));
}

/** Every project type of the form, in the form's order, with its sheets. */
export function types(book: Book): Group<TypeCode>[] {
	return TYPES.map((t) => ({
		key: t.code,
		label: t.label,
		slug: t.code,
		fiches: book.fiches.filter((f) => f.data.types.includes(t.code)),
	}));
}

/** Every target public of the vocabulary, in its order, with the sheets that name it. */
export function publics(book: Book): Group<PublicCode>[] {
	return PUBLICS.map((p) => ({
		key: p.code,
		label: p.label,
		slug: p.code,
		fiches: book.fiches.filter((f) => f.data.publics?.includes(p.code)),
	}));
}

/** The book's sheets as numbers: each one's determinants as bits, its part, its place. */
interface SheetBits {
	determinants: Uint32Array;
	parties: Int8Array;
	index: Map<string, number>;
}

const sheetBits = new WeakMap<Book, SheetBits>();
// The vocabulary's 18 determinants fit in one 32-bit word.
const DETERMINANT_BIT = new Map(DETERMINANT_CODES.map((code, i) => [code as string, 1 << i]));

function determinantBits(fiche: Fiche): number {
	let bits = 0;
	for (const d of fiche.data.determinants) bits |= DETERMINANT_BIT.get(d) ?? 0;
	return bits;
}

function bitsOf(book: Book): SheetBits {
	let bits = sheetBits.get(book);
	if (!bits) {
		bits = {
			determinants: Uint32Array.from(book.fiches, determinantBits),
			parties: Int8Array.from(book.fiches, (f) => f.data.partie),
			index: new Map(book.fiches.map((f, i) => [f.id, i])),
		};
		sheetBits.set(book, bits);
	}
	return bits;
}

function countBits(n: number): number {
	let count = 0;
	for (let rest = n; rest !== 0; rest &= rest - 1) count++;
	return count;
}

/**
 * Sheets sharing the most determinants with `fiche`: sheets of other parts first at equal
 * score (they show the reader another field of action), then book order.
 */
export function fichesProches(book: Book, fiche: Fiche, limit = 3): Fiche[] {
	// Every sheet page asks: over the book's sheets as bits, in one pass that keeps the best
	// `limit`. Scoring and sorting the sheets themselves cost 22 s of a 5,000-sheet build.
	const { determinants, parties, index } = bitsOf(book);
	const self = index.get(fiche.id) ?? -1;
	const mine = determinantBits(fiche);
	const best: { at: number; rank: number }[] = [];
	for (let at = 0; at < determinants.length; at++) {
		if (at === self) continue;
		const shared = countBits(determinants[at]! & mine);
		if (shared === 0) continue;
		// Shared determinants first, then another part: one number, since the second is 0 or 1.
		const rank = shared * 2 + (parties[at] !== fiche.data.partie ? 1 : 0);
		if (best.length === limit && rank <= best.at(-1)!.rank) continue;
		// After every sheet of the same rank: the earlier in the book comes first.
		let place = best.length;
		while (place > 0 && best[place - 1]!.rank < rank) place--;
		best.splice(place, 0, { at, rank });
		if (best.length > limit) best.pop();
	}
	return best.map((c) => book.fiches[c.at]!);
}

/**
 * At most `size` items around `index` (the current page), so menus stay the same weight whatever
 * the number of sheets: a part with 400 sheets lists 9 of them and links to the part page.
 */
export function windowAround<T>(items: readonly T[], index: number, size = 9): T[] {
	if (items.length <= size) return [...items];
	const half = Math.floor(size / 2);
	const start = Math.min(Math.max(0, index - half), items.length - size);
	return items.slice(start, start + size);
}
