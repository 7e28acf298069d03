import { globSync } from 'node:fs';

/**
 * Every file of a built site, by its path from the site's root, `/`-separated and sorted
 * (`fiches/caen/index.html`). Node's own glob walks the folder; links are not followed.
 */
export function listFiles(dist: string): string[] {
	return globSync('**/*', { cwd: dist, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			`${entry.parentPath}/${entry.name}`.slice(dist.length + 1).replaceAll('\\', '/'),
		)
		.sort();
}

/** URL paths of every HTML page of a built site (`/fiches/une-fiche/`, `/404.html`). */
export function listPages(dist: string): string[] {
	return listFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file}`.replace(/\/index\.html$/, '/'))
		.sort();
}
