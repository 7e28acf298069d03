import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NodeCompiler, type NodeError } from '@myriaddreamin/typst-ts-node-compiler';
import { cacheKey } from '../build/disk-cache.ts';
import { parseContentFile } from '../contribution/validation/parse.ts';
import type { PdfInfo } from './manifest.ts';
import { sitePath } from '../model/urls.ts';
import { TEMPLATE_PATH, type PdfDocument } from './book-to-typst.ts';

/** Source Sans 3 from npm, so the PDF looks the same on every machine and embeds its fonts. */
export const FONT_DIR = join(
	dirname(createRequire(import.meta.url).resolve('source-sans/package.json')),
	'OTF',
);

/**
 * Noto Emoji (monochrome, SIL OFL) from npm: emoji print in the ink's colour instead of empty
 * boxes, which also cost a PDF its PDF/UA-1 status. One weight of 870 kB; Typst embeds only the
 * glyphs a document uses.
 */
export const EMOJI_FONT = createRequire(import.meta.url).resolve(
	'@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
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
	return cacheKey(version, TEMPLATE, ...fonts, `emoji:${statSync(EMOJI_FONT).size}`);
}

/**
 * The compiler's root: a folder that does not exist on disk, so documents read only what is
 * handed to them (the template, the images) and never the machine's files.
 */
const WORKSPACE = '/rfvs-livre';
/**
 * Where a document's source is mapped before it is compiled: a file, unlike `mainFileContent`,
 * gets line numbers in the compiler's diagnostics.
 */
const MAIN_PATH = `${WORKSPACE}/document.typ`;

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
	/** 0-based lines and characters in the file of `path`. */
	range?: { start?: { line?: number } } | null;
	hints?: string[];
	/** 1 error, 2 warning, 3 information, 4 hint (« while calling f »). */
	severity?: number;
}

/** Where in the content a generated line comes from: the marker of its top-level block. */
export interface SourceLocation {
	/** The content file, as the marker names it. */
	file: string;
	/** 1-based line of the block in the file's Markdown body. */
	bodyLine: number;
}

const MARKER = /^\/\/ source: (\d+) (.*)$/;

/**
 * The content file and body line of the generated line `line` (0-based): the nearest marker
 * comment at or above it (see `sourceMarker` in markdown-to-typst.ts). Undefined outside a body
 * (the template, a title or frontmatter field).
 */
export function sourceAt(source: string, line: number): SourceLocation | undefined {
	const lines = source.split('\n', line + 1);
	for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
		const found = MARKER.exec(lines[i]!);
		if (found) return { file: found[2]!, bodyLine: Number(found[1]) };
	}
	return undefined;
}

/**
 * How a message names a location: « content/fiches/x.md, ligne 12 » when the content file can
 * be read (the body's line shifted by the frontmatter), else the line in the body.
 */
export function placeOf(location: SourceLocation, root: string | undefined): string {
	let offset: number | undefined;
	if (root !== undefined) {
		try {
			const text = readFileSync(join(root, location.file), 'utf8');
			offset = parseContentFile(location.file, text).bodyLine - 1;
		} catch {
			offset = undefined;
		}
	}
	return offset === undefined
		? `${location.file}, ligne ${location.bodyLine} du texte`
		: `${location.file}, ligne ${location.bodyLine + offset}`;
}

/** What an editor can do about a compiler error, by its message. */
export function hintFor(message: string): string {
	if (/nested|depth exceeded/i.test(message))
		return 'le passage imbrique trop de citations, de listes ou de mises en forme : simplifiez-le.';
	if (/URL is too long/i.test(message))
		return 'une adresse de lien dépasse 8 000 caractères : raccourcissez-la.';
	return 'vérifiez le passage indiqué ; si le texte semble correct, signalez le problème avec ce message.';
}

/** A document Typst could not lay out, with where in the content the first error lies. */
export class PdfCompileError extends Error {
	readonly location: SourceLocation | undefined;
	constructor(message: string, location: SourceLocation | undefined, options: ErrorOptions) {
		super(message, options);
		this.name = 'PdfCompileError';
		this.location = location;
	}
}

