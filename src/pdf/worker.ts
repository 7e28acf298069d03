/**
 * A compiling thread of the PDF export (see `compileAll` in export.ts): one Typst compiler that
 * takes documents one by one from the main thread and writes each PDF where its URL says.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfInfo } from './manifest.ts';
import type { PdfDocument } from './book-to-typst.ts';
import { createPdfCompiler, writePdf } from './compile.ts';

export interface WorkerInput {
	outDir: string;
	/** Project root, for messages that name a content file's line. */
	root?: string;
	images: { path: string; bytes: Uint8Array }[];
}

export type WorkerReply =
	{ info: PdfInfo; warnings: string[]; seconds: number } | { url: string; error: unknown };

const input = workerData as WorkerInput;
const compiler =
	input.root === undefined ? createPdfCompiler() : createPdfCompiler({ root: input.root });
for (const image of input.images) compiler.addFile(image.path, Buffer.from(image.bytes));

parentPort?.on('message', (document: PdfDocument) => {
	let reply: WorkerReply;
	const start = performance.now();
	try {
		const written = writePdf(compiler, document, input.outDir);
		reply = { ...written, seconds: (performance.now() - start) / 1000 };
	} catch (error) {
		reply = { url: document.url, error };
	}
	parentPort?.postMessage(reply);
});
