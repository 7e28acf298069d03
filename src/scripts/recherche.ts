import { fr } from '../i18n/fr';
import {
	activeFacets,
	disjunctiveCounts,
	FACETS,
	pagefindFilters,
	villeCode,
	type Facet,
	type FacetCounts,
	type FacetName,
} from '../search/facets';
import { normalizeQuery } from '../search/query';
import type { PagefindResultData } from '../search/excerpt';
import { renderResult } from './search-result';
import { CHANGE_EVENT } from './selection-store';

/** The parts of Pagefind's browser API this page uses (pagefind.js is served, not bundled). */
interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: FacetCounts;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FacetCounts>;
	search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

// Ten results at a time: each one fetches its fragment of the index, the largest share of a
// query's bytes after the index itself (measured: 20 fragments, 51 KiB at 1,000 sheets).
const PAGE_SIZE = 10;
// A long list (cities, determinants) shows its first values and a button for the rest, rather
// than a box that scrolls inside the page.
const PREVIEW = 6;

/** The search state, read from and written to the URL so a search can be shared and restored. */
interface State {
	q: string;
	selected: Map<FacetName, Set<string>>;
}

function readState(url: URL): State {
	const selected = new Map<FacetName, Set<string>>();
	for (const facet of FACETS) {
		const values = url.searchParams.getAll(facet.name).filter(Boolean);
		if (values.length) selected.set(facet.name, new Set(values));
	}
	return { q: url.searchParams.get('q')?.trim() ?? '', selected };
}

function stateToUrl(state: State): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const facet of FACETS)
		for (const code of state.selected.get(facet.name) ?? []) params.append(facet.name, code);
	const query = params.toString();
	return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Facet values: the known vocabulary, or (cities, years) whatever the index holds. */
function facetValues(
	facet: Facet,
	available: Record<string, number>,
): { code: string; label: string }[] {
	if (facet.values.length) return facet.values;
	const labels = Object.keys(available).sort((a, b) =>
		facet.name === 'annee' ? b.localeCompare(a) : a.localeCompare(b, 'fr'),
	);
	return labels.map((label) => ({
		code: facet.name === 'ville' ? villeCode(label) : label,
		label,
	}));
}

/** One checkbox of a facet, built once and then only updated, so focus never leaves it. */
interface FacetValue {
	facet: FacetName;
	label: string;
	box: HTMLInputElement;
	count: HTMLElement;
	item: HTMLLIElement;
}

/** A facet's list: its values, and the « Afficher les N autres » button when it is long. */
interface FacetList {
	values: FacetValue[];
	toggle: HTMLButtonElement | undefined;
	expanded: boolean;
}

function buildFacet(
	form: HTMLFormElement,
	facet: Facet,
	values: { code: string; label: string }[],
): FacetList | undefined {
	const fieldset = form.querySelector<HTMLFieldSetElement>(`[data-facet="${facet.name}"]`);
	const container = fieldset?.querySelector<HTMLUListElement>('[data-facet-values]');
	if (!fieldset || !container) return undefined;
	// A facet the content does not use (no city, no year indexed) is left out altogether.
	fieldset.hidden = values.length === 0;
	const list: FacetList = {
		values: values.map((value) => {
			const item = document.createElement('li');
			const label = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = facet.name;
			box.value = value.code;
			const text = document.createElement('span');
			text.textContent = value.label;
			const count = document.createElement('span');
			count.className = 'count';
			label.append(box, text, count);
			item.append(label);
			return { facet: facet.name, label: value.label, box, count, item };
		}),
		toggle: undefined,
		expanded: false,
	};
	container.replaceChildren(...list.values.map((v) => v.item));
	if (values.length > PREVIEW + 1) {
		const toggle = document.createElement('button');
		toggle.type = 'button';
		toggle.className = 'more-values';
		toggle.setAttribute('aria-controls', container.id);
		fieldset.append(toggle);
		toggle.addEventListener('click', () => {
			list.expanded = !list.expanded;
			showPreview(list);
		});
		list.toggle = toggle;
	}
	return list;
}

/** Hides the values past the preview, except ticked ones, unless the reader asked for all. */
function showPreview(list: FacetList): void {
	if (!list.toggle) return;
	let hidden = 0;
	list.values.forEach((value, index) => {
		value.item.hidden = !list.expanded && index >= PREVIEW && !value.box.checked;
		if (value.item.hidden) hidden++;
	});
	list.toggle.setAttribute('aria-expanded', String(list.expanded));
	list.toggle.textContent = list.expanded
		? fr.recherche.afficherMoins
		: fr.recherche.afficherAutres(hidden);
	list.toggle.hidden = !list.expanded && hidden === 0;
}

