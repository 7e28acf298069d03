import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

describe('every built page in Chromium', () => {
	it('covers the whole site', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it(
		'has no axe-core violation (WCAG 2.2 A/AA), no console error, no horizontal scroll at 320 px',
		{ timeout: 600_000 },
		async () => {
			const problems: string[] = [];
			const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
			for (const path of pages) {
				const page = await context.newPage();
				page.on('console', (m) => {
					if (m.type() === 'error') problems.push(`${path} console : ${m.text()}`);
				});
				await page.goto(`${server.url}${path}`);
				problems.push(...describeViolations(path, await runAxe(page)));
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				);
				if (overflow > 0) problems.push(`${path} déborde de ${overflow} px à 320 px de large`);
				await page.close();
			}
			await context.close();
			expect(problems).toEqual([]);
		},
	);
});
