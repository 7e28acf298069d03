/**
 * What /selection/ does with the selection: reorder, match against the guide, number the pages
 * of the assembled PDF, write the CSV. Pure functions; kept apart from `selection.ts`, which
 * every page loads, so that only /selection/ downloads them.
 */
import type { Catalogue, CatalogueFiche, SelectionItem } from './selection.ts';

/** Moves the sheet at `index` by `step` places (-1 up, +1 down); out of bounds, nothing moves. */
export function move<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
	const target = index + step;
	if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
	const copy = [...items];
	[copy[index], copy[target]] = [copy[target]!, copy[index]!];
	return copy;
}

/**
 * Splits the selection into the sheets the guide still has (with what it knows of them now)
 * and those it no longer has, which the page names before letting them go.
 */
export function reconcile(
	items: readonly SelectionItem[],
	catalogue: Catalogue,
): { found: CatalogueFiche[]; missing: SelectionItem[] } {
	const byId = new Map(catalogue.fiches.map((f) => [f.id, f]));
	const found: CatalogueFiche[] = [];
	const missing: SelectionItem[] = [];
	for (const item of items) {
		const fiche = byId.get(item.id);
		if (fiche) found.push(fiche);
		else missing.push(item);
	}
	return { found, missing };
}

/**
 * The first page of each sheet in the assembled PDF: the contents take `contentsPages` pages,
 * then the sheets follow one another in the reader's order.
 */
export function startPages(pageCounts: readonly number[], contentsPages: number): number[] {
	const starts: number[] = [];
	let next = contentsPages + 1;
	for (const pages of pageCounts) {
		starts.push(next);
		next += pages;
	}
	return starts;
}

/** Cuts a text into lines no wider than `width`, at spaces, by the given measure. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ').filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

function csvCell(value: string): string {
	return `"${value.replace(/\r?\n/g, ' ').replaceAll('"', '""')}"`;
}

export const SELECTION_CSV_HEADERS = ['ordre', 'ville', 'titre', 'adresse', 'pdf', 'pages'];

/**
 * The selection as a spreadsheet, in the same dialect as the open data: UTF-8 with a byte-order
 * mark, `;` between quoted cells, CRLF line ends. Addresses are absolute, from `origin`.
 */
export function selectionCsv(fiches: readonly CatalogueFiche[], origin: string): string {
	const rows = fiches.map((f, i) =>
		[
			String(i + 1),
			f.ville,
			f.titre,
			new URL(f.url, origin).href,
			f.pdf ? new URL(f.pdf.url, origin).href : '',
			f.pdf ? String(f.pdf.pages) : '',
		]
			.map(csvCell)
			.join(';'),
	);
	return `\uFEFF${[SELECTION_CSV_HEADERS.join(';'), ...rows].join('\r\n')}\r\n`;
}
