import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleName, linkOneStylesheet, stylesheetLinks } from '../site/page-stylesheets.ts';
import { timed } from '../build/timing.ts';

/**
 * After the build, gives each page one stylesheet (see src/site/page-stylesheets.ts). `base` is
 * the site's base path, which every link starts with.
 */
export function pageStylesheets(base = '/'): AstroIntegration {
	return {
		name: 'rfvs-page-stylesheets',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await timed('feuilles de style par page', () => bundle(fileURLToPath(dir), base));
			},
		},
	};
}

function bundle(outDir: string, base: string): void {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const file = (href: string) => join(outDir, ...href.slice(prefix.length).split('/'));
	const bundles = new Map<string, string>();
	for (const page of globSync('**/*.html', { cwd: outDir })) {
		const path = join(outDir, page);
		const html = readFileSync(path, 'utf8');
		const links = stylesheetLinks(html);
		if (links.length < 2) continue;
		const key = links.join('\n');
		let href = bundles.get(key);
		if (!href) {
			const css = links.map((link) => readFileSync(file(link), 'utf8').trimEnd()).join('\n');
			const name = bundleName(css);
			writeFileSync(join(outDir, '_astro', name), `${css}\n`);
			href = `${prefix}_astro/${name}`;
			bundles.set(key, href);
		}
		writeFileSync(path, linkOneStylesheet(html, href));
	}
}
