import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NodeCompiler, type NodeError } from '@myriaddreamin/typst-ts-node-compiler';
import { cacheKey } from '../lib/disk-cache.ts';
import type { PdfInfo } from '../lib/pdf-manifest.ts';
import { sitePath } from '../lib/urls.ts';
import { TEMPLATE_PATH, type PdfDocument } from './book-to-typst.ts';

/** Source Sans 3 from npm, so the PDF looks the same on every machine and embeds its fonts. */
export const FONT_DIR = join(
	dirname(createRequire(import.meta.url).resolve('source-sans/package.json')),
	'OTF',
);

const TEMPLATE = readFileSync(new URL('./template.typ', import.meta.url), 'utf8');

/**
 * Everything besides a document's source that shapes its PDF: compiler version, template and
 * fonts. Part of every cached PDF's key, so upgrading any of them recompiles everything.
 */
export function compilerFingerprint(): string {
	const require = createRequire(import.meta.url);
	const { version } = require('@myriaddreamin/typst-ts-node-compiler/package.json') as {
		version: string;
	};
	const fonts = readdirSync(FONT_DIR)
		.sort()
		.map((name) => `${name}:${statSync(join(FONT_DIR, name)).size}`);
	return cacheKey(version, TEMPLATE, ...fonts);
}

/**
 * The compiler's root: a folder that does not exist on disk, so documents read only what is
 * handed to them (the template, the images) and never the machine's files.
 */
const WORKSPACE = '/rfvs-livre';

export interface CompiledPdf {
	pdf: Buffer;
	pages: number;
	/** What a reader of the build log should know: a document that could not be made PDF/UA-1. */
	warnings: string[];
}

export interface PdfCompiler {
	/** Makes a file (an image) readable by the documents under `path`. */
	addFile(path: string, bytes: Buffer): void;
	/** Compiles one generated document; `name` only serves error messages. */
	compile(name: string, source: string): CompiledPdf;
}

interface Diagnostic {
	message?: string;
	path?: string;
	range?: string;
	hints?: string[];
}

function describe(compiler: NodeCompiler, error: NodeError): string {
	const diagnostics = compiler.fetchDiagnostics(error) as Diagnostic[];
	return diagnostics
		.map((d) => `  ${d.path ?? ''}${d.range ? ` ${d.range}` : ''} ${d.message ?? ''}`.trimEnd())
		.join('\n');
}

/**
 * One Typst compiler for many documents: fonts are read once. Each PDF is tagged and declared
 * PDF/UA-1 (Typst 0.14 checks the rules it knows: title, language, alt texts, heading levels);
 * content that breaks one still gets a tagged PDF, with a warning rather than no PDF at all.
 */
export function createPdfCompiler(): PdfCompiler {
	const compiler = NodeCompiler.create({
		workspace: WORKSPACE,
		fontArgs: [{ fontPaths: [FONT_DIR] }],
	});
	compiler.addSource(WORKSPACE + TEMPLATE_PATH, TEMPLATE);
	return {
		addFile(path, bytes) {
			compiler.mapShadow(WORKSPACE + path, bytes);
		},
		compile(name, source) {
			let result;
			try {
				result = compiler.compile({ mainFileContent: source });
			} catch (cause) {
				throw new Error(`Le compilateur Typst a échoué sur « ${name} ».`, { cause });
			}
			const error = result.takeError();
			if (error || !result.result) {
				const details = error ? describe(compiler, error) : '';
				throw new Error(`La composition du PDF « ${name} » a échoué :\n${details}`, {
					cause: error,
				});
			}
			const document = result.result;
			const pages = document.numOfPages;
			try {
				return { pdf: compiler.pdf(document, { pdfStandard: 'ua-1' }), pages, warnings: [] };
			} catch (uaError) {
				const reason = /message: "([^"]*)"/.exec(String(uaError))?.[1] ?? String(uaError);
				try {
					const warning = `« ${name} » n’est pas conforme PDF/UA-1 (${reason}) : PDF balisé ordinaire produit.`;
					return { pdf: compiler.pdf(document), pages, warnings: [warning] };
				} catch (cause) {
					throw new Error(`L’export PDF de « ${name} » a échoué.`, { cause });
				}
			} finally {
				// Typst memoizes every layout in a global cache that otherwise grows with each
				// document: what the last ten documents did not reuse is dropped.
				compiler.evictCache(10);
			}
		},
	};
}

/** Where the PDF of `url` (its public address, under `BASE_PATH`) lives under `outDir`. */
export function pdfPath(outDir: string, url: string): string {
	return join(outDir, ...sitePath(url).split('/').filter(Boolean));
}

/** Compiles one document and writes it under `outDir`, laid out by its URL path. */
export function writePdf(
	compiler: PdfCompiler,
	document: PdfDocument,
	outDir: string,
): { info: PdfInfo; warnings: string[] } {
	const { pdf, pages, warnings } = compiler.compile(document.url, document.source);
	const file = pdfPath(outDir, document.url);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, pdf);
	return { info: { url: document.url, pages, bytes: pdf.byteLength }, warnings };
}
