/**
 * The selection in the browser's localStorage, shared by the buttons of every page, the search
 * results and /selection/. Kept small: every page loads it.
 */
import { parseSelection, STORAGE_KEY, toggle, type SelectionItem } from '../site/selection.ts';

/** Fired on `document` after every change made in this tab. */
export const CHANGE_EVENT = 'rfvs-selection';

/** The stored selection, or null when the browser keeps nothing (storage disabled or full). */
export function readSelection(): SelectionItem[] | null {
	try {
		return parseSelection(localStorage.getItem(STORAGE_KEY));
	} catch {
		return null;
	}
}

export function writeSelection(items: readonly SelectionItem[]): boolean {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
	} catch {
		return false;
	}
	document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
	return true;
}

/** Adds the sheet, or takes it out; returns whether it is now in the selection. */
export function toggleSelection(item: SelectionItem): boolean | null {
	const items = readSelection();
	if (!items) return null;
	const next = toggle(items, item);
	if (!writeSelection(next)) return null;
	return next.some((i) => i.id === item.id);
}
