// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { frenchTypographyPlugin, sectionLinksPlugin } from './src/lib/markdown-plugins.ts';

export default defineConfig({
	site: config.site,
	trailingSlash: 'always',
	// External stylesheets only: the Content-Security-Policy allows no inline style.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// No client framework: pages ship HTML and CSS only; the search page loads its own script.
	integrations: [mdx(), sitemap(), pagefind()],
	markdown: {
		processor: satteri({
			hastPlugins: [frenchTypographyPlugin, sectionLinksPlugin],
			// SmartyPants makes English quotes (“ ”); French typography is applied by our plugin.
			features: { smartPunctuation: false },
		}),
	},
	// Scripts stay external files even when tiny: the Content-Security-Policy allows no inline script.
	vite: { build: { assetsInlineLimit: 0 } },
	devToolbar: { enabled: false },
});
