/**
 * A fenced code block in a sheet (the fixture's `autreville-contact-public`) renders without an
 * inline `style=` attribute, which the site's Content-Security-Policy would block: no console
 * error, served with the site's own headers (issue #20, point 8).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../lib/browser.ts';
import { serve } from '../lib/server.ts';

const dist = inject('fixtureSiteDir');
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

describe('a sheet with a fenced code block', () => {
	it('shows the code as written, with no inline style and no console error', async () => {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		const response = await page.goto(`${server.url}/fiches/autreville-contact-public/`);
		expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
		const code = page.locator('pre > code');
		await expect(code.textContent()).resolves.toBe(
			"const invitation = { quartier: 'Autreville', date: '2024-02-01' };\n",
		);
		expect(await page.locator('main [style]').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});
