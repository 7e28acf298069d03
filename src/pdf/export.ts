import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { assertContentFile } from '../contribution/validation/files.ts';
import { cacheDir, cacheKey, readCached, writeCached } from '../build/disk-cache.ts';
import type { PdfInfo, PdfManifest } from './manifest.ts';
import { removeOnInterrupt, removeStaleStaging, stagingFor } from '../build/staging.ts';
import type { PdfDocument, PdfImage, PdfPlan } from './book-to-typst.ts';
import { compilerFingerprint, pdfPath } from './compile.ts';
import type { WorkerInput, WorkerMessage, WorkerReply } from './worker.ts';

export interface ExportOptions {
	/** Destination folder (`PDF_DIR`); replaced only once every PDF is made. */
	outDir: string;
	/** Compiled PDFs from earlier builds (`PDF_CACHE_DIR`, by default beside Astro's cache). */
	cacheDir?: string;
	/** Project root: content files and images are named relative to it. */
	root: string;
	/** Runs and reports one stage; the CLI prints durations with it. */
	timed?: <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;
}

/** The comments that name a body's content file (`sourceMarker` in markdown-to-typst.ts). */
const SOURCE_MARKERS = /^\/\/ source: .*$/gm;

const untimed = async <T>(_stage: string, run: () => T | Promise<T>): Promise<T> => run();

/**
 * Reads every image the documents show; a missing one names the content file that asks for it.
 * A link, or a path leading out of the content folder, is refused before any byte is read.
 */
export function readImages(
	images: readonly PdfImage[],
	root: string,
	contentDir = resolve(root, config.contentDir),
): WorkerInput['images'] {
	return images.map((image) => {
		const file = join(root, image.file);
		assertContentFile(contentDir, file);
		if (!existsSync(file)) {
			throw new Error(
				`Image introuvable pour « ${image.owner.titre} » (${image.owner.file}) : ${image.file} n’existe pas. ` +
					'Déposez le fichier dans content/medias/ ou corrigez le chemin (relatif à la fiche), puis relancez « npm run pdf ».',
			);
		}
		return { path: image.path, bytes: readFileSync(file) };
	});
}

/** A compiled document as its composing process reports it. */
export type Compiled = Extract<WorkerReply, { info: PdfInfo }>;

/** The composing process's script (run by Node's own type stripping, as the build's scripts). */
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/**
 * A process that composed a document longer than this (the book, a long part) is replaced by a
 * fresh one: Typst's cache of that document's layouts would otherwise stay in its memory.
 */
const RECYCLE_AFTER_PAGES = 100;

/**
 * Compiles the documents on one Typst compiler per core, each in a process of its own. Typst
 * memoizes layouts in a cache global to its process: two compilers in threads of one process
 * shared it, waited on its locks and evicted each other's entries (measured on 60 sheets: 45 to
 * 60 ms of layout a sheet in two threads, 34 to 38 ms in two processes, 36 ms alone). The
 * longest documents go first, so that no process is left alone with the book at the end.
 */
export function compileAll(
	documents: readonly PdfDocument[],
	outDir: string,
	images: WorkerInput['images'],
	root?: string,
): Promise<Compiled[]> {
	if (documents.length === 0) return Promise.resolve([]);
	const queue = [...documents].sort((a, b) => b.source.length - a.source.length);
	const count = Math.max(1, Math.min(availableParallelism(), queue.length));
	const setup: WorkerInput = root === undefined ? { outDir, images } : { outDir, images, root };
	return new Promise((resolve, reject) => {
		const results: Compiled[] = [];
		const running = new Set<ChildProcess>();
		let failed = false;
		// Letting go of a process ends it (see worker.ts); one that stops on its own is a failure.
		const release = (child: ChildProcess) => {
			running.delete(child);
			if (child.connected) child.disconnect();
		};
		const fail = (error: unknown) => {
			if (failed) return;
			failed = true;
			for (const child of running) child.kill();
			running.clear();
			reject(error instanceof Error ? error : new Error(String(error), { cause: error }));
		};
		const feed = (child: ChildProcess) => {
			const document = queue.shift();
			if (document) child.send({ document } satisfies WorkerMessage);
			else release(child);
		};
		const start = () => {
			const child = fork(WORKER, {
				execArgv: [],
				serialization: 'advanced',
				stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			});
			running.add(child);
			child.on('message', (reply: WorkerReply) => {
				if ('error' in reply) return fail(reply.error);
				results.push(reply);
				if (results.length === documents.length) {
					for (const other of [...running]) release(other);
					resolve(results);
				} else if (reply.info.pages > RECYCLE_AFTER_PAGES && queue.length > 0) {
					release(child);
					start();
				} else feed(child);
			});
			child.on('exit', (code, signal) => {
				if (running.has(child))
					fail(
						new Error(
							`Un processus de composition PDF s’est arrêté (${signal ?? `code ${code}`}).`,
						),
					);
			});
			child.on('error', (error) =>
				fail(new Error('Un processus de composition PDF n’a pas pu démarrer.', { cause: error })),
			);
			child.send({ setup } satisfies WorkerMessage);
			feed(child);
		};
		for (let i = 0; i < count; i++) start();
	});
}

