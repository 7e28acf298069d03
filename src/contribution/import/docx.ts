import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/**
 * What the importer keeps of a Word document: paragraphs (with their list level, emphasis, links
 * and ticked or empty boxes) and tables, in reading order. Layout, fonts and images are dropped.
 */
export interface TextInline {
	type: 'text';
	text: string;
	bold?: true;
	italic?: true;
	/** Target of a hyperlink around this text. */
	href?: string;
}
export interface CheckboxInline {
	type: 'checkbox';
	checked: boolean;
}
/** A line break inside a paragraph (Shift+Enter in Word). */
export interface BreakInline {
	type: 'break';
}
export type Inline = TextInline | CheckboxInline | BreakInline;

export interface ListInfo {
	/** 0 for a first-level item. */
	level: number;
	ordered: boolean;
}
export interface Paragraph {
	type: 'paragraph';
	inlines: Inline[];
	list?: ListInfo;
}
export interface TableCell {
	blocks: Block[];
	/** The cell continues a vertically merged cell from the row above: its content is there. */
	continued: boolean;
}
export interface Table {
	type: 'table';
	rows: TableCell[][];
}
export type Block = Paragraph | Table;

export interface DocxDocument {
	blocks: Block[];
}

/** A node of fast-xml-parser's ordered output: `{ 'w:p': [...children], ':@': { attributes } }`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	// Spaces at the edges of `<w:t>` are real text: « Oui » after a box is written ` Oui`.
	trimValues: false,
	parseTagValue: false,
	parseAttributeValue: false,
	// Numeric references (`&#xA0;`) are legal XML that Word and other tools may write.
	htmlEntities: true,
});

function tagOf(node: XmlNode): string | undefined {
	return Object.keys(node).find((key) => key !== ':@');
}

function childrenOf(node: XmlNode): XmlNode[] {
	const tag = tagOf(node);
	const value = tag ? node[tag] : undefined;
	return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
	const attributes = node?.[':@'] as Record<string, string> | undefined;
	return attributes?.[name];
}

function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
	return node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
}

function descendant(node: XmlNode, tag: string): XmlNode | undefined {
	for (const c of childrenOf(node)) {
		if (tagOf(c) === tag) return c;
		const found = descendant(c, tag);
		if (found) return found;
	}
	return undefined;
}

function textOf(node: XmlNode): string {
	return childrenOf(node)
		.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
		.join('');
}

/** `<w:b/>` and `<w:b w:val="1"/>` are on; `<w:b w:val="0"/>` (or `false`) is off. */
function isOn(node: XmlNode | undefined): boolean {
	if (!node) return false;
	const value = attr(node, 'w:val');
	return value === undefined || !['0', 'false', 'off'].includes(value);
}

function parseXml(xml: string): XmlNode[] {
	return parser.parse(xml) as XmlNode[];
}

/** Numbering definitions: for each `numId` and level, whether the list is numbered. */
type Numbering = Map<string, Map<number, boolean>>;

function readNumbering(xml: string | undefined): Numbering {
	const numbering: Numbering = new Map();
	if (!xml) return numbering;
	const root = parseXml(xml).find((n) => tagOf(n) === 'w:numbering');
	if (!root) return numbering;
	const abstracts = new Map<string, Map<number, boolean>>();
	for (const node of childrenOf(root)) {
		if (tagOf(node) !== 'w:abstractNum') continue;
		const levels = new Map<number, boolean>();
		for (const lvl of childrenOf(node)) {
			if (tagOf(lvl) !== 'w:lvl') continue;
			const format = attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal';
			// `none` draws nothing: such a paragraph is not a list item.
			if (format !== 'none') levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), format !== 'bullet');
		}
		abstracts.set(attr(node, 'w:abstractNumId') ?? '', levels);
	}
	for (const node of childrenOf(root)) {
		if (tagOf(node) !== 'w:num') continue;
		const abstract = abstracts.get(attr(child(node, 'w:abstractNumId'), 'w:val') ?? '');
		if (abstract) numbering.set(attr(node, 'w:numId') ?? '', abstract);
	}
	return numbering;
}

interface NumPr {
	numId: string;
	level: number;
}

