/**
 * Assembles « Ma sélection » as one PDF in the browser: a first page (title, date, the sheets
 * with the page each starts on, as links), then each sheet's prebuilt PDF, with a bookmark per
 * sheet. pdf-lib is imported by /selection/ only, when the reader asks for the PDF.
 */
import {
	PDFArray,
	PDFDocument,
	PDFHexString,
	PDFName,
	PDFNull,
	PDFNumber,
	StandardFonts,
	rgb,
	type PDFFont,
	type PDFPage,
	type PDFRef,
} from 'pdf-lib';
import type { CatalogueFiche } from '../site/selection.ts';
import { startPages, wrap } from '../site/selection-page.ts';

export interface SelectionPdfText {
	titre: string;
	sousTitre: string;
	editeur: string;
	composee: string;
	fiches: string;
	page: string;
	enLigne: string;
	siteUrl: string;
}

type WithPdf = CatalogueFiche & { pdf: NonNullable<CatalogueFiche['pdf']> };

// A4 in points, with the book's margins (src/pdf/template.typ) rounded.
const WIDTH = 595.28;
const HEIGHT = 841.89;
const LEFT = 71;
const RIGHT = 71;
const TOP = 71;
const BOTTOM = 77;
const INK = rgb(0.106, 0.133, 0.188);
const GREY = rgb(0.35, 0.38, 0.43);
const SIZE = 10.5;
const LEADING = 14;
const GAP = 7;

/**
 * The standard Helvetica reads Windows-1252 only: the narrow no-break space of French
 * typography becomes a no-break space, and any other character it lacks is left out.
 */
function printable(font: PDFFont, text: string): string {
	const supported = new Set(font.getCharacterSet());
	return [...text.replaceAll('\u202F', '\u00A0').replaceAll('\u2011', '-')]
		.filter((c) => supported.has(c.codePointAt(0)!))
		.join('');
}

interface Line {
	text: string;
	page?: number;
	target?: number;
}

/** The contents' entries laid out in lines, each entry's page number on its last line. */
function entryLines(
	fiches: readonly WithPdf[],
	starts: readonly number[],
	font: PDFFont,
	bold: PDFFont,
): { lines: Line[]; entry: number }[] {
	const width = WIDTH - LEFT - RIGHT - 50;
	return fiches.map((fiche, i) => {
		const label = `${i + 1}. ${printable(bold, fiche.ville)} — ${printable(font, fiche.titre)}`;
		const texts = wrap(label, width, (s) => font.widthOfTextAtSize(s, SIZE));
		return {
			entry: i,
			lines: texts.map((text, j) => ({
				text,
				...(j === texts.length - 1 ? { page: starts[i]! } : {}),
				target: i,
			})),
		};
	});
}

/** How many lines fit under the title block on the first page, and on the next ones. */
const FIRST_PAGE_ROOM = Math.floor((HEIGHT - TOP - BOTTOM - 150) / LEADING);
const NEXT_PAGE_ROOM = Math.floor((HEIGHT - TOP - BOTTOM) / LEADING);

function contentsPageCount(blocks: readonly { lines: Line[] }[]): number {
	let pages = 1;
	let room = FIRST_PAGE_ROOM;
	for (const block of blocks) {
		const need = block.lines.length + GAP / LEADING;
		if (need > room) {
			pages += 1;
			room = NEXT_PAGE_ROOM;
		}
		room -= need;
	}
	return pages;
}

/** A link over a rectangle of the first page, to the first page of a sheet. */
function addLink(doc: PDFDocument, page: PDFPage, rect: number[], target: PDFRef): void {
	const annotation = doc.context.obj({
		Type: 'Annot',
		Subtype: 'Link',
		Rect: rect,
		Border: [0, 0, 0],
		Dest: [target, 'XYZ', null, null, null],
	});
	page.node.addAnnot(doc.context.register(annotation));
}

