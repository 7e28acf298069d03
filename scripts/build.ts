/**
 * `npm run build`: the whole handbook into `dist/`. Validates the content first and stops with
 * the validator's report when it fails; then builds into a staging folder and replaces `dist/`
 * only when every stage succeeded, so a failed build never leaves a half-published site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { config } from '../src/config.ts';
import { formatProblem, hasErrors, sortProblems } from '../src/lib/validation/problem.ts';
import { loadContent, ROOT } from './lib/content.ts';
import { timed } from './lib/timing.ts';

// Tests and the benchmark publish elsewhere with `DIST_DIR=…`; the cache follows the content
// folder so two corpora never share Astro's content-layer cache.
const dist = resolve(ROOT, process.env['DIST_DIR'] ?? 'dist');
// Staged next to the destination so the final rename stays on one file system.
const staging = `${dist}.en-cours-${process.pid}`;
const cacheDir =
	process.env['ASTRO_CACHE_DIR'] ??
	join(ROOT, 'node_modules', '.astro', config.contentDir.replace(/[^a-z0-9]+/gi, '-'));

const { problems } = await timed('validation', () => loadContent());
if (hasErrors(problems)) {
	for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
	console.error('\nContenu invalide : rien n’a été publié. Corrigez les lignes ci-dessus (npm run validate).');
	process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
await timed('site', () => build({ root: ROOT, outDir: staging, cacheDir, logLevel: 'warn' }));

if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`Guide publié dans ${dist}`);
