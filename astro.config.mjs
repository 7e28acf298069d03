// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { frenchTypographyPlugin, sectionLinksPlugin } from './src/lib/markdown-plugins.ts';

export default defineConfig({
	site: config.site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// No client framework: pages ship HTML and CSS only; the search page loads its own script.
	integrations: [mdx(), sitemap()],
	markdown: {
		processor: satteri({
			hastPlugins: [frenchTypographyPlugin, sectionLinksPlugin],
			// SmartyPants makes English quotes (“ ”); French typography is applied by our plugin.
			features: { smartPunctuation: false },
		}),
	},
	devToolbar: { enabled: false },
});
