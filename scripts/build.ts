/**
 * `npm run build`: the whole handbook into `dist/`: validation, the print edition (PDF), the site
 * with its search index, then the PDFs copied beside the pages. Stops with the validator's report
 * when the content is invalid; builds into a staging folder and replaces `dist/` only when every
 * stage succeeded, so a failed build never leaves a half-published site.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config } from '../src/config.ts';
import { buildBook } from '../src/model/book.ts';
import { forgetParsedMarkdown } from '../src/model/text/markdown.ts';
import { PDF_DIR } from '../src/pdf/manifest.ts';
import { exportPdfs } from '../src/pdf/export.ts';
import { loadPublishableContent, ROOT } from './lib/content.ts';
import { renderCacheDir } from './lib/render-cache.ts';
import { timed } from '../src/build/timing.ts';
import { removeOnInterrupt, removeStaleStaging, stagingFor } from '../src/build/staging.ts';
import { exitWhenPrinted } from './lib/exit.ts';
import { indexSearch } from '../src/build/search-index.ts';

/**
 * The site's Astro build in a process of its own (scripts/lib/site.ts), whose memory is given
 * back when it ends, before Pagefind's binary takes its own: measured at 5,000 sheets, 2.6 GiB
 * for Astro's process and 2.1 GiB for Pagefind, 4.7 GiB when one ran inside the other's hook.
 */
function buildSite(outDir: string, cacheDir: string): Promise<void> {
	const script = join(import.meta.dirname, 'lib', 'site.ts');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [script, ROOT, outDir, cacheDir], { stdio: 'inherit' });
		child.on('error', reject);
		child.on('exit', (code, signal) =>
			code === 0
				? resolve()
				: reject(
						new Error(
							`La construction du site (Astro) s’est arrêtée (${signal ?? `code ${code}`}).`,
						),
					),
		);
	});
}

// Tests and the benchmark publish elsewhere with `DIST_DIR=…`; the cache follows the content
// folder so two corpora never share Astro's content-layer cache.
const dist = resolve(ROOT, process.env['DIST_DIR'] ?? 'dist');
// Staged next to the destination so the final rename stays on one file system; what builds
// killed halfway left there goes first.
removeStaleStaging(dist);
const staging = stagingFor(dist);
// Astro keys its cache of rendered Markdown on its configuration, not on the plugins' sources nor
// on the glossary they read: the folder's name carries a digest of those files, so editing them
// renders anew, even in a cache folder kept between builds (ASTRO_CACHE_DIR).
const cacheDir = renderCacheDir(ROOT, config.contentDir, process.env['ASTRO_CACHE_DIR']);

const start = performance.now();
const content = await loadPublishableContent('rien n’a été publié');

try {
	// The PDFs come first: every page shows the book's real page count and size.
	const book = buildBook(content, { withoutDrafts: config.withoutDrafts });
	const pdf = await exportPdfs(book, {
		outDir: PDF_DIR,
		root: ROOT,
		siteUrl: config.home,
		now: new Date(),
		timed,
	});
	for (const warning of pdf.warnings) console.warn(`avertissement : ${warning}`);
	forgetParsedMarkdown();

	rmSync(staging, { recursive: true, force: true });
	removeOnInterrupt(staging);
	await timed('site et recherche', async () => {
		await buildSite(staging, cacheDir);
		await timed('recherche (Pagefind)', () => indexSearch(staging, config.base));
	});
	cpSync(PDF_DIR, staging, {
		recursive: true,
		filter: (source) => !source.endsWith('manifest.json'),
	});
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	console.error(error instanceof Error ? error.message : error);
	console.error('\nLa construction a échoué : rien n’a été publié.');
	await exitWhenPrinted(1);
}

if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(`Guide publié dans ${dist} en ${seconds} s`);
