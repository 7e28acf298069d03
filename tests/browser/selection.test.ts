/**
 * « Ma sélection » in Chromium: sheets added from their pages and cards come back from
 * /selection/ as one PDF (read with poppler) and as CSV; reorder and remove by keyboard with the
 * focus kept; a sheet the guide lost is named; without JavaScript nothing shows; axe clean.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../scripts/lib/content.ts';
import { fr } from '../../src/i18n/fr.ts';
import { buildBook } from '../../src/model/book.ts';
import { STORAGE_KEY, type Catalogue } from '../../src/site/selection.ts';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { urls } from '../../src/model/urls.ts';
import { describeViolations, runAxe } from '../lib/axe.ts';
import { launchBrowser } from '../lib/browser.ts';
import { FIXTURE_CONTENT } from '../lib/corpus.ts';
import { serve } from '../lib/server.ts';
import { pdfInfo, pdfOutline, pdfText, skeleton } from '../pdf/helpers/poppler.ts';

// The selection's behaviour, on the small fixture site built from the fixture corpus.
const book = buildBook(loadContent(FIXTURE_CONTENT));
const [first, second, third] = book.fiches as [
	(typeof book.fiches)[number],
	(typeof book.fiches)[number],
	(typeof book.fiches)[number],
];
const work = mkdtempSync(join(tmpdir(), 'rfvs-selection-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;
let errors: string[];

beforeAll(async () => {
	server = await serve(inject('fixtureSiteDir'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
	await page.goto(`${server.url}${path}`);
	return page;
}

const toggleOf = (page: Page, id: string) =>
	page.locator(`[data-selection-toggle][data-id="${id}"]`);
const rows = (page: Page) => page.locator('[data-list] > li');

describe('« Ma sélection »', () => {
	beforeAll(async () => {
		context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			acceptDownloads: true,
		});
		errors = [];
	});
	afterAll(async () => {
		await context?.close();
	});

	it('adds two sheets from their pages by keyboard, announces it and counts them in the header', async () => {
		for (const [i, fiche] of [first, second].entries()) {
			const page = await open(urls.fiche(fiche.id));
			const button = toggleOf(page, fiche.id).first();
			await expect(button.isVisible()).resolves.toBe(true);
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(button.textContent()).resolves.toContain(fr.selection.retirer);
			await expect(
				page.evaluate(() => document.activeElement?.hasAttribute('data-selection-toggle')),
			).resolves.toBe(true);
			await expect(page.locator('[data-selection-status]').textContent()).resolves.toContain(
				frenchTypography(fiche.data.titre),
			);
			await expect(page.locator('[data-selection-count]').textContent()).resolves.toBe(
				String(i + 1),
			);
			await page.close();
		}
	});

	it('lists them on /selection/, and a card’s button adds a third one', async () => {
		const list = await open(urls.fiches());
		await toggleOf(list, third.id).first().click();
		await list.close();
		const page = await open(urls.selection());
		await rows(page).first().waitFor();
		await expect(rows(page).count()).resolves.toBe(3);
		const text = await page.locator('[data-list]').textContent();
		for (const fiche of [first, second, third])
			expect(text).toContain(frenchTypography(fiche.data.titre));
		await page.close();
	});

	it('moves a sheet up and removes one by keyboard, the focus staying on the list', async () => {
		const page = await open(urls.selection());
		await rows(page).first().waitFor();
		await rows(page).nth(1).locator('[data-action="up"]').focus();
		await page.keyboard.press('Enter');
		await expect(rows(page).first().getAttribute('data-id')).resolves.toBe(second.id);
		// Now first, the moved row cannot go up: the focus moves to its next button, never lost.
		await expect(
			page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id')),
		).resolves.toBe(second.id);
		await expect(page.locator('[data-page-status]').textContent()).resolves.toContain(
			'position 1 sur 3',
		);
		await rows(page).nth(2).locator('[data-action="remove"]').focus();
		await page.keyboard.press('Enter');
		await expect(rows(page).count()).resolves.toBe(2);
		await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('BUTTON');
		await expect(page.locator('[data-selection-count]').textContent()).resolves.toBe('2');
		expect(await runAxe(page).then((v) => describeViolations(urls.selection(), v))).toEqual([]);
		await page.close();
	});

	it('downloads one PDF holding both sheets, with a first page that lists them and bookmarks', async () => {
		const page = await open(urls.selection());
		await rows(page).first().waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			page.locator('[data-pdf]').click(),
		]);
		const file = join(work, 'selection.pdf');
		await download.saveAs(file);
		expect(download.suggestedFilename()).toMatch(/\.pdf$/);
		const pages = Number(pdfInfo(file)['Pages']);
		const catalogue = JSON.parse(
			readFileSync(join(inject('fixtureSiteDir'), 'selection', 'fiches.json'), 'utf8'),
		) as Catalogue;
		const manifest = (id: string) => catalogue.fiches.find((f) => f.id === id)!.pdf!.pages;
		expect(pages).toBe(1 + manifest(second.id) + manifest(first.id));
		const cover = skeleton(pdfText(file, 1));
		expect(cover).toContain(skeleton(fr.selection.pdf.titre));
		const all = skeleton(pdfText(file));
		for (const fiche of [first, second]) {
			expect(cover).toContain(skeleton(fiche.data.ville));
			expect(all).toContain(skeleton(frenchTypography(fiche.data.titre)));
		}
		// The reader's order: the second sheet was moved up; its bookmark lands on page 2.
		const outline = pdfOutline(file);
		expect(outline.map((i) => i.title)).toEqual(
			[second, first].map((f) => frenchTypography(`${f.data.ville} — ${f.data.titre}`)),
		);
		expect(outline.map((i) => i.page)).toEqual([2, 2 + manifest(second.id)]);
		expect(cover).toContain(skeleton(`${fr.selection.pdf.page} 2`));
		await expect(page.locator('[data-page-status]').textContent()).resolves.toContain('PDF prêt');
		await page.close();
	});

	it('downloads the list as CSV, in the reader’s order with absolute addresses', async () => {
		const page = await open(urls.selection());
		await rows(page).first().waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-csv]').click(),
		]);
		const file = join(work, 'selection.csv');
		await download.saveAs(file);
		const lines = readFileSync(file, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('ordre;ville;titre;adresse;pdf;pages');
		expect(lines[1]).toContain(`"${server.url}${urls.fiche(second.id)}"`);
		expect(lines[2]).toContain(`"${server.url}${urls.fichePdf(first.id)}"`);
		await page.close();
	});

	it('names a sheet the guide no longer has and keeps the others', async () => {
		const page = await open(urls.selection());
		// The page saves the selection once it has read the catalogue: let it finish first.
		await rows(page).first().waitFor();
		await page.evaluate(
			([key, gone]) => {
				const items = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[];
				localStorage.setItem(key, JSON.stringify([gone, ...items]));
			},
			[
				STORAGE_KEY,
				{ id: 'fiche-disparue', titre: 'Une fiche retirée du guide', ville: 'Nulle-Part' },
			] as const,
		);
		await page.reload();
		await rows(page).first().waitFor();
		await expect(page.locator('[data-missing]').textContent()).resolves.toContain(
			'Une fiche retirée du guide',
		);
		await expect(rows(page).count()).resolves.toBe(2);
		await page.close();
	});

	it('adds a sheet from a search result with a button named after that sheet', async () => {
		// The longest word of a sheet's title finds it.
		const word = first.data.titre.split(/[\s’']+/).toSorted((a, b) => b.length - a.length)[0]!;
		const page = await open(`${urls.recherche()}?q=${encodeURIComponent(word)}`);
		const button = page
			.locator('[data-results] [data-selection-toggle]', { hasText: fr.selection.ajouter })
			.first();
		await button.waitFor();
		const id = await button.getAttribute('data-id');
		const fiche = book.fiches.find((f) => f.id === id);
		expect(fiche, `a result’s button names a sheet of the guide (${id})`).toBeDefined();
		const titre = frenchTypography(fiche?.data.titre ?? '');
		await expect(button.locator('[data-name]').textContent()).resolves.toBe(`\u00a0: ${titre}`);
		await expect(button.getAttribute('data-ville')).resolves.toBe(fiche?.data.ville);
		const before = Number(await page.locator('[data-selection-count]').first().textContent());
		await button.focus();
		await page.keyboard.press('Enter');
		const added = page.locator(`[data-results] [data-selection-toggle][data-id="${id}"]`);
		await expect(added.textContent()).resolves.toContain(fr.selection.retirer);
		await expect(
			page.evaluate(() => document.activeElement?.getAttribute('data-id')),
		).resolves.toBe(id);
		await expect(page.locator('[data-selection-status]').textContent()).resolves.toContain(titre);
		await expect(page.locator('[data-selection-count]').first().textContent()).resolves.toBe(
			String(before + 1),
		);
		expect(await runAxe(page).then((v) => describeViolations('/recherche/', v))).toEqual([]);
		await page.close();
	});

	it('empties the selection and says so', async () => {
		const page = await open(urls.selection());
		await rows(page).first().waitFor();
		await page.locator('[data-clear]').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-selection-count]').textContent()).resolves.toBe('0');
		expect(await runAxe(page).then((v) => describeViolations(urls.selection(), v))).toEqual([]);
		await page.close();
		expect(errors).toEqual([]);
	});
});

describe('without JavaScript', () => {
	it('shows no button and no counter, and /selection/ says what it needs', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${server.url}${urls.fiche(first.id)}`);
		await expect(page.locator('[data-selection-toggle]').first().isVisible()).resolves.toBe(false);
		await expect(page.locator('[data-selection-link]').isVisible()).resolves.toBe(false);
		await page.goto(`${server.url}${urls.selection()}`);
		await expect(page.locator('[data-selection-fallback]').textContent()).resolves.toContain(
			'JavaScript',
		);
		await expect(page.locator('[data-selection-app]').isVisible()).resolves.toBe(false);
		await noJs.close();
	});
});