/** One bookmark per sheet, at the top level of the outline, in the reader's order. */
function addOutline(doc: PDFDocument, entries: { title: string; page: PDFRef }[]): void {
	const outlineRef = doc.context.nextRef();
	const refs = entries.map(() => doc.context.nextRef());
	entries.forEach((entry, i) => {
		const item = doc.context.obj({});
		item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
		item.set(PDFName.of('Parent'), outlineRef);
		const dest = PDFArray.withContext(doc.context);
		dest.push(entry.page);
		dest.push(PDFName.of('XYZ'));
		dest.push(PDFNull);
		dest.push(PDFNull);
		dest.push(PDFNull);
		item.set(PDFName.of('Dest'), dest);
		if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
		if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
		doc.context.assign(refs[i]!, item);
	});
	const outline = doc.context.obj({ Type: 'Outlines' });
	if (refs.length > 0) {
		outline.set(PDFName.of('First'), refs[0]!);
		outline.set(PDFName.of('Last'), refs.at(-1)!);
		outline.set(PDFName.of('Count'), PDFNumber.of(refs.length));
	}
	doc.context.assign(outlineRef, outline);
	doc.catalog.set(PDFName.of('Outlines'), outlineRef);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Fetches each sheet's PDF and assembles the selection; resolves with the PDF's bytes. */
export async function assembleSelectionPdf(
	fiches: readonly WithPdf[],
	text: SelectionPdfText,
	fetchPdf: (url: string) => Promise<ArrayBuffer>,
): Promise<{ bytes: Uint8Array; pages: number }> {
	const sources = await Promise.all(
		fiches.map(async (f) => PDFDocument.load(await fetchPdf(f.pdf.url))),
	);
	const doc = await PDFDocument.create();
	const font = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);

	// The page numbers depend on how many pages the contents take, which depends on the lines.
	const counts = sources.map((source) => source.getPageCount());
	let blocks = entryLines(fiches, startPages(counts, 1), font, bold);
	const contentsPages = contentsPageCount(blocks);
	const starts = startPages(counts, contentsPages);
	blocks = entryLines(fiches, starts, font, bold);

	const contents: PDFPage[] = [];
	const newPage = () => {
		const page = doc.addPage([WIDTH, HEIGHT]);
		contents.push(page);
		return page;
	};
	let page = newPage();
	let y = HEIGHT - TOP;
	const draw = (value: string, size: number, f: PDFFont, colour = INK) => {
		page.drawText(printable(f, value), { x: LEFT, y, size, font: f, color: colour });
	};
	draw(text.editeur.toUpperCase(), 8.5, bold, GREY);
	y -= 34;
	for (const line of wrap(text.titre, WIDTH - LEFT - RIGHT, (s) => bold.widthOfTextAtSize(s, 22))) {
		draw(line, 22, bold);
		y -= 27;
	}
	for (const line of wrap(text.sousTitre, WIDTH - LEFT - RIGHT, (s) =>
		font.widthOfTextAtSize(s, 12),
	)) {
		draw(line, 12, font, GREY);
		y -= 16;
	}
	y -= 4;
	draw(text.composee, 10, font, GREY);
	y -= 36;
	draw(text.fiches, 13, bold);
	y -= 22;

	// Links are added once the sheets' pages exist; remember where each entry was drawn.
	const links: { page: PDFPage; rect: number[]; target: number }[] = [];
	for (const block of blocks) {
		if (y - block.lines.length * LEADING < BOTTOM) {
			page = newPage();
			y = HEIGHT - TOP;
		}
		const top = y + SIZE;
		for (const line of block.lines) {
			page.drawText(line.text, { x: LEFT, y, size: SIZE, font, color: INK });
			if (line.page !== undefined) {
				const number = `${text.page} ${line.page}`;
				const w = font.widthOfTextAtSize(number, SIZE);
				page.drawText(number, { x: WIDTH - RIGHT - w, y, size: SIZE, font, color: INK });
			}
			y -= LEADING;
		}
		links.push({ page, rect: [LEFT, y + LEADING - 3, WIDTH - RIGHT, top], target: block.entry });
		y -= GAP;
	}
	const footer = printable(font, `${text.enLigne} : ${text.siteUrl}`);
	for (const p of contents)
		p.drawText(footer, { x: LEFT, y: BOTTOM - 30, size: 8, font, color: GREY });

	// Then the sheets, page after page, each sheet's first page remembered for links and bookmarks.
	const firstPages: PDFRef[] = [];
	for (const source of sources) {
		const copied = await doc.copyPages(source, source.getPageIndices());
		copied.forEach((copy, i) => {
			doc.addPage(copy);
			if (i === 0) firstPages.push(copy.ref);
		});
	}
	for (const link of links) addLink(doc, link.page, link.rect, firstPages[link.target]!);
	addOutline(
		doc,
		fiches.map((f, i) => ({ title: `${f.ville} — ${f.titre}`, page: firstPages[i]! })),
	);

	doc.setTitle(text.titre);
	doc.setAuthor(text.editeur);
	doc.setLanguage('fr-FR');
	doc.setCreator(text.sousTitre);
	doc.setProducer('pdf-lib');
	const bytes = await doc.save();
	return { bytes, pages: doc.getPageCount() };
}
