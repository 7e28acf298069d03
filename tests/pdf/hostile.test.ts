/**
 * Content the validator accepts, however odd, must give a PDF (issue #20, point 5): deep nesting
 * prints flat past `MAX_NESTING`, huge addresses and words break or shorten, control characters
 * never reach Typst, emoji print from Noto Emoji, a giant paragraph is cut so Typst stays linear,
 * and a failure or a PDF/UA problem names the sheet, its line and the character.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../src/model/book.ts';
import { parseMarkdown } from '../../src/model/text/markdown.ts';
import { planPdfs } from '../../src/pdf/book-to-typst.ts';
import {
	createPdfCompiler,
	hintFor,
	PdfCompileError,
	placeOf,
	sourceAt,
	uaWarning,
} from '../../src/pdf/compile.ts';
import {
	cutText,
	MAX_NESTING,
	MAX_PARAGRAPH,
	markdownToTypst,
	shortenUrl,
	sourceMarker,
	type MarkdownToTypstOptions,
} from '../../src/pdf/markdown-to-typst.ts';
import { markup } from '../../src/pdf/typst.ts';
import { makeFiche } from './helpers/fiches.ts';
import { poppler, pdfText, skeleton } from './helpers/poppler.ts';
import { compileToFile, testCompiler } from './helpers/typst.ts';

const options: MarkdownToTypstOptions = {
	sectionLevel: 3,
	idPrefix: 'fiche-test',
	siteUrl: 'https://guide.example.org',
	resolveImage: () => undefined,
};
const typst = (markdown: string) => markdownToTypst(parseMarkdown(markdown), options);

/** The PDF source of one sheet, through the whole pipeline. */
function sheetSource(id: string, body: string, data = {}): string {
	const fiche = makeFiche(id, data, body);
	const plan = planPdfs(buildBook({ fiches: [fiche], parties: [], chapitres: [] }), {
		siteUrl: 'https://guide.example.org',
		now: new Date(),
	});
	return plan.fiches[id]!.source;
}

const QUOTE = '#quote(block: true)[';

