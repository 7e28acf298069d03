/**
 * The figures the charts draw, read from the book model only, so the charts count exactly the
 * sheets the site publishes (drafts left out when the site leaves them out).
 */
import { fr } from '../i18n/fr.ts';
import { PARTIES_THEMATIQUES, type Partie } from '../schemas/vocabulary.ts';
import { determinants, type Book } from '../model/book.ts';
import { urls } from '../model/urls.ts';
import type { BarDatum } from './bars.ts';

/** Sheets per part of the book, parts 1-6 in order, each in its part's colour. */
export function fichesParPartie(book: Book): BarDatum[] {
	return book.parties
		.filter((p) => p.meta.numero > 0)
		.map((p) => ({
			label: `${fr.partie.numero(p.meta.numero)} · ${p.meta.titre}`,
			value: p.fiches.length,
			href: p.url,
			partie: p.meta.numero,
		}));
}

/** Sheets per determinant, in the form's order: the order readers know from the sheets. */
export function fichesParDeterminant(book: Book): BarDatum[] {
	return determinants(book).map((g) => ({
		label: g.label,
		value: g.fiches.length,
		...(g.fiches.length > 0 ? { href: urls.determinant(g.slug) } : {}),
	}));
}

export interface MatrixCell {
	partie: Partie;
	count: number;
	/** Shade step, 0 for an empty cell up to `SHADE_LEVELS` for the fullest. */
	level: number;
}

export interface MatrixRow {
	label: string;
	href: string | undefined;
	total: number;
	cells: MatrixCell[];
}

export const SHADE_LEVELS = 4;

/**
 * The shade step of a count: equal steps of the largest count, so the darkest cells are the
 * fullest ones whatever the size of the corpus, and any non-empty cell is at least step 1.
 */
export function shadeLevel(count: number, max: number, levels = SHADE_LEVELS): number {
	if (count <= 0 || max <= 0) return 0;
	return Math.max(1, Math.ceil((count / max) * levels));
}

/** Determinants × parts: how many sheets of each part act on each determinant. */
export function determinantMatrix(book: Book): MatrixRow[] {
	const groups = determinants(book);
	const counts = groups.map((g) =>
		PARTIES_THEMATIQUES.map((p) => g.fiches.filter((f) => f.data.partie === p.numero).length),
	);
	const max = Math.max(0, ...counts.flat());
	return groups.map((g, row) => ({
		label: g.label,
		href: g.fiches.length > 0 ? urls.determinant(g.slug) : undefined,
		total: g.fiches.length,
		cells: PARTIES_THEMATIQUES.map((partie, column) => {
			const count = counts[row]![column]!;
			return { partie, count, level: shadeLevel(count, max) };
		}),
	}));
}