function readNumPr(pPr: XmlNode | undefined): NumPr | undefined {
	const numPr = child(pPr, 'w:numPr');
	const numId = attr(child(numPr, 'w:numId'), 'w:val');
	if (numId === undefined) return undefined;
	return { numId, level: Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0) };
}

/** List numbering carried by paragraph styles (Word's « Liste à puces » style has its own). */
function readStyles(xml: string | undefined): Map<string, NumPr> {
	const styles = new Map<string, { numPr?: NumPr; basedOn?: string }>();
	const root = xml ? parseXml(xml).find((n) => tagOf(n) === 'w:styles') : undefined;
	for (const node of root ? childrenOf(root) : []) {
		if (tagOf(node) !== 'w:style') continue;
		const numPr = readNumPr(child(node, 'w:pPr'));
		const basedOn = attr(child(node, 'w:basedOn'), 'w:val');
		styles.set(attr(node, 'w:styleId') ?? '', {
			...(numPr ? { numPr } : {}),
			...(basedOn ? { basedOn } : {}),
		});
	}
	const resolved = new Map<string, NumPr>();
	for (const id of styles.keys()) {
		let style = styles.get(id);
		// A style chain is short; the bound only guards against a cyclic `basedOn`.
		for (let depth = 0; style && !style.numPr && style.basedOn && depth < 10; depth++) {
			style = styles.get(style.basedOn);
		}
		if (style?.numPr) resolved.set(id, style.numPr);
	}
	return resolved;
}

function readLinks(xml: string | undefined): Map<string, string> {
	const links = new Map<string, string>();
	const root = xml ? parseXml(xml).find((n) => tagOf(n) === 'Relationships') : undefined;
	for (const node of root ? childrenOf(root) : []) {
		const id = attr(node, 'Id');
		const target = attr(node, 'Target');
		if (id && target && attr(node, 'TargetMode') === 'External') links.set(id, target);
	}
	return links;
}

/** Box glyphs written as text, by people or by Word's own content controls. */
const BOX_GLYPHS: Record<string, boolean> = { '☐': false, '☒': true, '☑': true, '⊠': true };

/**
 * Characters of symbol fonts (`<w:sym w:font="Wingdings" w:char="F0FE"/>`): boxes become
 * checkboxes, the Symbol bullet stays a bullet, other private-use glyphs are dropped.
 */
const SYMBOLS: Record<string, Record<number, string | boolean>> = {
	wingdings: { 0xa8: false, 0x6f: false, 0x71: false, 0xfe: true, 0xfd: true, 0x78: true },
	'wingdings 2': { 0xa3: false, 0x2a: false, 0x52: true, 0x54: true, 0x51: true },
	symbol: { 0xb7: '•' },
};

interface Context {
	numbering: Numbering;
	styles: Map<string, NumPr>;
	links: Map<string, string>;
}

interface RunStyle {
	bold: boolean;
	italic: boolean;
	href?: string;
}

function pushText(inlines: Inline[], text: string, style: RunStyle): void {
	let rest = '';
	const flush = () => {
		if (!rest) return;
		inlines.push({
			type: 'text',
			text: rest,
			...(style.bold ? { bold: true as const } : {}),
			...(style.italic ? { italic: true as const } : {}),
			...(style.href ? { href: style.href } : {}),
		});
		rest = '';
	};
	for (const char of text) {
		const checked = BOX_GLYPHS[char];
		if (checked === undefined) {
			rest += char;
			continue;
		}
		flush();
		inlines.push({ type: 'checkbox', checked });
	}
	flush();
}

function symbol(node: XmlNode, inlines: Inline[], style: RunStyle): void {
	const code = Number.parseInt(attr(node, 'w:char') ?? '', 16);
	if (Number.isNaN(code)) return;
	const font = (attr(node, 'w:font') ?? '').toLowerCase();
	const mapped = SYMBOLS[font]?.[code >= 0xf000 ? code - 0xf000 : code];
	if (typeof mapped === 'boolean') inlines.push({ type: 'checkbox', checked: mapped });
	else if (mapped) pushText(inlines, mapped, style);
	else if (code < 0xe000 || code > 0xf8ff) pushText(inlines, String.fromCodePoint(code), style);
}