describe('deep nesting', () => {
	it(`keeps ${MAX_NESTING} levels of quotes and prints deeper ones flat`, () => {
		expect(typst(`${'> '.repeat(64)}profond`)).toBe(
			`${QUOTE.repeat(MAX_NESTING)}profond${']'.repeat(MAX_NESTING)}`,
		);
	});

	it('prints list levels past the limit as paragraphs led by their marker', () => {
		const markdown = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- n${i}`).join('\n');
		const kept = Array.from({ length: MAX_NESTING }, (_, i) => `#list(tight: true, [n${i}`).join(
			'\n',
		);
		expect(typst(markdown)).toBe(`${kept}\n\n– n8\n\n– n9${'])'.repeat(MAX_NESTING)}`);
		const numbered = Array.from({ length: 10 }, (_, i) => `${'   '.repeat(i)}1. n${i}`).join('\n');
		expect(typst(numbered)).toContain(`[n7\n\n1\\. n8\n\n1\\. n9])`);
	});

	it('compiles 64 nested quotes and a 32-level list, every level printed', () => {
		const list = Array.from({ length: 32 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n');
		const body = `## Contexte\n\n${'> '.repeat(64)}profond\n\n${list}\n`;
		const { file, warnings } = compileToFile(sheetSource('imbrication', body));
		expect(warnings).toEqual([]);
		const text = skeleton(pdfText(file));
		expect(text).toContain('profond');
		for (let i = 0; i < 32; i++) expect(text).toContain(`niveau${i}`);
	});
});

describe('long addresses and words', () => {
	const long = `https://exemple.fr/${'a'.repeat(8200)}`;

	it('shortens an address shown in print, in the middle', () => {
		expect(shortenUrl('https://exemple.fr/court')).toBe('https://exemple.fr/court');
		expect(shortenUrl(`https://exemple.fr/${'x'.repeat(100)}fin`)).toBe(
			`https://exemple.fr/${'x'.repeat(51)}…${'x'.repeat(22)}fin`,
		);
	});

	it('keeps the whole target of a long link and shows it shortened', () => {
		const url = `https://exemple.fr/${'b'.repeat(200)}`;
		expect(typst(`<${url}>`)).toBe(`#link("${url}")[${markup(shortenUrl(url))}]`);
	});

	it('prints an address over 8,000 bytes, which Typst cannot link, as shortened text', () => {
		expect(typst(`[le site](${long})`)).toMatch(/^le site#footnote\[https\\:\\\/\\\/exemple/);
		expect(typst(`[le site](${long})`)).not.toContain('#link');
		expect(typst(`<${long}>`)).not.toContain('#link');
	});

	it('compiles an 8,200-character address and a 20,000-character word', () => {
		const body = `## Contexte\n\n[lien](${long}) et <${long}>\n\n${'x'.repeat(20_000)}\n`;
		const { file, pages, warnings } = compileToFile(sheetSource('longueurs', body));
		expect(warnings).toEqual([]);
		expect(pages).toBeGreaterThan(1);
		const text = skeleton(pdfText(file));
		expect(text).toContain('https://exemple.fr/aaaa');
		expect(text).toContain('lien');
		expect(text.split('x').length - 1).toBeGreaterThanOrEqual(20_000);
	});
});

describe('giant paragraphs', () => {
	it('cuts text at a sentence end, else a space, else where the length says', () => {
		const sentence = 'Une phrase. ';
		const text = sentence.repeat(1000);
		const pieces = cutText(text, MAX_PARAGRAPH);
		expect(pieces.join('')).toBe(text);
		expect(pieces.length).toBe(3);
		for (const piece of pieces.slice(0, -1)) {
			expect(piece.endsWith('. ')).toBe(true);
			expect(piece.length).toBeGreaterThanOrEqual(MAX_PARAGRAPH);
			expect(piece.length).toBeLessThanOrEqual(MAX_PARAGRAPH + sentence.length);
		}
		expect(cutText('court', 100)).toEqual(['court']);
		expect(cutText('mot '.repeat(2000), 10)[0]).toBe('mot mot mot ');
		const word = '😀'.repeat(6000);
		const cut = cutText(word, 3001);
		expect(cut.join('')).toBe(word);
		for (const piece of cut) expect(piece).toBe('😀'.repeat(piece.length / 2));
		// A short text past the limit ends its paragraph: the break comes after it.
		expect(cutText('finale', 0)).toEqual(['finale', '']);
		expect(cutText('fin de phrase', 0)).toEqual(['fin ', 'de phrase']);
	});

	it('cuts a paragraph longer than the limit into paragraphs, links and marks kept', () => {
		const sentence = 'Voir https://exemple.fr/page et *ceci*. ';
		const paragraph = sentence.repeat(Math.ceil((3 * MAX_PARAGRAPH) / sentence.length)).trim();
		const out = typst(paragraph);
		const paragraphs = out.split('\n\n');
		expect(paragraphs.length).toBeGreaterThanOrEqual(2);
		for (const p of paragraphs) expect(p.length).toBeLessThan(3 * MAX_PARAGRAPH);
		expect(out.split('#link(').length - 1).toBe(paragraph.split('https').length - 1);
		expect(typst(sentence.repeat(10))).not.toContain('\n\n');
	});

	it('lays out a 400 kB paragraph in time linear in its length', () => {
		const sentence =
			'L’action d’Autreville : des « ateliers » ; pourquoi pas ? Voir https://exemple.fr/a. ';
		const sheet = (length: number) =>
			`## Contexte\n\n${sentence.repeat(Math.ceil(length / sentence.length))}\n`;
		// This process's computing time, not the clock: beside browser tests on two cores, the
		// clock once gave the large text 11 times the small one's time; alone, 3 times.
		const time = (length: number) => {
			const start = process.cpuUsage();
			const source = sheetSource(`geant-${length}`, sheet(length));
			const pages = testCompiler().compile('geant', source).pages;
			const { user, system } = process.cpuUsage(start);
			return { seconds: (user + system) / 1e6, pages };
		};
		// Fonts and template loaded first, so that neither measure pays for them.
		testCompiler().compile('geant', sheetSource('geant-court', sheet(1_000)));
		const small = time(100_000);
		const large = time(400_000);
		expect(large.pages).toBeGreaterThan(3 * small.pages);
		// Four times the text; quadratic would be sixteen times the time.
		expect(large.seconds).toBeLessThan(8 * small.seconds + 1);
	}, 300_000);
});

describe('control characters', () => {
	it('never reach the Typst source, from the frontmatter or the body', () => {
		const source = sheetSource(
			'controles',
			'## Contexte\n\nUn\u0007 texte\u001b avec\u0000 des\u0085 contrôles\u007f.\n\n```\ncode\u0001\tici\n```\n',
			{
				titre: 'Titre\u0008 piégé',
				resume: 'Résumé\u0001 piégé.',
				ville: 'Ville\u000b piégée',
			},
		);
		expect(source).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		const { file, warnings } = compileToFile(source);
		expect(warnings).toEqual([]);
		const text = pdfText(file);
		expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/);
		expect(skeleton(text)).toContain(skeleton('Un texte avec des contrôles.'));
		expect(skeleton(text)).toContain('Titrepiégé');
	});
});

describe('emoji', () => {
	it('print from Noto Emoji, embedded, and keep the PDF/UA-1 status', () => {
		const emoji = ['🎉', '🚲', '👍🏽', '❤', '☕', '😀'];
		const { file, warnings } = compileToFile(
			sheetSource('emoji', `## Contexte\n\nBravo ${emoji.join(' ')} !\n`, {
				titre: 'Fête 🎉 du vélo 🚲',
			}),
		);
		expect(warnings).toEqual([]);
		expect(poppler('pdffonts', [file])).toMatch(
			/NotoEmoji-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
		);
		const text = pdfText(file);
		for (const e of ['🎉', '🚲', '😀', '☕']) expect(text).toContain(e);
	});
});

describe('errors and warnings name the sheet', () => {
	const source = [
		'#let x = 1',
		sourceMarker('content/fiches/caen-a.md', 3),
		'Un texte.',
		'',
		sourceMarker('content/fiches/caen-b.md', 7),
		'Ligne 1',
		'Ligne 2',
	].join('\n');

	it('maps a generated line back to the content file and the block’s line', () => {
		expect(sourceAt(source, 0)).toBeUndefined();
		expect(sourceAt(source, 2)).toEqual({ file: 'content/fiches/caen-a.md', bodyLine: 3 });
		expect(sourceAt(source, 6)).toEqual({ file: 'content/fiches/caen-b.md', bodyLine: 7 });
		expect(sourceMarker('content/fiches/a\nb.md', 2)).toBe('// source: 2 content/fiches/a?b.md');
	});

	it('counts the frontmatter when the content file can be read', () => {
		const root = mkdtempSync(join(tmpdir(), 'rfvs-place-'));
		mkdirSync(join(root, 'content/fiches'), { recursive: true });
		writeFileSync(
			join(root, 'content/fiches/a.md'),
			'---\ntitre: A\nville: B\n---\n\n## Contexte\n',
		);
		const location = { file: 'content/fiches/a.md', bodyLine: 2 };
		expect(placeOf(location, root)).toBe('content/fiches/a.md, ligne 6');
		expect(placeOf(location, undefined)).toBe('content/fiches/a.md, ligne 2 du texte');
		expect(placeOf({ ...location, file: 'absent.md' }, root)).toBe('absent.md, ligne 2 du texte');
	});

	it('reports a Typst failure with the sheet, the line and a hint, its cause kept', () => {
		const broken = `${sheetSource('casse', '## Contexte\n\nAvant.\n\nPassage.\n').replace('Passage\\.', `#link("${'a'.repeat(9000)}")[x]`)}`;
		let error: unknown;
		try {
			createPdfCompiler().compile('/fiches/casse.pdf', broken);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(PdfCompileError);
		const { message, location, cause } = error as PdfCompileError;
		expect(message).toBe(
			'La composition du PDF « /fiches/casse.pdf » a échoué (content/fiches/casse.md, ligne 5 du texte) :\n' +
				'  URL is too long\n' +
				'Piste : une adresse de lien dépasse 8 000 caractères : raccourcissez-la.',
		);
		expect(location).toEqual({ file: 'content/fiches/casse.md', bodyLine: 5 });
		expect(cause).toBeDefined();
		expect(hintFor('maximum show rule depth exceeded')).toBe(
			'le passage imbrique trop de citations, de listes ou de mises en forme : simplifiez-le.',
		);
	});

	it('names the sheet, the line and the character a PDF/UA-1 document cannot draw', () => {
		const body = '## Contexte\n\nUn texte.\n\nUn signe \u{10FFFD} inconnu.\n';
		const { warnings } = testCompiler().compile('/fiches/signe.pdf', sheetSource('signe', body));
		expect(warnings).toEqual([
			'« /fiches/signe.pdf » n’est pas conforme PDF/UA-1 : « \u{10FFFD} » (U+10FFFD) dans content/fiches/signe.md, ligne 5 du texte, ' +
				'n’existe dans aucune police du livre et s’imprime comme une case vide. Remplacez ce caractère ou retirez-le : PDF balisé ordinaire produit.',
		]);
		expect(
			uaWarning(
				'x',
				'Error: [SourceDiagnostic { message: "PDF/UA-1 error: missing document title" }]',
				'',
			),
		).toBe(
			'« x » n’est pas conforme PDF/UA-1 (PDF/UA-1 error: missing document title) : PDF balisé ordinaire produit.',
		);
	});
});
