import { fr } from '../i18n/fr';
import { FACETS, type Facet } from '../lib/search-facets';
import { villeCode } from '../lib/search-facets';

/** The parts of Pagefind's browser API this page uses (pagefind.js is served, not bundled). */
interface PagefindResult {
	id: string;
	data(): Promise<{
		url: string;
		excerpt: string;
		meta: Record<string, string | undefined>;
	}>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

// Ten results at a time: each one fetches its fragment of the index, the largest share of a
// query's bytes after the index itself (measured: 20 fragments, 51 KiB at 1,000 sheets).
const PAGE_SIZE = 10;

/** The search state, read from and written to the URL so a search can be shared and restored. */
interface State {
	q: string;
	selected: Map<Facet['name'], Set<string>>;
}

function readState(url: URL): State {
	const selected = new Map<Facet['name'], Set<string>>();
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

function toPagefindFilters(
	state: State,
	labels: Map<string, string>,
): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const [name, codes] of state.selected) {
		const any = [...codes].map((code) => labels.get(`${name}:${code}`) ?? code);
		if (any.length) filters[name] = { any };
	}
	return filters;
}

export async function startSearch(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
	const input = document.querySelector<HTMLInputElement>('#q');
	const status = document.querySelector<HTMLElement>('[data-status]');
	const list = document.querySelector<HTMLOListElement>('[data-results]');
	const more = document.querySelector<HTMLButtonElement>('[data-more]');
	const clear = document.querySelector<HTMLButtonElement>('[data-clear]');
	if (!form || !input || !status || !list || !more || !clear) return;
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
	for (const facet of FACETS) {
		for (const value of facetValues(facet, allFilters[facet.name] ?? {}))
			labels.set(`${facet.name}:${value.code}`, value.label);
	}

	let state = readState(new URL(location.href));
	input.value = state.q;
	let results: PagefindResult[] = [];
	let shown = 0;
	let run = 0;

	const renderFacets = (counts: Record<string, Record<string, number>>) => {
		for (const facet of FACETS) {
			const container = form.querySelector<HTMLUListElement>(
				`[data-facet="${facet.name}"] [data-facet-values]`,
			);
			if (!container) continue;
			const selected = state.selected.get(facet.name) ?? new Set<string>();
			// Values absent from the current results are hidden, unless the reader ticked them.
			const values = facetValues(facet, allFilters[facet.name] ?? {}).filter(
				(v) => (counts[facet.name]?.[v.label] ?? 0) > 0 || selected.has(v.code),
			);
			container.replaceChildren(
				...values.map((value) => {
					const item = document.createElement('li');
					const label = document.createElement('label');
					const box = document.createElement('input');
					box.type = 'checkbox';
					box.name = facet.name;
					box.value = value.code;
					box.checked = selected.has(value.code);
					const text = document.createElement('span');
					text.textContent = value.label;
					const count = document.createElement('span');
					count.className = 'count';
					count.textContent = String(counts[facet.name]?.[value.label] ?? 0);
					label.append(box, text, count);
					item.append(label);
					return item;
				}),
			);
		}
	};

	const renderMore = async () => {
		const slice = results.slice(shown, shown + PAGE_SIZE);
		const items = await Promise.all(
			slice.map(async (result) => {
				const data = await result.data();
				const item = document.createElement('li');
				const heading = document.createElement('h2');
				const link = document.createElement('a');
				link.href = state.q ? `${data.url}?highlight=${encodeURIComponent(state.q)}` : data.url;
				link.textContent = data.meta['title'] ?? data.url;
				heading.append(link);
				const meta = document.createElement('p');
				meta.className = 'meta';
				meta.textContent = [data.meta['ville'], data.meta['partie'], data.meta['date']]
					.filter(Boolean)
					.join(' · ');
				const excerpt = document.createElement('p');
				excerpt.className = 'excerpt';
				// Pagefind's excerpt is the page's own text with <mark> around matches.
				excerpt.innerHTML = data.excerpt;
				item.append(heading, meta, excerpt);
				return item;
			}),
		);
		list.append(...items);
		shown += slice.length;
		more.hidden = shown >= results.length;
	};

	const update = async () => {
		const current = ++run;
		const filters = toPagefindFilters(state, labels);
		const search = await pagefind.search(state.q || null, {
			filters,
			...(state.q ? {} : { sort: { date: 'desc' } }),
		});
		if (!search || current !== run) return;
		results = search.results;
		shown = 0;
		list.replaceChildren();
		renderFacets(search.filters);
		await renderMore();
		// Announced last, once the list is in place, so screen readers and tests see both together.
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
		const name = box.name as Facet['name'];
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
		commit(true);
	});
	more.addEventListener('click', () => void renderMore());
	window.addEventListener('popstate', () => {
		state = readState(new URL(location.href));
		input.value = state.q;
		void update();
	});
	await update();
}