/** A legacy form field box (`FORMCHECKBOX`), as in forms first made with Word 97-2003. */
function legacyCheckbox(fldChar: XmlNode): CheckboxInline | undefined {
	const box = descendant(fldChar, 'w:checkBox');
	if (!box) return undefined;
	const checked = child(box, 'w:checked');
	return {
		type: 'checkbox',
		checked: checked ? isOn(checked) : attr(child(box, 'w:default'), 'w:val') === '1',
	};
}

/** Text boxes drawn in a run (the form's title may sit in one), read as ordinary blocks. */
function textBoxes(node: XmlNode, ctx: Context): Block[] {
	const tag = tagOf(node);
	if (tag === 'w:txbxContent') return readBlocks(childrenOf(node), ctx);
	// Word writes each drawing twice, as DrawingML and as a VML fallback: read one.
	if (tag === 'mc:AlternateContent') {
		const first = childrenOf(node).find(
			(c) => tagOf(c) === 'mc:Choice' || tagOf(c) === 'mc:Fallback',
		);
		return first ? textBoxes(first, ctx) : [];
	}
	return childrenOf(node).flatMap((c) => textBoxes(c, ctx));
}

function readRun(
	run: XmlNode,
	inherited: RunStyle,
	ctx: Context,
	inlines: Inline[],
	floating: Block[],
): void {
	const rPr = child(run, 'w:rPr');
	// Hidden text is the form's own guidance, never an answer.
	if (isOn(child(rPr, 'w:vanish'))) return;
	const style: RunStyle = {
		...inherited,
		bold: isOn(child(rPr, 'w:b')),
		italic: isOn(child(rPr, 'w:i')),
	};
	for (const node of childrenOf(run)) {
		switch (tagOf(node)) {
			case 'w:t':
				pushText(inlines, textOf(node), style);
				break;
			case 'w:tab':
				pushText(inlines, ' ', style);
				break;
			case 'w:noBreakHyphen':
				pushText(inlines, '-', style);
				break;
			case 'w:br':
			case 'w:cr':
				inlines.push({ type: 'break' });
				break;
			case 'w:sym':
				symbol(node, inlines, style);
				break;
			case 'w:fldChar': {
				const box = legacyCheckbox(node);
				if (box) inlines.push(box);
				break;
			}
			case 'w:drawing':
			case 'w:pict':
			case 'mc:AlternateContent':
				floating.push(...textBoxes(node, ctx));
				break;
			default:
		}
	}
}

/** Runs, links, tracked insertions and content controls of a paragraph, in order. */
function readInlines(
	nodes: XmlNode[],
	style: RunStyle,
	ctx: Context,
	inlines: Inline[],
	floating: Block[],
): void {
	for (const node of nodes) {
		switch (tagOf(node)) {
			case 'w:r':
				readRun(node, style, ctx, inlines, floating);
				break;
			case 'w:hyperlink': {
				const href = ctx.links.get(attr(node, 'r:id') ?? '');
				readInlines(childrenOf(node), href ? { ...style, href } : style, ctx, inlines, floating);
				break;
			}
			case 'w:sdt': {
				const sdtPr = child(node, 'w:sdtPr');
				const box = child(sdtPr, 'w14:checkbox');
				// A control still showing its placeholder (« Cliquez ici pour entrer du texte ») is empty.
				const placeholder = child(sdtPr, 'w:showingPlcHdr') !== undefined;
				if (box) {
					const checked = attr(child(box, 'w14:checked'), 'w14:val') ?? '0';
					inlines.push({ type: 'checkbox', checked: ['1', 'true', 'on'].includes(checked) });
				} else if (!placeholder) {
					readInlines(childrenOf(child(node, 'w:sdtContent') ?? {}), style, ctx, inlines, floating);
				}
				break;
			}
			case 'w:ins':
			case 'w:moveTo':
			case 'w:smartTag':
			case 'w:customXml':
			case 'w:fldSimple':
			case 'w:dir':
			case 'w:bdo':
				readInlines(childrenOf(node), style, ctx, inlines, floating);
				break;
			case 'mc:AlternateContent':
				floating.push(...textBoxes(node, ctx));
				break;
			default:
		}
	}
}

