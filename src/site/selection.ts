/**
 * « Ma sélection »: the sheets a reader keeps in their browser to print together. Pure
 * functions only (no DOM, no storage), shared by the buttons, the /selection/ page and its PDF,
 * and tested in isolation.
 */

/** A chosen sheet as the browser stores it: enough to name it even once it left the guide. */
export interface SelectionItem {
	id: string;
	titre: string;
	ville: string;
}

/** A sheet of the guide as /selection/ knows it (`urls.selectionCatalogue()`). */
export interface CatalogueFiche extends SelectionItem {
	/** Page of the sheet on the site. */
	url: string;
	/** Its prebuilt PDF and page count; absent when the PDFs were not built. */
	pdf?: { url: string; pages: number };
}

export interface Catalogue {
	fiches: CatalogueFiche[];
}

/** The key under which the browser keeps the selection. */
export const STORAGE_KEY = 'rfvs-selection';

const isItem = (value: unknown): value is SelectionItem =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as SelectionItem).id === 'string' &&
	typeof (value as SelectionItem).titre === 'string' &&
	typeof (value as SelectionItem).ville === 'string';

/**
 * Reads a stored selection. Whatever another version of the site or a hand edit left there,
 * the reader gets a list: what cannot be read is dropped, never thrown, and each sheet once.
 */
export function parseSelection(stored: string | null): SelectionItem[] {
	if (!stored) return [];
	let value: unknown;
	try {
		value = JSON.parse(stored);
	} catch {
		return [];
	}
	if (!Array.isArray(value)) return [];
	const seen = new Set<string>();
	const items: SelectionItem[] = [];
	for (const entry of value) {
		if (!isItem(entry) || seen.has(entry.id)) continue;
		seen.add(entry.id);
		items.push({ id: entry.id, titre: entry.titre, ville: entry.ville });
	}
	return items;
}

/** Adds a sheet at the end, or takes it out if it is already there. */
export function toggle(items: readonly SelectionItem[], item: SelectionItem): SelectionItem[] {
	return items.some((i) => i.id === item.id)
		? items.filter((i) => i.id !== item.id)
		: [...items, item];
}
