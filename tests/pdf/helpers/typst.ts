import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATE_PATH } from '../../../src/pdf/book-to-typst.ts';
import { createPdfCompiler, type PdfCompiler } from '../../../src/pdf/compile.ts';

let compiler: PdfCompiler | undefined;
const dir = mkdtempSync(join(tmpdir(), 'rfvs-pdf-test-'));
let count = 0;

/** One compiler for a test file, as the export has one per thread. */
export function testCompiler(): PdfCompiler {
	compiler ??= createPdfCompiler();
	return compiler;
}

/** A document of the book's template around some generated markup, in the part colour of part 1. */
export function inTemplate(markup: string): string {
	return `#import "${TEMPLATE_PATH}": *\n#show: edition\n#show: styles-texte.with(rgb("#1f6f43"))\n${markup}\n`;
}

/** Compiles a source and writes the PDF to a temporary file, for poppler to read. */
export function compileToFile(source: string): { file: string; pages: number; warnings: string[] } {
	const { pdf, pages, warnings } = testCompiler().compile('test', source);
	const file = join(dir, `document-${++count}.pdf`);
	writeFileSync(file, pdf);
	return { file, pages, warnings };
}
