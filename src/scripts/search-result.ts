/**
 * One search result as a list item: what the sheet is (title, city, part, year, its summary),
 * then the passage that matched. The one place results are drawn, so features that decorate a
 * result (a « select » button, say) have a single function to extend.
 */
import { chooseExcerpt, type PagefindResultData } from '../search/excerpt';

/**
 * Pagefind's excerpt is the page's indexed text, unescaped (« & » stays « & »), with <mark>
 * around the matches: built as text and <mark> elements, never parsed as HTML.
 */
function marked(excerpt: string): (string | HTMLElement)[] {
	return excerpt.split(/<mark>(.*?)<\/mark>/s).map((part, i) => {
		if (i % 2 === 0) return part;
		const mark = document.createElement('mark');
		mark.textContent = part;
		return mark;
	});
}

/** A sheet's page, whatever the base path: `/guide/fiches/caen-x/` → `caen-x`. */
const FICHE_PATH = /\/fiches\/([^/]+)\/$/;

/**
 * « Ajouter à ma sélection » for a sheet in the results, cloned from the page's template
 * (src/components/fiche/SelectionButton.astro) and named after its sheet, since many share the
 * list. Hidden until src/scripts/selection-buttons.ts, told of the new buttons, shows them.
 */
function selectionButton(data: PagefindResultData): HTMLElement | undefined {
	const id = FICHE_PATH.exec(new URL(data.url, location.href).pathname)?.[1];
	const template = document.querySelector<HTMLTemplateElement>('template[data-selection-template]');
	const button = template?.content.firstElementChild?.cloneNode(true);
	if (!id || !(button instanceof HTMLElement)) return undefined;
	const titre = data.meta['title'] ?? id;
	Object.assign(button.dataset, { id, titre, ville: data.meta['ville'] ?? '' });
	const name = button.querySelector('[data-name]');
	if (name) name.textContent = `\u00a0: ${titre}`;
	return button;
}

export function renderResult(data: PagefindResultData, highlight: string): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = highlight ? `${data.url}?highlight=${encodeURIComponent(highlight)}` : data.url;
	link.textContent = data.meta['title'] ?? data.url;
	heading.append(link);
	item.append(heading);

	const facts = [data.meta['ville'], data.meta['partie'], data.meta['annee']].filter(Boolean);
	if (facts.length) {
		const meta = document.createElement('p');
		meta.className = 'meta';
		meta.textContent = facts.join(' · ');
		item.append(meta);
	}
	const resume = data.meta['resume'];
	if (resume) {
		const summary = document.createElement('p');
		summary.className = 'resume';
		summary.textContent = resume;
		item.append(summary);
	}
	// Without search terms the excerpt is only the page's first words: the summary says more.
	const passage = highlight ? chooseExcerpt(data) : undefined;
	if (passage) {
		const excerpt = document.createElement('p');
		excerpt.className = 'excerpt';
		if (passage.section) {
			const section = document.createElement('span');
			section.className = 'section';
			section.textContent = `${passage.section}\u00a0: `;
			excerpt.append(section);
		}
		excerpt.append('…\u00a0', ...marked(passage.excerpt), '\u00a0…');
		item.append(excerpt);
	}
	const button = selectionButton(data);
	if (button) item.append(button);
	return item;
}