export async function startSearch(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
	const input = document.querySelector<HTMLInputElement>('#q');
	const status = document.querySelector<HTMLElement>('[data-status]');
	const list = document.querySelector<HTMLOListElement>('[data-results]');
	const more = document.querySelector<HTMLButtonElement>('[data-more]');
	const clear = document.querySelector<HTMLButtonElement>('[data-clear]');
	const panel = document.querySelector<HTMLElement>('[data-facets]');
	const toggle = document.querySelector<HTMLButtonElement>('[data-filter-toggle]');
	const activeCount = document.querySelector<HTMLElement>('[data-active-count]');
	const close = document.querySelector<HTMLButtonElement>('[data-close-filters]');
	if (!form || !input || !status || !list || !more || !clear || !panel || !toggle || !activeCount)
		return;
	form.hidden = false;
	if (fallback) fallback.hidden = true;

	let pagefind: Pagefind;
	try {
		// A runtime path, so the bundler leaves Pagefind's own files alone.
		const path = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
		pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
		// The index lists pages from the built folder's root; results link under BASE_PATH.
		await pagefind.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
		await pagefind.init();
	} catch {
		status.textContent = fr.recherche.indisponible;
		return;
	}
	const allFilters = await pagefind.filters();
	const labels = new Map<string, string>();
	const facetLists = new Map<FacetName, FacetList>();
	for (const facet of FACETS) {
		const values = facetValues(facet, allFilters[facet.name] ?? {});
		for (const value of values) labels.set(`${facet.name}:${value.code}`, value.label);
		const built = buildFacet(form, facet, values);
		if (built) facetLists.set(facet.name, built);
	}
	const labelOf = (facet: FacetName, code: string) => labels.get(`${facet}:${code}`) ?? code;

	let state = readState(new URL(location.href));
	let results: PagefindResult[] = [];
	let shown = 0;
	let run = 0;

	/** Ticks the boxes the state names (on load and on back/forward), and previews the lists. */
	const syncInputs = () => {
		input.value = state.q;
		for (const [name, facetList] of facetLists) {
			const selected = state.selected.get(name);
			for (const value of facetList.values)
				value.box.checked = selected?.has(value.box.value) ?? false;
			showPreview(facetList);
		}
	};

	/** Counts and disabled states change in place: the inputs, and the focus, stay. */
	const updateFacets = (counts: FacetCounts) => {
		for (const facetList of facetLists.values()) {
			for (const value of facetList.values) {
				const n = counts[value.facet]?.[value.label] ?? 0;
				value.count.textContent = String(n);
				// A value at 0 stays in place so lists do not jump; a ticked one can always be unticked.
				value.box.disabled = n === 0 && !value.box.checked;
				value.item.classList.toggle('empty', value.box.disabled);
			}
		}
		const active = [...state.selected.values()].reduce((sum, codes) => sum + codes.size, 0);
		activeCount.textContent = active ? fr.recherche.filtresActifs(active) : '';
		activeCount.hidden = active === 0;
	};

	/**
	 * Draws the next page of results (or the first, replacing the list). A newer search may start
	 * while the fragments load: then this one draws nothing, so two searches never mix their lists.
	 */
	const renderPage = async (current: number, first: boolean): Promise<boolean> => {
		const from = first ? 0 : shown;
		const highlight = normalizeQuery(state.q);
		const items = await Promise.all(
			results
				.slice(from, from + PAGE_SIZE)
				.map(async (result) => renderResult(await result.data(), highlight)),
		);
		if (current !== run || (!first && from !== shown)) return false;
		if (first) list.replaceChildren(...items);
		else list.append(...items);
		// The new results' « Ajouter à ma sélection » buttons wait to be shown and labelled.
		document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
		shown = from + items.length;
		more.hidden = shown >= results.length;
		return true;
	};

	const update = async () => {
		const current = ++run;
		list.setAttribute('aria-busy', 'true');
		const term = normalizeQuery(state.q) || null;
		const search = (except?: FacetName) =>
			pagefind.search(term, {
				filters: pagefindFilters(state.selected, labelOf, except),
				...(term ? {} : { sort: { date: 'desc' } }),
			});
		// The results, and for each facet with ticked values the search that counts its alternatives.
		const active = activeFacets(state.selected);
		const [main, ...others] = await Promise.all([undefined, ...active].map(search));
		if (current !== run) return;
		if (!main) {
			list.removeAttribute('aria-busy');
			return;
		}
		const withoutOwn = new Map<FacetName, FacetCounts>();
		active.forEach((name, i) => withoutOwn.set(name, others[i]?.filters ?? {}));
		results = main.results;
		updateFacets(disjunctiveCounts(main.filters, withoutOwn));
		if (!(await renderPage(current, true))) return;
		list.removeAttribute('aria-busy');
		// Written once per change, last, so a screen reader hears the count of the list in place.
		status.textContent =
			results.length === 0
				? `${fr.recherche.resultats(0)}. ${fr.recherche.aucunResultat}`
				: fr.recherche.resultats(results.length);
	};

	const commit = (push: boolean) => {
		const url = stateToUrl(state);
		if (push) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		void update();
	};

	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => {
			state = { ...state, q: input.value.trim() };
			commit(false);
		}, 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		state = { ...state, q: input.value.trim() };
		commit(true);
	});
	form.addEventListener('change', (event) => {
		const box = event.target;
		if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
		const name = box.name as FacetName;
		const values = new Set(state.selected.get(name));
		if (box.checked) values.add(box.value);
		else values.delete(box.value);
		const selected = new Map(state.selected);
		if (values.size) selected.set(name, values);
		else selected.delete(name);
		state = { ...state, selected };
		commit(true);
	});
	clear.addEventListener('click', () => {
		state = { ...state, selected: new Map() };
		for (const facetList of facetLists.values())
			for (const value of facetList.values) value.box.checked = false;
		commit(true);
	});
	// On narrow screens the filters wait behind « Filtrer », so the results come first.
	const openFilters = (open: boolean) => {
		toggle.setAttribute('aria-expanded', String(open));
		panel.toggleAttribute('data-open', open);
	};
	toggle.addEventListener('click', () =>
		openFilters(toggle.getAttribute('aria-expanded') !== 'true'),
	);
	// Closing from the bottom of a long panel: the focus goes back to « Filtrer », just above the
	// results, rather than to a button that disappears.
	close?.addEventListener('click', () => {
		openFilters(false);
		toggle.focus();
	});
	// The new results take the focus: the button may go once the last page is shown.
	more.addEventListener('click', () => {
		const first = shown;
		void renderPage(run, false).then((drawn) => {
			if (drawn) list.children[first]?.querySelector('a')?.focus();
		});
	});
	window.addEventListener('popstate', () => {
		state = readState(new URL(location.href));
		syncInputs();
		void update();
	});
	syncInputs();
	await update();
}
