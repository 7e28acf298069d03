/**
 * French elisions in a search query, read the way Pagefind's index read the text.
 *
 * Pagefind indexes a word joined by an apostrophe both whole, without the apostrophe, and by its
 * parts (« d’habitants » → `dhabitants`, `d`, `habitants`;
 * https://github.com/Pagefind/pagefind/pull/398). A query keeps the word whole, so « l’école »
 * looked up `lécole`, found in no sheet, and fell back to prefix matches on every page; and
 * « d’habitants » found only the four pages that wrote those exact two words. Dropping the
 * elided article from the query leaves the word the index holds on its own (`école`,
 * `habitants`), whichever apostrophe the reader's keyboard typed.
 */

/** Straight, typographic, modifier-letter and stray accent apostrophes: one letter for search. */
const APOSTROPHES = /['’‘ʼ`´]/gu;

/**
 * The elided words of French, at the start of a word: l’ d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’
 * lorsqu’ puisqu’. Only before a letter, and only at the start of a word, so « aujourd’hui » and
 * « presqu’île » stay whole, as the index holds them.
 */
const ELISION = /(?<![\p{L}\p{N}])(?:jusqu|lorsqu|puisqu|qu|[cdjlmnst])'(?=\p{L})/giu;

/** The query Pagefind should search for what the reader typed. */
export function normalizeQuery(query: string): string {
	return query.replace(APOSTROPHES, "'").replace(ELISION, '').replace(/\s+/g, ' ').trim();
}
