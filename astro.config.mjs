// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { config, settingsProblems } from './src/config.ts';
import { contentFilesPlugin } from './src/integrations/content-files.ts';
import { pageStylesheets } from './src/integrations/page-stylesheets.ts';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import {
	basePathPlugin,
	frenchTypographyPlugin,
	glossaryPlugin,
	sectionLinksPlugin,
} from './src/site/markdown-plugins.ts';

// A wrong setting stops here too when Astro is run directly (`astro dev`, `astro preview`).
if (settingsProblems.length) throw new Error(settingsProblems.join('\n'));

export default defineConfig({
	site: config.site,
	// A GitHub Pages project site lives under `/REPO/`: every link, asset and URL follows it.
	base: config.base,
	trailingSlash: 'always',
	// External stylesheets only: the Content-Security-Policy allows no inline style. Four pages at
	// a time: while sharp draws one social card on its own threads, the next page renders
	// (measured, 1,000 sheets: site 37.5 s at 1, 26.0 s at 4, 26.8 s at 8).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// No client framework: pages ship HTML and CSS only; the search page loads its own script.
	// Pagefind indexes the site once Astro's process has ended (scripts/build.ts).
	integrations: [mdx(), sitemap(), pageStylesheets(config.base)],
	markdown: {
		// No syntax highlighting: Shiki colours code with inline `style=` attributes, which the
		// Content-Security-Policy blocks (console errors); the handbook shows no code to colour.
		syntaxHighlight: false,
		processor: satteri({
			hastPlugins: [frenchTypographyPlugin, sectionLinksPlugin, basePathPlugin, glossaryPlugin],
			// SmartyPants makes English quotes (“ ”); French typography is applied by our plugin.
			features: { smartPunctuation: false },
		}),
	},
	// Scripts stay external files even when tiny: the Content-Security-Policy allows no inline script.
	// Content images are read only from real files of the content folder, never SVG.
	vite: {
		build: {
			assetsInlineLimit: 0,
			// pdf-lib (src/scripts/selection-pdf.ts, 0.5 MB) loads only when a reader assembles a
			// selection, never with a page: the warning about large chunks would name it at every build.
			chunkSizeWarningLimit: 600,
		},
		plugins: [contentFilesPlugin(resolve(import.meta.dirname, config.contentDir))],
	},
	devToolbar: { enabled: false },
});
