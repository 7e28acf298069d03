import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { config } from '../../src/config.ts';
import { cardUrls } from '../../src/cards/cartes.ts';
import { PARTIES } from '../../src/schemas/vocabulary.ts';
import { listPages } from '../lib/site-files.ts';

const dist = inject('siteDir');
const site = new URL(config.site);

/** Home, parts and sheets: the pages a reader shares, each with the card that announces it. */
function pagesWithCards(): Map<string, string> {
	const fiches = listPages(dist)
		.map((path) => /^\/fiches\/([^/]+)\/$/.exec(path)?.[1])
		.filter((id) => id !== undefined);
	return new Map([
		['/', cardUrls.accueil()],
		...PARTIES.map((p) => [`/parties/${p.slug}/`, cardUrls.partie(p.slug)] as const),
		...fiches.map((id) => [`/fiches/${id}/`, cardUrls.fiche(id)] as const),
	]);
}

function metaContent(
	html: string,
	attribute: 'property' | 'name',
	key: string,
): string | undefined {
	return new RegExp(`<meta ${attribute}="${key}" content="([^"]+)"`).exec(html)?.[1];
}

describe('social cards of the built site', () => {
	const pages = pagesWithCards();

	it('covers the home page, the 7 parts and every sheet', () => {
		expect(pages.size).toBeGreaterThan(1 + PARTIES.length);
	});

	it('gives each of those pages an og:image and twitter:image: an existing 1200×630 PNG', async () => {
		for (const [page, card] of pages) {
			const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
			const image = metaContent(html, 'property', 'og:image');
			expect(image, page).toBe(new URL(card, site).href);
			expect(metaContent(html, 'name', 'twitter:image'), page).toBe(image);
			const file = join(dist, card);
			expect(existsSync(file), file).toBe(true);
			const { format, width, height } = await sharp(file).metadata();
			expect({ page, format, width, height }).toEqual({
				page,
				format: 'png',
				width: 1200,
				height: 630,
			});
		}
	});

	it('points robots.txt at the sitemap, on the configured site', () => {
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`);
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
	});
});