function readParagraph(node: XmlNode, ctx: Context): Block[] {
	const pPr = child(node, 'w:pPr');
	const numPr = readNumPr(pPr) ?? ctx.styles.get(attr(child(pPr, 'w:pStyle'), 'w:val') ?? '');
	const ordered = numPr ? ctx.numbering.get(numPr.numId)?.get(numPr.level) : undefined;
	const inlines: Inline[] = [];
	const floating: Block[] = [];
	readInlines(childrenOf(node), { bold: false, italic: false }, ctx, inlines, floating);
	const paragraph: Paragraph = {
		type: 'paragraph',
		inlines,
		...(numPr && ordered !== undefined ? { list: { level: numPr.level, ordered } } : {}),
	};
	return [...floating, paragraph];
}

function readTable(node: XmlNode, ctx: Context): Table {
	const rows: TableCell[][] = [];
	const collectRows = (nodes: XmlNode[]) => {
		for (const row of nodes) {
			const tag = tagOf(row);
			if (tag === 'w:sdt') collectRows(childrenOf(child(row, 'w:sdtContent') ?? {}));
			if (tag !== 'w:tr') continue;
			const cells: TableCell[] = [];
			const collectCells = (cellNodes: XmlNode[]) => {
				for (const cell of cellNodes) {
					const cellTag = tagOf(cell);
					if (cellTag === 'w:sdt') collectCells(childrenOf(child(cell, 'w:sdtContent') ?? {}));
					if (cellTag !== 'w:tc') continue;
					const vMerge = child(child(cell, 'w:tcPr'), 'w:vMerge');
					const continued = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
					cells.push({ blocks: readBlocks(childrenOf(cell), ctx), continued });
				}
			};
			collectCells(childrenOf(row));
			rows.push(cells);
		}
	};
	collectRows(childrenOf(node));
	return { type: 'table', rows };
}

function readBlocks(nodes: XmlNode[], ctx: Context): Block[] {
	const blocks: Block[] = [];
	for (const node of nodes) {
		const tag = tagOf(node);
		if (tag === 'w:p') blocks.push(...readParagraph(node, ctx));
		else if (tag === 'w:tbl') blocks.push(readTable(node, ctx));
		else if (tag === 'w:sdt' && !child(child(node, 'w:sdtPr'), 'w:showingPlcHdr')) {
			blocks.push(...readBlocks(childrenOf(child(node, 'w:sdtContent') ?? {}), ctx));
		} else if (tag === 'w:ins' || tag === 'w:customXml')
			blocks.push(...readBlocks(childrenOf(node), ctx));
	}
	return blocks;
}

const PARTS = [
	'word/document.xml',
	'word/numbering.xml',
	'word/styles.xml',
	'word/_rels/document.xml.rels',
] as const;

/**
 * Reads a .docx file's main text. Throws a French message when the bytes are not a Word
 * document (an old .doc, a PDF renamed .docx), keeping the zip or XML error as `cause`.
 */
export function readDocx(bytes: Uint8Array): DocxDocument {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (file) => (PARTS as readonly string[]).includes(file.name),
		});
	} catch (error) {
		throw new Error(
			'ce fichier n’est pas un document Word .docx lisible (un ancien .doc ? un PDF ?) — ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx',
			{ cause: error },
		);
	}
	const read = (name: (typeof PARTS)[number]) => {
		const file = files[name];
		return file ? strFromU8(file) : undefined;
	};
	const documentXml = read('word/document.xml');
	if (!documentXml) {
		throw new Error(
			'ce fichier .docx ne contient pas de texte Word (word/document.xml absent) — enregistrez-le à nouveau depuis Word',
		);
	}
	let body: XmlNode | undefined;
	try {
		const root = parseXml(documentXml).find((n) => tagOf(n) === 'w:document');
		body = root ? child(root, 'w:body') : undefined;
	} catch (error) {
		throw new Error(
			'le texte de ce fichier .docx est illisible (XML invalide) — enregistrez-le à nouveau depuis Word',
			{
				cause: error,
			},
		);
	}
	const ctx: Context = {
		numbering: readNumbering(read('word/numbering.xml')),
		styles: readStyles(read('word/styles.xml')),
		links: readLinks(read('word/_rels/document.xml.rels')),
	};
	return { blocks: body ? readBlocks(childrenOf(body), ctx) : [] };
}
