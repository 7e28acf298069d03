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
import { PDF_DIR } from '../src/pdf/manifest.ts';
import { ROOT } from './lib/content.ts';
import { renderCacheDir } from './lib/render-cache.ts';
import { timed } from '../src/build/timing.ts';
import { removeOnInterrupt, removeStaleStaging, stagingFor } from '../src/build/staging.ts';
import { BUILD_FAILED, exitWhenPrinted } from './lib/exit.ts';
import { indexSearch } from '../src/build/search-index.ts';

/**
 * Runs a stage of the build, `scripts/lib/<name>.ts`, in a Node process of its own, whose memory
 * is given back when it ends: measured at 5,000 sheets, 0.7 GiB for the validated content and the
 * PDF plan, 2.6 GiB for Astro, 2.1 GiB for Pagefind's binary, 4.7 GiB when one ran inside the
 * other. Resolves with how it ended: « code 0 », « code 1 », « SIGKILL »…
 */
function runStage(
	name: string,
	args: readonly string[] = [],
	nodeOptions: readonly string[] = [],
): Promise<string> {
	const script = join(import.meta.dirname, 'lib', `${name}.ts`);
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [...nodeOptions, script, ...args], { stdio: 'inherit' });
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`));
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
// Validation, then the PDFs: every page shows the book's real page count and size. The stage
// prints what went wrong and ends with code 1 on invalid content or a refused document; it
// gives its memory back before composing (`--expose-gc`, see scripts/lib/print.ts).
const print = await runStage('print', [], ['--expose-gc']);
if (print === 'code 1') await exitWhenPrinted(1);
if (print !== 'code 0') {
	console.error(`La composition de l’édition imprimable s’est arrêtée (${print}).${BUILD_FAILED}`);
	await exitWhenPrinted(1);
}

try {
	rmSync(staging, { recursive: true, force: true });
	removeOnInterrupt(staging);
	await timed('site et recherche', async () => {
		const site = await runStage('site', [ROOT, staging, cacheDir]);
		if (site !== 'code 0')
			throw new Error(`La construction du site (Astro) s’est arrêtée (${site}).`);
		await timed('recherche (Pagefind)', () => indexSearch(staging, config.base));
	});
	cpSync(PDF_DIR, staging, {
		recursive: true,
		filter: (source) => !source.endsWith('manifest.json'),
	});
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	console.error(error instanceof Error ? error.message : error);
	console.error(BUILD_FAILED);
	await exitWhenPrinted(1);
}

if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(`Guide publié dans ${dist} en ${seconds} s`);
