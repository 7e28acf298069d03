/**
 * French elisions and the commonest little words in a search query, read the way Pagefind's
 * index read the text.
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

/**
 * Articles, prepositions and conjunctions that every sheet holds many times. Pagefind returns the
 * pages that hold every word of a query, so one of these narrows nothing, yet it costs the reader
 * the whole index chunk of a word found on every page: at 5,000 sheets, « santé mentale des
 * jeunes » downloaded 797 KiB, and 576 KiB without « des ».
 */
const STOP_WORDS = new Set([
	'à',
	'au',
	'aux',
	'de',
	'des',
	'du',
	'en',
	'et',
	'la',
	'le',
	'les',
	'ou',
	'un',
	'une',
]);

/**
 * The query Pagefind should search for what the reader typed: elided articles and words of
 * `STOP_WORDS` left out, unless nothing else is left (« de »).
 */
export function normalizeQuery(query: string): string {
	const words = query
		.replace(APOSTROPHES, "'")
		.replace(ELISION, '')
		.split(/\s+/)
		.filter((word) => word !== '');
	const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLocaleLowerCase('fr')));
	return (meaningful.length ? meaningful : words).join(' ');
}
