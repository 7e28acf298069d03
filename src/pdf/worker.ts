/**
 * A composing process of the PDF export (see `compileAll` in export.ts): one Typst compiler that
 * takes documents one by one from the build's process and writes each PDF where its URL says.
 * It ends when the build lets go of it (`disconnect`).
 */
import type { PdfInfo } from './manifest.ts';
import type { PdfDocument } from './book-to-typst.ts';
import { createPdfCompiler, writePdf, type PdfCompiler } from './compile.ts';

export interface WorkerInput {
	outDir: string;
	/** Project root, for messages that name a content file's line. */
	root?: string;
	images: { path: string; bytes: Uint8Array }[];
}

/** The first message sets the process up; every later one is a document to compile. */
export type WorkerMessage = { setup: WorkerInput } | { document: PdfDocument };

export type WorkerReply =
	{ info: PdfInfo; warnings: string[]; seconds: number } | { url: string; error: unknown };

let compiler: PdfCompiler | undefined;
let input: WorkerInput | undefined;

const reply = (message: WorkerReply) => process.send?.(message);

process.on('message', (message: WorkerMessage) => {
	if ('setup' in message) {
		input = message.setup;
		compiler =
			input.root === undefined ? createPdfCompiler() : createPdfCompiler({ root: input.root });
		for (const image of input.images) compiler.addFile(image.path, Buffer.from(image.bytes));
		return;
	}
	const { document } = message;
	const start = performance.now();
	try {
		const written = writePdf(compiler!, document, input!.outDir);
		reply({ ...written, seconds: (performance.now() - start) / 1000 });
	} catch (error) {
		reply({ url: document.url, error });
	}
});
process.on('disconnect', () => process.exit(0));