/** The first error's location and a French report of every diagnostic, with a hint. */
function describe(
	compiler: NodeCompiler,
	error: NodeError,
	name: string,
	source: string,
	root: string | undefined,
): { location: SourceLocation | undefined; message: string } {
	const diagnostics = compiler.fetchDiagnostics(error) as Diagnostic[];
	const first = diagnostics.find((d) => d.severity === 1) ?? diagnostics[0];
	const line = first?.path === MAIN_PATH ? first.range?.start?.line : undefined;
	const location = line === undefined ? undefined : sourceAt(source, line);
	const where = location
		? ` (${placeOf(location, root)})`
		: line === undefined
			? ''
			: ` (ligne ${line + 1} de la source Typst générée)`;
	const details = diagnostics
		.map((d) => [d.message ?? '', ...(d.hints ?? []).map((hint) => `hint: ${hint}`)].join(' ; '))
		.filter((text) => text !== '')
		.map((text) => `  ${text}`);
	const message = [
		`La composition du PDF « ${name} » a échoué${where} :`,
		...details,
		`Piste : ${hintFor(first?.message ?? '')}`,
	].join('\n');
	return { location, message };
}

/** The first diagnostic's message in the text of a PDF export error (Rust's debug format). */
function firstMessage(error: string): string {
	const found = /message: "((?:[^"\\]|\\.)*)"/.exec(error);
	if (!found) return error;
	return found[1]!
		.replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/\\(.)/g, '$1');
}

/**
 * The build log's line for a document that could not be PDF/UA-1. When the reason is a text no
 * font can draw, it names the characters (with their code points, as they may be invisible) and
 * where the first one is: the content file and line of its block.
 */
export function uaWarning(name: string, error: string, source: string, root?: string): string {
	const reason = firstMessage(error);
	const text = /the text `"(.*)"` could not be displayed/s.exec(reason)?.[1];
	if (text === undefined)
		return `« ${name} » n’est pas conforme PDF/UA-1 (${reason}) : PDF balisé ordinaire produit.`;
	const characters = [...new Set(text)]
		.map((c) => `« ${c} » (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
		.join(', ');
	const at = source.indexOf(text);
	const location =
		at === -1 ? undefined : sourceAt(source, source.slice(0, at).split('\n').length - 1);
	const where = location ? ` dans ${placeOf(location, root)},` : '';
	return (
		`« ${name} » n’est pas conforme PDF/UA-1 : ${characters}${where} n’existe dans aucune police du livre ` +
		'et s’imprime comme une case vide. Remplacez ce caractère ou retirez-le : PDF balisé ordinaire produit.'
	);
}

/**
 * One Typst compiler for many documents: fonts are read once. Each PDF is tagged and declared
 * PDF/UA-1 (Typst 0.14 checks the rules it knows: title, language, alt texts, heading levels);
 * content that breaks one still gets a tagged PDF, with a warning rather than no PDF at all.
 */
export function createPdfCompiler(
	options: {
		/** Project root: messages then name a content file's own lines, frontmatter counted. */
		root?: string;
	} = {},
): PdfCompiler {
	const { root } = options;
	const compiler = NodeCompiler.create({
		workspace: WORKSPACE,
		fontArgs: [{ fontPaths: [FONT_DIR, dirname(EMOJI_FONT)] }],
	});
	compiler.addSource(WORKSPACE + TEMPLATE_PATH, TEMPLATE);
	return {
		addFile(path, bytes) {
			compiler.mapShadow(WORKSPACE + path, bytes);
		},
		compile(name, source) {
			let result;
			try {
				compiler.addSource(MAIN_PATH, source);
				result = compiler.compile({ mainFilePath: MAIN_PATH });
			} catch (cause) {
				throw new Error(`Le compilateur Typst a échoué sur « ${name} ».`, { cause });
			}
			const error = result.takeError();
			if (error || !result.result) {
				const { location, message } = error
					? describe(compiler, error, name, source, root)
					: { location: undefined, message: `La composition du PDF « ${name} » a échoué.` };
				throw new PdfCompileError(message, location, { cause: error });
			}
			const document = result.result;
			const pages = document.numOfPages;
			try {
				return { pdf: compiler.pdf(document, { pdfStandard: 'ua-1' }), pages, warnings: [] };
			} catch (uaError) {
				try {
					const warning = uaWarning(name, String(uaError), source, root);
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
