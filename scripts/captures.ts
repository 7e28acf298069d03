/**
 * `npm run captures [-- names…]`: screenshots of a fixed list of pages of the built site (dist/),
 * at 375 and 1280 px wide, light and dark, into captures/ (git-ignored). Tests check rules; these
 * images are for looking: run it after any change a reader can see, open the PNG files, compare.
 * With names (`npm run captures -- fiche recherche`), only the pages whose name contains one of
 * them. `DIST_DIR=…` reads another built site.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchBrowser } from '../tests/lib/browser.ts';
import { serve } from '../tests/lib/server.ts';
import { CAPTURE_PAGES, CAPTURE_SCHEMES, CAPTURE_WIDTHS, captureFileName } from './lib/captures.ts';

const ROOT = resolve(import.meta.dirname, '..');
const dist = resolve(process.env['DIST_DIR'] ?? join(ROOT, 'dist'));
const out = join(ROOT, 'captures');

if (!existsSync(join(dist, 'index.html'))) {
	console.error(
		`Aucun site construit dans ${relative(ROOT, dist) || dist}.\nLancez d’abord « npm run build », puis « npm run captures ».`,
	);
	process.exit(1);
}

const filters = process.argv.slice(2);
const pages = CAPTURE_PAGES.filter(
	(p) => filters.length === 0 || filters.some((f) => p.nom.includes(f)),
);
if (pages.length === 0) {
	console.error(
		`Aucune page ne correspond à « ${filters.join(' ')} ». Pages connues : ${CAPTURE_PAGES.map((p) => p.nom).join(', ')}.`,
	);
	process.exit(1);
}

// A full run replaces the folder, so no image from a page dropped from the list stays behind.
if (filters.length === 0) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = await serve(dist);
const browser = await launchBrowser();
const problems: string[] = [];
try {
	for (const width of CAPTURE_WIDTHS)
		for (const colorScheme of CAPTURE_SCHEMES) {
			const context = await browser.newContext({
				viewport: { width, height: 900 },
				colorScheme,
				reducedMotion: 'reduce',
			});
			for (const capture of pages) {
				const page = await context.newPage();
				page.on('console', (m) => {
					if (m.type() === 'error') problems.push(`${capture.chemin} : ${m.text()}`);
				});
				const response = await page.goto(`${server.url}${capture.chemin}`, {
					waitUntil: 'networkidle',
				});
				if (!response?.ok()) problems.push(`${capture.chemin} : HTTP ${response?.status()}`);
				if (capture.attendre) await page.waitForSelector(capture.attendre, { timeout: 15_000 });
				await page.evaluate(() => document.fonts.ready);
				const file = join(out, captureFileName(capture.nom, width, colorScheme));
				await page.screenshot({ path: file, fullPage: true });
				await page.close();
			}
			await context.close();
		}
} finally {
	await browser.close();
	await server.close();
}

const count = pages.length * CAPTURE_WIDTHS.length * CAPTURE_SCHEMES.length;
console.log(`${count} captures dans ${relative(ROOT, out)}/ (${pages.length} pages).`);
if (problems.length) {
	console.error(`\nProblèmes vus pendant les captures :\n${problems.join('\n')}`);
	process.exit(1);
}
