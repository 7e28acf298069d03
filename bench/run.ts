/**
 * `npm run bench`: the whole pipeline measured at 26 (the real content), 1,000 and 5,000 sheets,
 * beside a plain Starlight site building the same 1,000 sheets; Lighthouse on the real content.
 * Prints a Markdown table and writes it to `bench/results.md`. Everything happens in a temporary
 * folder: `content/`, `dist/` and the caches of the project are left alone.
 *
 *     npm run bench
 *     npm run bench -- --tailles 26,1000 --sans-pair --sans-lighthouse
 */
import { execFileSync } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, launchBrowser } from '../tests/lib/browser.ts';
import { serve } from '../tests/lib/server.ts';
import { urls } from '../src/model/urls.ts';
import type { PdfManifest } from '../src/pdf/manifest.ts';
import { PARTIES } from '../src/schemas/vocabulary.ts';
import { generateCorpus } from './corpus.ts';
import { lighthouse, TOOLS_DIR } from './lib/lighthouse.ts';
import { measureCards } from './lib/cards.ts';
import { measure, type Measured } from './lib/process.ts';
import {
	formatReport,
	type BenchResults,
	type BuildRun,
	type LighthouseResult,
	type PeerResult,
	type SizeResult,
} from './lib/report.ts';
import { measureQuery } from './lib/search.ts';
import { cleanPeer, PEER_DIR, preparePeer } from './lib/starlight.ts';
import { folderSize, pageWeight } from './lib/weight.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = process.execPath;
/**
 * Typical queries: a determinant, a public, a city; then a public with two filters ticked, whose
 * disjunctive counts cost two more Pagefind searches.
 */
const QUERIES: [query: string, filters?: string][] = [
	['logement'],
	['santé mentale des jeunes'],
	['Lille'],
	['jeunes', 'partie=5&determinant=lien-social'],
];

const { values } = parseArgs({
	options: {
		tailles: { type: 'string', default: '26,1000,5000' },
		'sans-pair': { type: 'boolean', default: false },
		'sans-lighthouse': { type: 'boolean', default: false },
	},
});
const sizes = values.tailles.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--tailles attend des nombres de fiches séparés par des virgules, par ex. 26,1000');
	process.exit(1);
}

/** `npm ci` in a folder of the benchmark whose packages are installed apart. */
function install(dir: string): void {
	if (existsSync(join(dir, 'node_modules'))) return;
	console.log(`Installation des paquets de ${dir}…`);
	execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
}

/** The build's own stage lines, so the log shows where the time went. */
function logStages(measured: Measured): void {
	for (const [name, seconds] of measured.stages) console.log(`  ${name} : ${seconds.toFixed(1)} s`);
}

const run = (measured: Measured): BuildRun => ({
	seconds: measured.seconds,
	peakRss: measured.peakRss,
	stages: Object.fromEntries(measured.stages),
	stagePeaks: Object.fromEntries(measured.stagePeaks),
	processPeaks: Object.fromEntries(measured.processPeaks),
});

