/**
 * /contribuer/ in Chromium, as a city uses it: the blank form downloads, a filled Word form the
 * tests have never seen prefills the online form, and once the part and the summary are given
 * the downloaded sheet passes `npm run validate` unchanged; the GitHub link carries the same file.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { describeViolations, runAxe } from '../lib/axe.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serve } from '../lib/server.ts';
import {
	buildFormDocx,
	DETERMINANT_LABELS,
	TYPE_LABELS,
} from '../contribution/fixtures/form-docx.ts';
import { docxText, normalizeLabel, rfvsFormLabels } from '../contribution/fixtures/form-labels.ts';
import { fixtureSheets, sheetWhere } from '../lib/corpus.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const t = fr.contribuer.formulaire;
// The form's behaviour, on the small fixture site: no test here depends on the editors' sheets.
const dist = inject('fixtureSiteDir');
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const work = mkdtempSync(join(tmpdir(), 'rfvs-contribuer-'));

beforeAll(async () => {
	server = await serve(dist);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

async function openForm(width = 1280): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width, height: 900 },
		acceptDownloads: true,
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto(`${server.url}/contribuer/`);
	await page.waitForSelector('form[data-contribution][data-ready]');
	return page;
}

test('the home page links to /contribuer/, which offers a mail link to the editorial team', async () => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${server.url}/`);
	await page.click('main a[href$="/contribuer/"]');
	await page.waitForURL(/\/contribuer\/$/);
	expect(await page.locator('a[href^="mailto:"]').count()).toBeGreaterThan(0);
	// Every page's footer links there too.
	await page.goto(`${server.url}/fiches/`);
	expect(await page.locator('footer a[href$="/contribuer/"]').count()).toBe(1);
	await context.close();
});

test('the blank form downloads as a real .docx with every label and box of the RfVS form', async () => {
	const page = await openForm();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.click('a[data-blank-form]'),
	]);
	const bytes = new Uint8Array(readFileSync(await download.path()));
	const text = normalizeLabel(docxText(bytes).replace(/\n/g, ' '));
	for (const label of rfvsFormLabels()) expect(text, label).toContain(label);
	await page.context().close();
});

test('a filled Word form prefills the form; with a part and a summary the sheet passes npm run validate', async () => {
	const titre = `Ateliers d’écriture au jardin ${Date.now() % 100000}`;
	const docx = await buildFormDocx({
		title: titre,
		ville: ['Testville'],
		date: ['3 avril 2024'],
		contact: { nom: 'Alex Durand', email: 'alex.durand@testville.fr' },
		porteur: ['Service santé'],
		boxes: 'glyph',
		types: [TYPE_LABELS[1]],
		determinants: [DETERMINANT_LABELS[0], DETERMINANT_LABELS[7]],
		contexte: ['Un quartier sans lieu de rencontre.'],
		objectifs: [{ bullet: 'Rompre l’isolement' }, { bullet: 'Écrire ensemble' }],
		deroule: ['Un atelier par semaine, au jardin partagé.'],
	});
	const file = join(work, 'formulaire-rempli.docx');
	writeFileSync(file, docx);
	const page = await openForm(375);
	await page.setInputFiles('[data-import]', file);
	await page.waitForFunction(
		(done) => document.querySelector('[data-import-status]')?.textContent?.startsWith(done),
		t.importFait('x').split('«')[0]!,
	);
	expect(await page.inputValue('[name="ville"]')).toBe('Testville');
	expect(await page.inputValue('[name="titre"]')).toBe(titre);
	expect(await page.inputValue('[name="date"]')).toBe('2024-04-03');
	// What the Word form lacks is asked next, with the validator's own message.
	expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('partie');
	expect(await page.getAttribute('[name="partie"]', 'aria-invalid')).toBe('true');
	expect(await page.textContent('[data-error="partie"]')).toContain('clé obligatoire manquante');
	expect(describeViolations('/contribuer/ après import', await runAxe(page))).toEqual([]);

	await page.selectOption('[name="partie"]', '2');
	await page.fill('[name="resume"]', 'Des ateliers d’écriture au jardin pour rompre l’isolement.');
	await page.waitForFunction(
		(valide) => document.querySelector('[data-summary]')?.textContent === valide,
		t.valide,
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.click('[data-download]'),
	]);
	const name = download.suggestedFilename();
	expect(name).toMatch(/^testville-ateliers-d-ecriture-au-jardin-\d+\.md$/);
	const sheet = readFileSync(await download.path(), 'utf8');
	expect(sheet).toContain('  public: false');

	// The command, on a copy of the fixture corpus holding the downloaded file as is.
	const content = join(work, 'content');
	cpSync(join(ROOT, 'tests', 'fixtures', 'site', 'content'), content, { recursive: true });
	writeFileSync(join(content, 'fiches', name), sheet);
	const { stdout } = await run(NODE, ['scripts/validate.ts'], {
		cwd: ROOT,
		env: { ...process.env, CONTENU_DIR: content },
	});
	expect(stdout).toContain('Contenu valide');

	const github = new URL((await page.getAttribute('[data-github]', 'href'))!);
	expect(github.pathname).toMatch(/\/new\/main$/);
	expect(github.searchParams.get('filename')).toBe(`content/fiches/${name}`);
	expect(github.searchParams.get('value')).toBe(sheet);
	expect(await page.getAttribute('[data-mail]', 'href')).toMatch(/^mailto:/);
	await page.context().close();
});

test('a file that is not the form gets a French message and fills nothing', async () => {
	const page = await openForm();
	await page.fill('[name="titre"]', 'Titre déjà écrit');
	const cases: [string, Buffer, string][] = [
		[
			'ancien.doc',
			Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			'ancien (.doc)',
		],
		[
			'photo.png',
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			'n’est pas un document Word',
		],
		[
			'abime.docx',
			Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
			'n’est pas un document Word .docx lisible',
		],
	];
	for (const [name, buffer, expected] of cases) {
		await page.setInputFiles('[data-import]', {
			name,
			mimeType: 'application/octet-stream',
			buffer,
		});
		await page.waitForFunction(
			(text) => document.querySelector('[data-import-error]')?.textContent?.includes(text),
			expected,
		);
		expect(await page.inputValue('[name="titre"]'), name).toBe('Titre déjà écrit');
	}
	// Playwright passes a file this large only by path; the page refuses it from its size.
	const big = join(work, 'gros.docx');
	writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 1));
	await page.setInputFiles('[data-import]', big);
	await page.waitForFunction(() =>
		document.querySelector('[data-import-error]')?.textContent?.includes('pèse 52,4 Mo'),
	);
	expect(await page.inputValue('[name="titre"]')).toBe('Titre déjà écrit');
	await page.context().close();
});

test('a sheet page proposes an update, which opens the form filled with that sheet', async () => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sheet = sheetWhere('une fiche publiée', (s) => s.data.statut === 'publie', fixtureSheets);
	await page.goto(`${server.url}/fiches/${sheet.id}/`);
	await page.click(`a:text("${fr.fiche.modifier}")`);
	await page.waitForSelector('form[data-contribution][data-ready]');
	expect(page.url()).toContain(`/contribuer/?fiche=${sheet.id}`);
	expect(await page.inputValue('[name="ville"]')).toBe(sheet.data.ville);
	expect(await page.textContent('[data-update-notice]')).toContain('Mise à jour de la fiche');
	await context.close();
});
