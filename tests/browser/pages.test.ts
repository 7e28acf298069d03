/**
 * Every built page in Chromium, as readers see it: on a phone (375 px) and an office screen
 * (1280 px), light and dark; plus 320 px for horizontal scrolling. Axe on each, the fonts that
 * drew each text, French typography in every visible text node, section links on their heading's
 * line, the city in every sheet's `<title>`.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../scripts/lib/content.ts';
import { urls } from '../../src/model/urls.ts';
import { fallbackFontProblems, headingLinkProblems, typographyProblems } from '../lib/audit.ts';
import { describeViolations, runAxe } from '../lib/axe.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serve } from '../lib/server.ts';
import { listPages } from '../lib/site-files.ts';

const dist = inject('siteDir');
const pages = listPages(dist);
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
	server = await serve(dist);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens every page in a fresh context and collects what `check` finds, one line per problem. */
async function eachPage(
	options: Parameters<Browser['newContext']>[0],
	check: (
		page: Awaited<ReturnType<BrowserContext['newPage']>>,
		path: string,
		context: BrowserContext,
	) => Promise<string[]>,
): Promise<string[]> {
	const problems: string[] = [];
	const context = await browser.newContext(options);
	for (const path of pages) {
		const page = await context.newPage();
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(`${path} console : ${m.text()}`);
		});
		await page.goto(`${server.url}${path}`);
		problems.push(...(await check(page, path, context)));
		await page.close();
	}
	await context.close();
	return problems.map((p) => p.replace(server.url, ''));
}

describe('every built page in Chromium', () => {
	it('covers the whole site', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	for (const width of [375, 1280])
		for (const colorScheme of ['light', 'dark'] as const)
			// Concurrent: each viewport has its own browser context, and a busy machine shares its
			// cores between processes, so four renderers finish sooner than one after the other.
			// The timeout is a safety net against a hang, not a speed target (those live in the
			// bench): about 12 minutes on an idle 2-core machine, twice that when it is shared.
			it.concurrent(
				`has no axe-core violation (WCAG 2.2 A/AA) and no section link on a line of its own at ${width} px, ${colorScheme === 'light' ? 'light' : 'dark'}`,
				{ timeout: 1_800_000 },
				async () => {
					const problems = await eachPage(
						{ viewport: { width, height: 900 }, colorScheme },
						async (page, path) => [
							...describeViolations(`${path} (${width} px, ${colorScheme})`, await runAxe(page)),
							...(await headingLinkProblems(page)),
						],
					);
					expect(problems).toEqual([]);
				},
			);

	it('scrolls no page sideways at 320 px', { timeout: 600_000 }, async () => {
		const problems = await eachPage(
			{ viewport: { width: 320, height: 800 } },
			async (page, path) => {
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				);
				return overflow > 0 ? [`${path} déborde de ${overflow} px à 320 px de large`] : [];
			},
		);
		expect(problems).toEqual([]);
	});

	it.concurrent(
		'draws every text in the site’s font and typesets every visible text node the French way',
		{ timeout: 900_000 },
		async () => {
			const problems = await eachPage(
				{ viewport: { width: 1280, height: 900 } },
				async (page, _path, context) => {
					const cdp = await context.newCDPSession(page);
					const found = [
						...(await fallbackFontProblems(page, cdp)),
						...(await typographyProblems(page)),
					];
					await cdp.detach();
					return found;
				},
			);
			expect(problems).toEqual([]);
		},
	);

	it('names the city in the <title> of every sheet page', { timeout: 120_000 }, async () => {
		const { fiches } = loadContent();
		const context = await browser.newContext();
		const page = await context.newPage();
		const missing: string[] = [];
		for (const fiche of fiches) {
			const path = urls.fiche(fiche.id);
			if (!pages.includes(path)) continue;
			await page.goto(`${server.url}${path}`);
			const title = await page.title();
			if (!title.includes(fiche.data.ville)) missing.push(`${path} : « ${title} »`);
		}
		await context.close();
		expect(missing).toEqual([]);
	});
});

describe('the site’s font in Chromium', () => {
	it('draws what a reader may type in the search field and every French letter, in both cases', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}${urls.recherche()}`);
		const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
		const french = 'àâæçèéêëîïôœùûüÿ';
		const sample = [...ascii, french, french.toUpperCase(), 'RÉSEAU FRANÇAIS RÔLE'].join('');
		await page.evaluate((text) => {
			const p = document.createElement('p');
			p.textContent = text;
			document.querySelector('main')!.append(p);
			// The search page's own field: the header's is left out there.
			const field = document.querySelector<HTMLInputElement>('#q')!;
			field.value = text;
		}, sample);
		const cdp = await context.newCDPSession(page);
		expect(await fallbackFontProblems(page, cdp)).toEqual([]);
		await context.close();
	});
});
