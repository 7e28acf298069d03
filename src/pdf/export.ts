import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Book } from '../lib/book.ts';
import type { PdfInfo, PdfManifest } from '../lib/pdf-manifest.ts';
import { planPdfs, type PdfDocument, type PdfImage } from './book-to-typst.ts';
import type { WorkerInput, WorkerReply } from './worker.ts';

export interface ExportOptions {
	/** Destination folder (`PDF_DIR`); replaced only once every PDF is made. */
	outDir: string;
	/** Project root: content files and images are named relative to it. */
	root: string;
	siteUrl: string;
	now: Date;
	/** Runs and reports one stage; the CLI prints durations with it. */
	timed?: <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;
}

const untimed = async <T>(_stage: string, run: () => T | Promise<T>): Promise<T> => run();

/** Reads every image the documents show; a missing one names the content file that asks for it. */
export function readImages(images: readonly PdfImage[], root: string): WorkerInput['images'] {
	return images.map((image) => {
		const file = join(root, image.file);
		if (!existsSync(file)) {
			throw new Error(
				`Image introuvable pour « ${image.owner.titre} » (${image.owner.file}) : ${image.file} n’existe pas. ` +
					'Déposez le fichier dans content/medias/ ou corrigez le chemin (relatif à la fiche), puis relancez « npm run pdf ».',
			);
		}
		return { path: image.path, bytes: readFileSync(file) };
	});
}

/** A compiled document as a thread reports it. */
export type Compiled = Extract<WorkerReply, { info: PdfInfo }>;

/**
 * Compiles the documents on one Typst compiler per core. Typst needs about 10 ms of computing
 * per page here, and a thousand sheets make some 8,000 pages (the book, its parts, the sheets'
 * own PDFs): threads are the one lever left. The longest documents go first, so that no thread
 * is left alone with the book at the end.
 */
export function compileAll(
	documents: readonly PdfDocument[],
	outDir: string,
	images: WorkerInput['images'],
): Promise<Compiled[]> {
	const queue = [...documents].sort((a, b) => b.source.length - a.source.length);
	const threads = Math.max(1, Math.min(availableParallelism(), queue.length));
	const results: Compiled[] = [];
	const workerData: WorkerInput = { outDir, images };
	return new Promise((resolve, reject) => {
		const workers: Worker[] = [];
		let failed = false;
		const fail = (error: unknown) => {
			if (failed) return;
			failed = true;
			for (const worker of workers) void worker.terminate();
			reject(error instanceof Error ? error : new Error(String(error), { cause: error }));
		};
		const feed = (worker: Worker) => {
			const next = queue.shift();
			if (next) worker.postMessage(next);
			else void worker.terminate();
		};
		for (let i = 0; i < threads; i++) {
			const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData });
			workers.push(worker);
			worker.on('message', (reply: WorkerReply) => {
				if ('error' in reply) return fail(reply.error);
				results.push(reply);
				if (results.length === documents.length) {
					for (const w of workers) void w.terminate();
					resolve(results);
				} else feed(worker);
			});
			worker.on('error', (error) =>
				fail(new Error('Un fil de composition PDF s’est arrêté.', { cause: error })),
			);
			feed(worker);
		}
	});
}

export interface ExportResult {
	manifest: PdfManifest;
	warnings: string[];
	/** Computing time of the threads, in seconds, by kind of document. */
	seconds: { livre: number; parties: number; fiches: number };
}

/**
 * The print edition: the whole book, one PDF per part and one per sheet, laid out under
 * `outDir` by URL path with a `manifest.json` the site reads. Staged next to `outDir` and moved
 * in place at the end, so a failed export never leaves half a folder behind.
 */
export async function exportPdfs(book: Book, options: ExportOptions): Promise<ExportResult> {
	const timed = options.timed ?? untimed;
	const staging = `${options.outDir}.en-cours-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	try {
		const plan = await timed('sources Typst', () =>
			planPdfs(book, { siteUrl: options.siteUrl, now: options.now }),
		);
		const images = readImages(plan.images, options.root);
		const documents = [plan.livre, ...Object.values(plan.parties), ...Object.values(plan.fiches)];
		const compiled = await timed(`composition de ${documents.length} PDF`, () =>
			compileAll(documents, staging, images),
		);
		const byUrl = new Map(compiled.map((c) => [c.info.url, c]));
		const of = (document: PdfDocument) => byUrl.get(document.url)!;
		const all = <T>(record: Record<string, T>, map: (value: T) => unknown) =>
			Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
		const sum = (docs: readonly PdfDocument[]) =>
			docs.reduce((total, d) => total + of(d).seconds, 0);
		const manifest: PdfManifest = {
			livre: of(plan.livre).info,
			parties: all(plan.parties, (doc) => of(doc).info) as PdfManifest['parties'],
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
				parties: sum(Object.values(plan.parties)),
				fiches: sum(Object.values(plan.fiches)),
			},
		};
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	}
}
