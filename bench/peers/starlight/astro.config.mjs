// A plain Starlight site, as a team would start one: the same sheets, French, Starlight's own
// sidebar (every page listed) and Pagefind search. Only the content folder comes from the bench.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://example.org',
	integrations: [
		starlight({
			title: 'Repenser les actions de la ville au prisme de la santé mentale',
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
			sidebar: [
				{ label: 'Parties', items: [{ autogenerate: { directory: 'parties' } }] },
				{ label: 'Fiches', items: [{ autogenerate: { directory: 'fiches' } }] },
			],
		}),
	],
});