interface CachedInfo {
	pages: number;
	warnings: string[];
}

/**
 * A document's PDF from an earlier build, keyed by everything that shapes it (its source, the
 * images, the compiler, template and fonts), copied to where this export writes it.
 */
function fromCache(dir: string, key: string, document: PdfDocument, outDir: string) {
	const pdf = readCached(join(dir, `${key}.pdf`));
	const meta = readCached(join(dir, `${key}.json`));
	if (!pdf || !meta) return undefined;
	const { pages, warnings } = JSON.parse(meta.toString('utf8')) as CachedInfo;
	const file = pdfPath(outDir, document.url);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, pdf);
	const info: PdfInfo = { url: document.url, pages, bytes: pdf.byteLength };
	return { info, warnings, seconds: 0 } satisfies Compiled;
}

function toCache(dir: string, key: string, compiled: Compiled, outDir: string): void {
	writeCached(join(dir, `${key}.pdf`), readFileSync(pdfPath(outDir, compiled.info.url)));
	const meta: CachedInfo = { pages: compiled.info.pages, warnings: compiled.warnings };
	writeCached(join(dir, `${key}.json`), JSON.stringify(meta));
}

export interface ExportResult {
	manifest: PdfManifest;
	warnings: string[];
	/** Computing time of the composing processes, in seconds, by kind of document. */
	seconds: { livre: number; parties: number; fiches: number };
	/** Documents compiled by this export; the others came from the cache. */
	composed: number;
}

/**
 * The print edition: the whole book, one PDF per part and one per sheet, composed from their
 * Typst sources (`planPdfs`), laid out under `outDir` by URL path with a `manifest.json` the site
 * reads. Takes the plan, not the book, so that the caller can let the content go before the
 * composing processes start (scripts/lib/print.ts). Staged next to `outDir` and moved in place at
 * the end, so a failed export never leaves half a folder behind.
 */
export async function exportPdfs(plan: PdfPlan, options: ExportOptions): Promise<ExportResult> {
	const timed = options.timed ?? untimed;
	// What builds killed halfway left, then this build's own folder, removed if it is stopped.
	removeStaleStaging(options.outDir);
	const staging = stagingFor(options.outDir);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	const settled = removeOnInterrupt(staging);
	try {
		const images = readImages(plan.images, options.root);
		const documents = [
			plan.livre,
			...Object.values(plan.parties),
			...Object.values(plan.chapitres),
			...Object.values(plan.fiches),
		];
		const cache = options.cacheDir ?? cacheDir('PDF_CACHE_DIR', 'pdf');
		const salt = cacheKey(compilerFingerprint(), ...images.flatMap((i) => [i.path, i.bytes]));
		// The marker comments name content files by their path, which moves with the content
		// folder; they change no PDF, so the key leaves them out.
		const keys = new Map(
			documents.map((d) => [d.url, cacheKey(salt, d.source.replace(SOURCE_MARKERS, ''))]),
		);
		const reused: Compiled[] = [];
		const missing: PdfDocument[] = [];
		for (const document of documents) {
			const hit = fromCache(cache, keys.get(document.url)!, document, staging);
			if (hit) reused.push(hit);
			else missing.push(document);
		}
		const fresh = await timed(
			`composition de ${missing.length} PDF (${reused.length} repris du cache)`,
			() => compileAll(missing, staging, images, options.root),
		);
		for (const compiled of fresh) toCache(cache, keys.get(compiled.info.url)!, compiled, staging);
		const compiled = [...reused, ...fresh];
		const byUrl = new Map(compiled.map((c) => [c.info.url, c]));
		const of = (document: PdfDocument) => byUrl.get(document.url)!;
		const all = <T>(record: Record<string, T>, map: (value: T) => unknown) =>
			Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
		const sum = (docs: readonly PdfDocument[]) =>
			docs.reduce((total, d) => total + of(d).seconds, 0);
		const manifest: PdfManifest = {
			livre: of(plan.livre).info,
			parties: all(plan.parties, (doc) => of(doc).info) as PdfManifest['parties'],
			chapitres: all(plan.chapitres, (doc) => of(doc).info) as PdfManifest['chapitres'],
			fiches: all(plan.fiches, (doc) => of(doc).info) as PdfManifest['fiches'],
		};
		writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
		rmSync(options.outDir, { recursive: true, force: true });
		mkdirSync(dirname(options.outDir), { recursive: true });
		renameSync(staging, options.outDir);
		return {
			manifest,
			warnings: compiled.flatMap((c) => c.warnings),
			seconds: {
				livre: of(plan.livre).seconds,
				parties: sum([...Object.values(plan.parties), ...Object.values(plan.chapitres)]),
				fiches: sum(Object.values(plan.fiches)),
			},
			composed: fresh.length,
		};
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	} finally {
		settled();
	}
}