function chromiumVersion(): string {
	try {
		// Debian's wrapper script complains on stderr about the machine's memory size: not ours to show.
		return execFileSync(CHROMIUM, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		return 'Chromium absent';
	}
}

async function queries(dist: string) {
	const server = await serve(dist);
	const browser = await launchBrowser();
	try {
		const results = [];
		for (const [query, filters] of QUERIES)
			results.push(await measureQuery(browser, server.url, query, filters));
		return results;
	} finally {
		await browser.close();
		await server.close();
	}
}

async function benchSize(work: string, count: number): Promise<SizeResult> {
	const dir = join(work, `n${count}`);
	const contentDir = join(dir, 'contenu');
	// 26 is the real content (the recueil's 26 sheets and the drafts); larger counts are generated.
	const real = count === 26;
	if (real) cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
	else generateCorpus(contentDir, count);
	const sheets = readdirSync(join(contentDir, 'fiches'))
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.sort();
	const drafts = sheets.filter((name) =>
		/^statut: *brouillon/m.test(readFileSync(join(contentDir, 'fiches', name), 'utf8')),
	).length;
	const label = real
		? `contenu réel (${sheets.length} fiches dont ${drafts} brouillons)`
		: `${count.toLocaleString('fr-FR')} fiches`;
	console.log(`\n== ${label} ==`);

	const env = {
		CONTENU_DIR: contentDir,
		DIST_DIR: join(dir, 'dist'),
		PDF_DIR: join(dir, 'pdf'),
		PDF_CACHE_DIR: join(dir, 'cache-pdf'),
		ASTRO_CACHE_DIR: join(dir, 'cache-astro'),
		CARTES_CACHE_DIR: join(dir, 'cache-cartes'),
	};
	const validation = await measure(NODE, ['scripts/validate.ts'], { cwd: ROOT, env });
	console.log(`validation : ${validation.seconds.toFixed(1)} s`);
	const cold = await measure(NODE, ['scripts/build.ts'], { cwd: ROOT, env });
	console.log(`construction à froid : ${cold.seconds.toFixed(1)} s`);
	logStages(cold);

	const dist = env.DIST_DIR;
	const id = sheets[0]!.slice(0, -3);
	const sheetPage = pageWeight(dist, `${urls.fiche(id).slice(1)}index.html`);
	const manifest = JSON.parse(
		readFileSync(join(env.PDF_DIR, 'manifest.json'), 'utf8'),
	) as PdfManifest;
	const pdfs = [
		manifest.livre,
		...Object.values(manifest.parties),
		...Object.values(manifest.fiches),
	];
	const result = {
		label,
		fiches: count,
		validation: { seconds: validation.seconds, peakRss: validation.peakRss },
		cold: run(cold),
		dist: folderSize(dist),
		pagefind: folderSize(join(dist, 'pagefind')),
		queries: await queries(dist),
		sheetPage,
		pdf: {
			bookPages: manifest.livre.pages,
			bookBytes: manifest.livre.bytes,
			documents: pdfs.length,
			bytes: pdfs.reduce((sum, p) => sum + p.bytes, 0),
		},
	};

	// One sheet edited as a contributor would: a sentence added to its text.
	appendFileSync(
		join(contentDir, 'fiches', sheets[0]!),
		'\nUne phrase ajoutée pour mesurer une reconstruction.\n',
	);
	const rebuild = await measure(NODE, ['scripts/build.ts'], { cwd: ROOT, env });
	console.log(`reconstruction : ${rebuild.seconds.toFixed(1)} s`);
	logStages(rebuild);
	return { ...result, rebuild: run(rebuild) };
}

async function benchPeer(work: string, count: number): Promise<PeerResult> {
	install(PEER_DIR);
	const contentDir = join(work, 'starlight', 'contenu');
	generateCorpus(contentDir, count);
	preparePeer(contentDir);
	console.log(`\n== Starlight, ${count} fiches ==`);
	try {
		const astro = join(PEER_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
		const build = await measure(NODE, [astro, 'build'], { cwd: PEER_DIR });
		console.log(`construction : ${build.seconds.toFixed(1)} s`);
		const dist = join(PEER_DIR, 'dist');
		const first = readdirSync(join(contentDir, 'fiches')).sort()[0]!.slice(0, -3);
		return {
			fiches: count,
			build: { seconds: build.seconds, peakRss: build.peakRss },
			dist: folderSize(dist),
			pagefind: folderSize(join(dist, 'pagefind')),
			sheetPage: pageWeight(dist, `fiches/${first}/index.html`),
		};
	} finally {
		cleanPeer();
	}
}

async function benchLighthouse(work: string): Promise<LighthouseResult[]> {
	install(TOOLS_DIR);
	const dist = join(work, 'n26', 'dist');
	const server = await serve(dist);
	const first = readdirSync(join(ROOT, 'content', 'fiches'))
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.sort()[0]!
		.slice(0, -3);
	const pages: [string, string][] = [
		['Accueil', '/'],
		['Une partie', urls.partie(PARTIES[1].slug)],
		['Une fiche', urls.fiche(first)],
	];
	try {
		const results: LighthouseResult[] = [];
		for (const [page, path] of pages) {
			console.log(`Lighthouse : ${path}`);
			results.push({
				page: `${page} (${path})`,
				scores: { ...(await lighthouse(server.url + path)) },
			});
		}
		return results;
	} finally {
		await server.close();
	}
}

const work = mkdtempSync(join(tmpdir(), 'rfvs-bench-'));
try {
	const results: BenchResults = {
		date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
		machine: `${cpus().length} cœurs (${cpus()[0]?.model ?? 'inconnu'}), ${Math.round(totalmem() / 2 ** 30)} Gio de mémoire, Node ${process.version}, ${chromiumVersion()}`,
		sizes: [],
		lighthouse: [],
		failures: [],
	};
	for (const count of sizes) results.sizes.push(await benchSize(work, count));
	console.log('\n== cartes ==');
	results.cards = await measureCards();
	console.log(`${results.cards.total.toFixed(1)} ms par carte`);
	// The peer and Lighthouse come from packages installed apart: a failure there is reported
	// with the table, not in place of it.
	const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
	if (!values['sans-pair'] && sizes.includes(1000)) {
		try {
			results.peer = await benchPeer(work, 1000);
		} catch (error) {
			results.failures.push(`Starlight : ${reason(error)}`);
		}
	}
	if (!values['sans-lighthouse'] && sizes.includes(26)) {
		try {
			results.lighthouse = await benchLighthouse(work);
		} catch (error) {
			results.failures.push(`Lighthouse : ${reason(error)}`);
		}
	}
	const report = formatReport(results);
	console.log(`\n${report}`);
	writeFileSync(join(ROOT, 'bench', 'results.md'), report);
	console.log('Résultats écrits dans bench/results.md');
	if (results.failures.length) process.exitCode = 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
