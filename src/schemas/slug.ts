/**
 * The identifiers of the contract: a sheet's file name (its address) and a chapter's. Lowercase
 * ASCII letters and digits, words joined by single hyphens.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Latin text without its accents, the French ligatures spelled out: « Cœur » → « Coeur »,
 * « L’Haÿ » → « L’Hay », « Cæsar » → « Caesar ». Case and everything else are kept. The one
 * accent folding of the project: slugs, suggestions, duplicate checks and the Word importer
 * read it, so « Coeur » and « Cœur » are one word everywhere.
 */
export function foldAccents(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/œ/g, 'oe')
		.replace(/Œ/g, 'OE')
		.replace(/æ/g, 'ae')
		.replace(/Æ/g, 'AE');
}

/**
 * The slug of free text, such as a city name or a sheet's title: `Saint-Quentin-en-Yvelines` →
 * `saint-quentin-en-yvelines`, « Cœur » → `coeur`, « L’Haÿ-les-Roses » → `l-hay-les-roses`.
 * Always matches `SLUG_PATTERN`, or is empty when the text has no letter or digit.
 *
 * Written here rather than taken from github-slugger (already installed, for Markdown heading
 * ids): it keeps accented letters and ligatures (« Cœur » → `cœur`) and drops apostrophes
 * (`lhaÿ-les-roses`), while our addresses are plain ASCII words.
 */
export function slugify(value: string): string {
	return foldAccents(value)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
