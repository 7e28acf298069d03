/** Which passage of a page a search result shows, from what Pagefind returns for it. */

/** What Pagefind returns for one page (`result.data()`), as far as the search page reads it. */
export interface PagefindResultData {
	url: string;
	/** The page's best passage: indexed text, with <mark> around the matches. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	/** One per section of the page (from its headings with an id), the page's top first. */
	sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}

/** Text of an excerpt without its <mark> tags. */
const plain = (excerpt: string) => excerpt.replace(/<\/?mark>/g, '');

/**
 * The passage to show under the summary: from the section of the sheet that matches the most
 * (« Objectifs », « Déroulé »…), named; else the page's own excerpt, unless it only repeats the
 * summary shown just above (a sheet's summary opens its indexed text).
 */
export function chooseExcerpt(
	data: PagefindResultData,
): { section: string | undefined; excerpt: string } | undefined {
	let best: PagefindResultData['sub_results'][number] | undefined;
	for (const sub of data.sub_results) {
		if (!sub.url.includes('#') || !sub.excerpt.includes('<mark>')) continue;
		if (!best || sub.locations.length > best.locations.length) best = sub;
	}
	if (best) return { section: best.title, excerpt: best.excerpt };
	if (!data.excerpt.includes('<mark>')) return undefined;
	const resume = data.meta['resume'];
	// The excerpt may start with the title's last words: compare from its second word on.
	const text = plain(data.excerpt).replace(/[\s.,;:!?…]+$/u, '');
	if (resume?.includes(text.slice(text.indexOf(' ') + 1))) return undefined;
	return { section: undefined, excerpt: data.excerpt };
}
