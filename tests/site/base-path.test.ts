/**
 * The site built for a GitHub Pages project site (`BASE_PATH=guide-sante-mentale/`, see
 * tests/setup/global.ts) and served only under `/guide-sante-mentale/`, as Pages serves it: every
 * internal reference of every page, stylesheet, PDF, sitemap and data file resolves there, and the
 * search finds pages whose links work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULTS } from '../../src/model/settings.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serve } from '../lib/server.ts';
import { listFiles, listPages } from '../lib/site-files.ts';
import { BASE_PATH_TEST } from '../setup/global.ts';

const dist = inject('basePathSiteDir');
const BASE = `${BASE_PATH_TEST}/`;
/** The origin absolute addresses carry (the build's default SITE_URL). */
const ORIGIN = DEFAULTS.SITE_URL;

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
beforeAll(async () => {
	server = await serve(dist, { prefix: BASE_PATH_TEST });
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Every file of the build, by its path from the built folder's root. */
const listBuilt = () => listFiles(dist).map((file) => `/${file}`);

const read = (path: string) =>
	readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&#38;', '&');

/**
 * The addresses an HTML page refers to: links, sources and their `srcset`s, form targets, the
 * canonical URL and the social card and page addresses of its `<meta>` tags.
 */
function htmlReferences(html: string): string[] {
	const found: string[] = [];
	for (const [, , value] of html.matchAll(/\s(href|src|action|poster)="([^"]*)"/g))
		found.push(decode(value!));
	for (const [, value] of html.matchAll(/\ssrcset="([^"]*)"/g))
		for (const candidate of decode(value!).split(','))
			found.push(candidate.trim().split(/\s+/)[0]!);
	for (const [, value] of html.matchAll(
		/<meta\s+(?:property|name)="(?:og:image|og:url|twitter:image)"\s+content="([^"]*)"/g,
	))
		found.push(decode(value!));
	return found;
}

const cssReferences = (css: string) =>
	[...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!);

/**
 * Where `reference`, found in the file at `from`, points on the test server; undefined when it
 * leaves the site (another host, `mailto:`, a fragment of the same page).
 */
function onServer(reference: string, from: string): URL | undefined {
	if (/^(mailto:|tel:|data:|#)/.test(reference)) return undefined;
	const published = new URL(reference, `${ORIGIN}${BASE_PATH_TEST}${from}`);
	if (published.origin !== ORIGIN) return undefined;
	return new URL(`${published.pathname}${published.search}`, server.url);
}

describe(`site built with BASE_PATH=${BASE_PATH_TEST}, served under it only`, () => {
	it('serves nothing at the root: the check below cannot pass by accident', async () => {
		expect((await fetch(`${server.url}/fiches/`)).status).toBe(404);
		expect((await fetch(`${server.url}${BASE}fiches/`)).status).toBe(200);
	});

	it('has every internal reference of every page, stylesheet, sitemap and data file resolve under the base path', async () => {
		const files = listBuilt();
		const references = new Map<string, Set<string>>();
		const add = (from: string, values: Iterable<string>) => {
			for (const value of values) {
				const url = onServer(value, from);
				if (!url) continue;
				if (!references.has(url.href)) references.set(url.href, new Set());
				references.get(url.href)!.add(`${from} → ${value}`);
			}
		};
		const pages = listPages(dist);
		for (const page of pages) add(page, htmlReferences(read(page)));
		for (const file of files.filter((f) => f.endsWith('.css')))
			add(file, cssReferences(read(file)));
		for (const file of files.filter((f) => /^\/sitemap.*\.xml$/.test(f)))
			add(
				file,
				[...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
			);
		add(
			'/robots.txt',
			[...read('/robots.txt').matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]!),
		);
		const data = JSON.parse(read('/donnees/fiches.json')) as {
			source: string;
			fiches: { url: string; pdf: string | null }[];
		};
		add('/donnees/fiches.json', [data.source, ...data.fiches.flatMap((f) => [f.url, f.pdf ?? ''])]);
		// Links inside the PDFs: Typst writes each as a `/URI (…)` annotation.
		for (const file of files.filter((f) => f.endsWith('.pdf')))
			add(
				file,
				[...readFileSync(join(dist, file), 'latin1').matchAll(/\/URI \(([^)]*)\)/g)].map(
					(m) => m[1]!,
				),
			);

		// Enough to mean something: each kind of reference was found.
		const all = [...references.values()].flatMap((s) => [...s]);
		for (const kind of [
			/\.css$/,
			/\.woff2$/,
			/\/cartes\/.*\.png$/,
			/\.pdf$/,
			/^\/sitemap-0\.xml → /,
			/^\/donnees\/fiches\.json → /,
			/\.pdf → https:/,
			/sitemap-index\.xml$/,
		])
			expect(
				all.some((r) => kind.test(r)),
				String(kind),
			).toBe(true);

		const outside = [...references.keys()].filter(
			(href) => !new URL(href).pathname.startsWith(BASE),
		);
		expect(outside.map((href) => [...references.get(href)!][0])).toEqual([]);
		const broken: string[] = [];
		for (const [href, sources] of references) {
			const response = await fetch(href, { method: 'HEAD' });
			if (response.status !== 200) broken.push(`${[...sources][0]} (${response.status})`);
		}
		expect(broken).toEqual([]);
		expect(references.size).toBeGreaterThan(pages.length);
	});

	it('gives every page but the 404 page its canonical URL under the base path', () => {
		for (const page of listPages(dist)) {
			const canonical = read(page).match(/<link rel="canonical" href="([^"]+)"/)?.[1];
			if (page === '/404.html') expect(canonical, page).toBeUndefined();
			else expect(canonical, page).toBe(`${ORIGIN}${BASE_PATH_TEST}${page}`);
		}
	});

	it('writes _headers and robots.txt for the base path', () => {
		expect(read('/_headers').split('\n')[0]).toBe(`${BASE}*`);
		expect(read('/robots.txt')).toContain(`Allow: ${BASE}\n`);
	});

	it('finds pages in Chromium whose result links open them', async () => {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(`${server.url}${BASE}recherche/?q=contact`);
		await page.waitForFunction(() =>
			/résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''),
		);
		const links = await page
			.locator('[data-results] > li h2 a')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			expect(new URL(link).pathname.startsWith(`${BASE}fiches/`), link).toBe(true);
			expect((await fetch(link)).status, link).toBe(200);
		}
		await page.locator('[data-results] > li h2 a').first().click();
		await page.waitForURL(/\/fiches\/[^/]+\/\?highlight=contact$/);
		expect(await page.locator('h1').textContent()).toMatch(/contact/);
		// The highlighter, loaded from under the base path, marks the searched word.
		await expect.poll(() => page.locator('main mark').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});
