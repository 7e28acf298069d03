/**
 * « Ajouter à ma sélection » on every page: shows the buttons and the header's counter (both
 * hidden in the HTML, so a browser without JavaScript shows neither), keeps their labels true
 * to the stored selection, and announces each change. One listener on the document serves the
 * buttons of the page and those the search adds later (they ask for a refresh with
 * `CHANGE_EVENT`). Every page loads this: keep it small.
 */
import { CHANGE_EVENT, readSelection, toggleSelection } from './selection-store.ts';

const all = <T extends HTMLElement>(selector: string) => document.querySelectorAll<T>(selector);

function sync(): void {
	const items = readSelection();
	// No storage (disabled by the reader): the feature stays out of sight.
	if (!items) return;
	const ids = new Set(items.map((i) => i.id));
	for (const button of all<HTMLButtonElement>('[data-selection-toggle]')) {
		const [add, remove] = (button.dataset['labels'] ?? '').split('|');
		const label = button.querySelector('[data-label]');
		if (label) label.textContent = (ids.has(button.dataset['id'] ?? '') ? remove : add) ?? '';
		button.hidden = false;
	}
	for (const count of all('[data-selection-count]')) count.textContent = String(items.length);
	for (const link of all('[data-selection-link]')) link.hidden = false;
}

document.addEventListener('click', (event) => {
	const button = (event.target as Element | null)?.closest<HTMLElement>('[data-selection-toggle]');
	if (!button) return;
	const { id = '', titre = '', ville = '' } = button.dataset;
	const added = toggleSelection({ id, titre, ville });
	if (added === null) return;
	// The button keeps the focus; the message names the sheet and the new count.
	const status = document.querySelector<HTMLElement>('[data-selection-status]');
	const message = status?.dataset[added ? 'added' : 'removed'];
	if (status && message)
		status.textContent = message
			.replace('{titre}', titre)
			.replace('{n}', String(readSelection()?.length ?? 0));
});
document.addEventListener(CHANGE_EVENT, sync);
addEventListener('storage', sync);
sync();
