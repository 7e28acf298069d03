import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../lib/axe.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serve } from '../lib/server.ts';
import { editorsSheets, sheetWhere } from '../lib/corpus.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let errors: string[];

beforeAll(async () => {
	server = await serve(inject('siteDir'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens a page and records every console error and uncaught exception (CSP violations included). */
async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
	await page.goto(`${server.url}${path}`);
	return page;
}

const status = (page: Page) => page.locator('[data-status]');
const results = (page: Page) => page.locator('[data-results] > li');
const resultCount = async (page: Page) =>
	Number((await status(page).textContent())?.match(/\d+/)?.[0] ?? 0);

/** Waits until the search triggered by the last change has drawn its results and counts. */
async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const list = document.querySelector('[data-results]');
		return list && !list.hasAttribute('aria-busy');
	});
}

async function waitForResults(page: Page): Promise<void> {
	// Pagefind that failed to load says so at once: the failure then names it, not a timeout.
	await page.waitForFunction(() =>
		/résultat|indisponible/.test(document.querySelector('[data-status]')?.textContent ?? ''),
	);
	expect(await status(page).textContent()).toMatch(/résultat/);
}

describe('search page in Chromium, under the site CSP', () => {
	beforeAll(() => {
		errors = [];
	});

	it('finds the housing sheets for « logement » and for « logements » (French stemming)', async () => {
		// The sheets about housing by their title, whatever they are called.
		const housing = new Set(
			editorsSheets.filter((s) => /logement/i.test(s.data.titre)).map((s) => `/fiches/${s.id}/`),
		);
		expect(housing.size).toBeGreaterThan(0);
		for (const query of ['logement', 'logements']) {
			const page = await open(`/recherche/?q=${query}`);
			await waitForResults(page);
			const titles = await results(page).locator('h2').allTextContents();
			expect(titles.length, query).toBeGreaterThan(0);
			const urls = await results(page)
				.locator('h2 a')
				.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
			expect(
				urls.filter((url) => housing.has(url)),
				query,
			).not.toEqual([]);
			await page.close();
		}
	});

	it('shows results for a query a person types, with title, city, part and excerpt', async () => {
		const page = await open('/recherche/');
		await waitForResults(page);
		await page.getByLabel('Mots recherchés').fill('jeunes');
		await page.waitForURL(/q=jeunes/);
		// The list of every sheet shown before typing is replaced once the query has run: wait for
		// results that link with the query's highlight, not for the status the old list also had.
		await page.locator('[data-results] > li h2 a[href*="highlight=jeunes"]').first().waitFor();
		expect(await resultCount(page)).toBeGreaterThan(0);
		const first = results(page).first();
		await expect.poll(() => first.locator('h2 a').textContent()).toBeTruthy();
		expect(await first.locator('.meta').textContent()).toMatch(/Partie \d/);
		expect(await first.locator('.excerpt mark').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('narrows results with a facet, updates the counts and keeps the state in the URL', async () => {
		const page = await open('/recherche/?q=sant%C3%A9');
		await waitForResults(page);
		const before = await resultCount(page);
		const countBefore = await page.locator('[data-facet="type"] .count').allTextContents();
		await page.locator('[data-facet="determinant"] input[value="logement"]').check();
		await page.waitForURL(/determinant=logement/);
		await expect.poll(() => resultCount(page)).toBeLessThan(before);
		const countAfter = await page.locator('[data-facet="type"] .count').allTextContents();
		expect(countAfter).not.toEqual(countBefore);
		await page.goBack();
		await expect
			.poll(() => page.locator('[data-facet="determinant"] input[value="logement"]').isChecked())
			.toBe(false);
		await expect.poll(() => resultCount(page)).toBe(before);
		await page.close();
	});

	it('restores a shared URL with a query and facets', async () => {
		const page = await open('/recherche/?q=jeunes&partie=5');
		await waitForResults(page);
		expect(await page.getByLabel('Mots recherchés').inputValue()).toBe('jeunes');
		expect(await page.locator('[data-facet="partie"] input[value="5"]').isChecked()).toBe(true);
		const metas = await results(page).locator('.meta').allTextContents();
		expect(metas.length).toBeGreaterThan(0);
		for (const meta of metas) expect(meta).toContain('Partie 5');
		await page.close();
	});

	it('browses by facets alone with an empty query', async () => {
		const page = await open('/recherche/?partie=1');
		await waitForResults(page);
		expect(await resultCount(page)).toBeGreaterThan(0);
		for (const meta of await results(page).locator('.meta').allTextContents())
			expect(meta).toContain('Partie 1');
		await page.close();
	});

	it('works at 320 px and has no accessibility violation with results shown', async () => {
		const page = await open('/recherche/?q=logement', 320);
		await waitForResults(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(describeViolations('/recherche/', await runAxe(page))).toEqual([]);
		await page.close();
	});

	it('opens the search page from the header field and highlights the terms on the target page', async () => {
		const page = await open(`/fiches/${sheetWhere('une fiche').id}/`);
		await page.locator('#site-search').fill('logement');
		await page.locator('#site-search').press('Enter');
		await page.waitForURL(/\/recherche\/\?q=logement/);
		await waitForResults(page);
		await results(page).first().locator('h2 a').click();
		await page.waitForURL(/highlight=logement/);
		await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('puts the results first on a phone, the filters behind « Filtrer » with the active count', async () => {
		const page = await open('/recherche/?q=jeunes', 375);
		await waitForResults(page);
		const top = await results(page)
			.first()
			.evaluate((li) => li.getBoundingClientRect().top + window.scrollY);
		expect(top).toBeLessThan(1000);
		const toggle = page.getByRole('button', { name: /^Filtrer/ });
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('[data-facets]').isVisible()).toBe(false);
		// The count sits right under the field.
		const field = await page.getByLabel('Mots recherchés').boundingBox();
		const count = await status(page).boundingBox();
		expect(count!.y).toBeGreaterThan(field!.y);
		expect(count!.y - (field!.y + field!.height)).toBeLessThan(40);
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await page.locator('[data-facet="partie"] input[value="5"]').check();
		await page.waitForURL(/partie=5/);
		await expect.poll(() => toggle.textContent()).toMatch(/Filtrer\s*1 actif/);
		await page.close();
	});

	it('has no scroll box in the filters; long lists show their first values and a button for the rest', async () => {
		const page = await open('/recherche/?q=sant%C3%A9');
		await waitForResults(page);
		const boxes = await page
			.locator('[data-facets] *')
			.evaluateAll(
				(nodes) =>
					nodes.filter(
						(n) =>
							['auto', 'scroll'].includes(getComputedStyle(n).overflowY) &&
							n.scrollHeight > n.clientHeight,
					).length,
			);
		expect(boxes).toBe(0);
		const villes = page.locator('[data-facet="ville"]');
		const more = villes.locator('.more-values');
		expect(await more.textContent()).toMatch(/^Afficher les \d+ autres$/);
		const hidden = Number((await more.textContent())?.match(/\d+/)?.[0]);
		const visible = await villes.locator('li:visible').count();
		expect(hidden).toBeGreaterThan(0);
		await more.click();
		expect(await villes.locator('li:visible').count()).toBe(visible + hidden);
		expect(await more.getAttribute('aria-expanded')).toBe('true');
		expect(await more.textContent()).toBe('Afficher moins');
		await page.close();
	});

	it('keeps the focus on a filter ticked with Space and announces the count once', async () => {
		const page = await open('/recherche/?q=sant%C3%A9');
		await waitForResults(page);
		await page.evaluate(() => {
			const target = document.querySelector('[data-status]')!;
			const w = window as unknown as { announcements: string[] };
			w.announcements = [];
			new MutationObserver(() => w.announcements.push(target.textContent ?? '')).observe(target, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		const box = page.locator('[data-facet="determinant"] input[value="logement"]');
		await box.focus();
		await page.keyboard.press('Space');
		await page.waitForURL(/determinant=logement/);
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { announcements: string[] }).announcements),
			)
			.toHaveLength(1);
		expect(await box.isChecked()).toBe(true);
		expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Space');
		await page.waitForURL((url) => !url.search.includes('determinant'));
		await expect
			.poll(() =>
				page.evaluate(
					() => (window as unknown as { announcements: string[] }).announcements.length,
				),
			)
			.toBe(2);
		expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await box.isChecked()).toBe(false);
		await page.close();
	});

	it('counts each other determinant as the results the reader gets by ticking it', async () => {
		for (const query of ['', 'jeunes']) {
			const page = await open(`/recherche/?q=${query}&determinant=logement`);
			await waitForResults(page);
			const boxes = page.locator('[data-facet="determinant"] input');
			const values = await page.locator('[data-facet="determinant"] li').evaluateAll((items) =>
				items.map((li) => ({
					code: li.querySelector('input')!.value,
					count: Number(li.querySelector('.count')!.textContent),
					disabled: li.querySelector('input')!.disabled,
				})),
			);
			// Every value stays in the list; those at zero (there are some with words) are disabled.
			expect(values.length).toBeGreaterThan(15);
			if (query) expect(values.some((v) => v.count === 0)).toBe(true);
			for (const v of values) expect(v.disabled, v.code).toBe(v.count === 0);
			// Then each one alone, ticked as a reader would, the whole list shown.
			await page.locator('[data-facet="determinant"] .more-values').click();
			await boxes.and(page.locator('[value="logement"]')).uncheck();
			await settled(page);
			for (const value of values.filter((v) => v.code !== 'logement' && v.count > 0)) {
				const box = boxes.and(page.locator(`[value="${value.code}"]`));
				await box.check();
				await settled(page);
				expect(await resultCount(page), `${query} ${value.code}`).toBe(value.count);
				await box.uncheck();
				await settled(page);
			}
			await page.close();
		}
	});

	it('finds with an elided article exactly what the word alone finds', async () => {
		const page = await open('/recherche/');
		await waitForResults(page);
		const found = async (query: string) => {
			await page.getByLabel('Mots recherchés').fill(query);
			await page.getByLabel('Mots recherchés').press('Enter');
			await settled(page);
			while (await page.locator('[data-more]').isVisible()) {
				const before = await results(page).count();
				await page.locator('[data-more]').click();
				await expect.poll(() => results(page).count()).toBeGreaterThan(before);
			}
			expect(await results(page).count()).toBe(await resultCount(page));
			return results(page)
				.locator('h2 a')
				.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname).sort());
		};
		for (const [elided, word] of [
			["l'école", 'école'],
			['l’école', 'école'],
			["d'habitants", 'habitants'],
			['d’habitants', 'habitants'],
			["qu'il", 'il'],
		] as const) {
			const expected = await found(word);
			expect(expected.length, word).toBeGreaterThan(0);
			expect(await found(elided), elided).toEqual(expected);
		}
		await page.close();
	});

	it('says what each result is: title, city, part, year, summary, then the matching passage', async () => {
		const page = await open('/recherche/?q=logement');
		await waitForResults(page);
		const first = results(page).first();
		await expect.poll(() => first.locator('h2 a').textContent()).toBeTruthy();
		expect(await first.locator('.meta').textContent()).toMatch(/^[^·]+ · Partie \d · \d{4}$/);
		expect((await first.locator('.resume').textContent())?.length).toBeGreaterThan(40);
		expect(await first.locator('.excerpt mark').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('filters by target public, with at least four publics offered by the real content', async () => {
		const page = await open('/recherche/');
		await waitForResults(page);
		const facet = page.locator('[data-facet="public"]');
		expect(await facet.locator('legend').textContent()).toBe('Publics concernés');
		const offered = await facet.locator('input:not(:disabled)').count();
		expect(offered).toBeGreaterThanOrEqual(4);
		const jeunes = facet.locator('input[value="jeunes"]');
		const item = facet.locator('li').filter({ has: page.locator('input[value="jeunes"]') });
		expect(await item.textContent()).toMatch(/^Adolescents et jeunes\d+$/);
		const count = Number(await item.locator('.count').textContent());
		expect(count).toBeGreaterThan(0);
		await jeunes.check();
		await page.waitForURL(/public=jeunes/);
		await settled(page);
		expect(await resultCount(page)).toBe(count);
		await page.close();
	});

	it('logged no console error and no CSP violation', () => {
		expect(errors).toEqual([]);
	});
});
