import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** URL paths of every HTML page of a built site (`/fiches/caen-rcp-psy/`, `/404.html`). */
export function listPages(dist: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) {
				const url = `/${relative(dist, path).split(sep).join('/')}`;
				pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
			}
		}
	};
	walk(dist);
	return pages.sort();
}
