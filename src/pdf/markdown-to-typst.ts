import type {
	Definition,
	FootnoteDefinition,
	List,
	ListItem,
	Nodes,
	PhrasingContent,
	Root,
	RootContent,
	Table,
} from 'mdast';
import { toString } from 'mdast-util-to-string';
import { frenchTypography } from '../model/text/typography.ts';
import { breakLongWords, content, markup, typstString } from './typst.ts';

export interface MarkdownToTypstOptions {
	/**
	 * Typst heading level of a body `##`. Sheet sections sit one level below the sheet title, so
	 * the PDF's tag tree nests part > chapter > sheet > section without gaps.
	 */
	sectionLevel: number;
	/** Makes footnote labels unique when several bodies share one document. */
	idPrefix: string;
	/** The site's home page (with its base path), that relative links (`/fiches/…`) are printed against. */
	siteUrl: string;
	/**
	 * The path the compiler reads a body image from, given its Markdown URL; `undefined` prints
	 * its alt text instead (remote images: the build reads nothing from the network).
	 */
	resolveImage: (url: string) => string | undefined;
	/**
	 * The content file the body comes from. Each top-level block is then preceded by a comment
	 * naming the file and the block's line in the body, so a compiler error can name the sheet
	 * and the line (see `sourceAt` in compile.ts) rather than the generated `__main__.typ`.
	 */
	source?: string;
}

interface Context extends MarkdownToTypstOptions {
	definitions: Map<string, Definition>;
	footnotes: Map<string, FootnoteDefinition>;
	/** Footnotes already printed once, referenced again by label. */
	printedFootnotes: Set<string>;
	/** Inside a link: nested links and URL footnotes would be printed twice. */
	inLink: boolean;
	/** Level of the last heading written; the entry's own title is one above the sections. */
	headingLevel: number;
	/** Block quotes and lists the current node sits in; past `MAX_NESTING` they are flattened. */
	nesting: number;
	/** Characters of the current paragraph since its start or its last cut (`MAX_PARAGRAPH`). */
	paragraph?: { length: number } | undefined;
}

/**
 * Deepest nesting of block quotes and lists that keeps its boxes and indents. Typst stops at
 * 64 nested show rules, which the template's quote boxes and list indents reach near 30 levels
 * (64 nested quotes or a 32-level list did not compile); no text of the handbook nests more
 * than three, and a reader cannot follow eight. Deeper blocks print flat, their text kept.
 */
export const MAX_NESTING = 8;

/**
 * Typst refuses a link target over 8,000 bytes (« URL is too long »); such an address prints as
 * shortened text, without a link.
 */
export const MAX_URL_BYTES = 8000;
/** An address shown in print longer than this is shortened in the middle, its target kept. */
const MAX_SHOWN_URL = 100;

/**
 * A paragraph longer than this is cut into several, at a sentence end when there is one near.
 * Typst lays out a paragraph as a whole, in time that grows faster than its length (100,000
 * characters took 18.7 s in one paragraph, 1.4 s cut in paragraphs of 1,200): a 1.6 MB
 * paragraph would take hours. The handbook's longest paragraphs hold about 1,500 characters.
 */
export const MAX_PARAGRAPH = 4000;
/** How far past `MAX_PARAGRAPH` a cut looks for a sentence end, then for a space. */
const CUT_WINDOW = 1000;

/**
 * `text` in pieces, the first about `room` characters long, the next ones about
 * `MAX_PARAGRAPH`: each ends after a sentence end when the next `CUT_WINDOW` characters hold
 * one, else after a space; a text that ends within the window is cut at its end (an empty last
 * piece), and a run with no space where the length says, never inside a surrogate pair.
 */
export function cutText(text: string, room: number): string[] {
	const pieces: string[] = [];
	let start = 0;
	let want = Math.max(0, room);
	while (text.length - start > want) {
		const from = start + want;
		const window = text.slice(from, from + CUT_WINDOW);
		const sentence = /[.!?…](?:[\u00A0\u202F]?»)?\s+/.exec(window);
		const space = /\s+/.exec(window);
		let cut = sentence
			? from + sentence.index + sentence[0].length
			: space
				? from + space.index + space[0].length
				: window.length < CUT_WINDOW
					? text.length
					: Math.max(from, start + 1);
		if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut++;
		pieces.push(text.slice(start, cut));
		start = cut;
		want = MAX_PARAGRAPH;
	}
	pieces.push(text.slice(start));
	return pieces;
}

/** The first and last characters of a long address, joined by an ellipsis. */
export function shortenUrl(url: string): string {
	const chars = [...url];
	if (chars.length <= MAX_SHOWN_URL) return url;
	return `${chars.slice(0, 70).join('')}…${chars.slice(-25).join('')}`;
}

/** The marker comment that precedes a top-level block; compile.ts reads it back on an error. */
export function sourceMarker(file: string, line: number): string {
	// A file name may hold any character but `/` and NUL: keep the comment on one line.
	return `// source: ${line} ${file.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, '?')}`;
}

/**
 * Typst markup for a Markdown body, built from its mdast tree. Every piece of text goes through
 * `markup()` or `typstString()`, so any content compiles and prints literally; structure maps to
 * standard Typst elements (heading, list, enum, table, quote, link, footnote, raw, image) that
 * the book template styles.
 */
export function markdownToTypst(tree: Root, options: MarkdownToTypstOptions): string {
	const context: Context = {
		...options,
		definitions: new Map(),
		footnotes: new Map(),
		printedFootnotes: new Set(),
		inLink: false,
		headingLevel: options.sectionLevel - 1,
		nesting: 0,
	};
	collectDefinitions(tree, context);
	const { source } = options;
	if (source === undefined) return blocks(tree.children, context);
	return tree.children
		.map((node) => {
			const typst = block(node, context);
			const line = node.position?.start.line;
			return typst === '' || line === undefined ? typst : `${sourceMarker(source, line)}\n${typst}`;
		})
		.filter((typst) => typst !== '')
		.join('\n\n');
}

function collectDefinitions(node: Nodes, context: Context): void {
	if (node.type === 'definition') context.definitions.set(node.identifier, node);
	if (node.type === 'footnoteDefinition') context.footnotes.set(node.identifier, node);
	if ('children' in node) for (const child of node.children) collectDefinitions(child, context);
}

function blocks(nodes: readonly RootContent[], context: Context, separator = '\n\n'): string {
	return nodes
		.map((node) => block(node, context))
		.filter((typst) => typst !== '')
		.join(separator);
}

function block(node: RootContent, context: Context): string {
	switch (node.type) {
		case 'paragraph':
			return paragraph(node.children, context);
		case 'heading': {
			// `level` places the heading in the tag tree, one step at most below the previous
			// heading (PDF/UA forbids skipped levels, `##` then `####`); `depth` (1 for `##`) is what
			// the template styles, so the same body looks the same whatever level it sits at.
			const level = Math.max(
				1,
				Math.min(context.sectionLevel + node.depth - 2, context.headingLevel + 1),
			);
			context.headingLevel = level;
			const depth = Math.max(1, node.depth - 1);
			return `#heading(level: ${level}, depth: ${depth}, outlined: false, bookmarked: false)${content(inlines(node.children, { ...context, inLink: true }))}`;
		}
		case 'list':
			return list(node, context);
		case 'blockquote': {
			if (context.nesting >= MAX_NESTING) return blocks(node.children, context);
			const inner = { ...context, nesting: context.nesting + 1 };
			return `#quote(block: true)${content(blocks(node.children, inner))}`;
		}
		case 'table':
			return table(node, context);
		case 'code':
			return `#raw(block: true, ${node.lang ? `lang: ${typstString(node.lang)}, ` : ''}${typstString(node.value.split('\n').map(breakLongWords).join('\n'))})`;
		case 'thematicBreak':
			return '#line(length: 100%)';
		case 'html':
			return htmlBlock(node.value);
		case 'definition':
		case 'footnoteDefinition':
			return '';
		default:
			return inline(node as PhrasingContent, context);
	}
}

/** A paragraph that holds only an image is a figure; otherwise text with inline images. */
function paragraph(children: readonly PhrasingContent[], context: Context): string {
	const meaningful = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
	const [only] = meaningful;
	if (
		meaningful.length === 1 &&
		only &&
		(only.type === 'image' || only.type === 'imageReference')
	) {
		return inline(only, context);
	}
	// A paragraph all in bold (« **Enjeux :** ») stands for a heading: like one, it never ends
	// a page, it keeps to the text that follows it.
	const paragraphContext = { ...context, paragraph: { length: 0 } };
	if (meaningful.length === 1 && only?.type === 'strong') {
		return `#intertitre${content(inlines(children, paragraphContext))}`;
	}
	return inlines(children, paragraphContext);
}

function list(node: List, context: Context): string {
	const tight = node.spread !== true && node.children.every((item) => item.spread !== true);
	if (context.nesting >= MAX_NESTING) return flatList(node, context);
	const inner = { ...context, nesting: context.nesting + 1 };
	const items = node.children.map((item) => content(listItem(item, tight, inner)));
	if (node.ordered) {
		const start = node.start ?? 1;
		return `#enum(tight: ${tight}, start: ${start}, ${items.join(', ')})`;
	}
	return `#list(tight: ${tight}, ${items.join(', ')})`;
}

/** A list nested too deep: each item a paragraph led by its marker, « – » or its number. */
function flatList(node: List, context: Context): string {
	const start = node.start ?? 1;
	return node.children
		.map((item, i) => {
			const marker = node.ordered ? `${start + i}. ` : '– ';
			return `${markup(marker)}${listItem(item, false, context)}`;
		})
		.join('\n\n');
}

function listItem(item: ListItem, tight: boolean, context: Context): string {
	// A task list item keeps its box, as GitHub shows it.
	const box = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
	// In a tight list the nested list follows its text without paragraph spacing, unless it is
	// nested too deep and printed flat: its items are then paragraphs of their own.
	const body = blocks(
		item.children,
		context,
		tight && context.nesting < MAX_NESTING ? '\n' : '\n\n',
	);
	return box ? `${markup(box)}${body}` : body;
}

function table(node: Table, context: Context): string {
	const width = Math.max(1, ...node.children.map((row) => row.children.length));
	const align = Array.from({ length: width }, (_, i) => node.align?.[i] ?? 'left');
	const row = (
		cells: readonly { children: PhrasingContent[] }[],
		wrap = (typst: string) => typst,
	) =>
		Array.from({ length: width }, (_, i) =>
			content(wrap(inlines(cells[i]?.children ?? [], context))),
		).join(', ');
	const [head, ...body] = node.children;
	const header = head
		? `table.header(${row(head.children, (typst) => `#strong${content(typst)}`)}), `
		: '';
	const rows = body.map((r) => row(r.children)).join(', ');
	return `#table(columns: ${width}, align: (${align.join(', ')}${width === 1 ? ',' : ''}), ${header}${rows})`;
}

/** Running text; past `MAX_PARAGRAPH` characters in one paragraph, a paragraph break. */
function text(value: string, context: Context): string {
	const typeset = frenchTypography(value);
	const run = context.paragraph;
	if (!run) return markup(typeset);
	const pieces = cutText(typeset, MAX_PARAGRAPH - run.length);
	run.length = pieces.length === 1 ? run.length + typeset.length : pieces.at(-1)!.length;
	return pieces.map(markup).join('\n\n');
}

function inlines(nodes: readonly PhrasingContent[], context: Context): string {
	let typst = '';
	for (const node of nodes) {
		const piece = inline(node, context);
		// Text counts itself, where it may cut the paragraph; links (never cut: a link split over two
		// paragraphs breaks the PDF's tag tree), code and other leaves count here.
		const leaf = node.type === 'link' || node.type === 'linkReference' || !('children' in node);
		if (context.paragraph && leaf && node.type !== 'text') context.paragraph.length += piece.length;
		typst += piece;
	}
	return typst;
}

function inline(node: PhrasingContent, context: Context): string {
	switch (node.type) {
		case 'text':
			return text(node.value, context);
		case 'emphasis':
			return `#emph${content(inlines(node.children, context))}`;
		case 'strong':
			return `#strong${content(inlines(node.children, context))}`;
		case 'delete':
			return `#strike${content(inlines(node.children, context))}`;
		case 'inlineCode':
			// Code wraps like text: a long token would otherwise run off the page.
			return `#raw(${typstString(breakLongWords(node.value))})`;
		case 'break':
			return '#linebreak()';
		case 'link':
			return link(node.url, node.children, context);
		case 'linkReference': {
			const definition = context.definitions.get(node.identifier);
			if (!definition) return markup(toString(node));
			return link(definition.url, node.children, context);
		}
		case 'image':
			return image(node.url, node.alt ?? '', context);
		case 'imageReference': {
			const definition = context.definitions.get(node.identifier);
			return definition ? image(definition.url, node.alt ?? '', context) : markup(node.alt ?? '');
		}
		case 'footnoteReference':
			return footnote(node.identifier, context);
		case 'html':
			return htmlInline(node.value);
		default:
			// Nodes of other syntax extensions (MDX, math) never come from our parser; print their text.
			return markup(toString(node));
	}
}

function absoluteUrl(url: string, context: Context): string {
	try {
		// A root-relative link (`/fiches/…`) names a page of this site, under its base path.
		const relative = url.startsWith('/') && !url.startsWith('//') ? url.slice(1) : url;
		return new URL(relative, context.siteUrl).href;
	} catch {
		return url;
	}
}

/**
 * A clickable link; in print a reader cannot click, so a link whose text is not its address
 * gets the address as a footnote.
 */
function link(url: string, children: readonly PhrasingContent[], context: Context): string {
	if (context.inLink) return inlines(children, context);
	const href = absoluteUrl(url, context);
	const shown = toString({ type: 'paragraph', children: [...children] }).trim();
	const target = href.replace(/^mailto:/, '');
	const showsAddress = shown === url || shown === target || shown === href;
	// An address shown as the link's text is shortened, as the footnote's is: the target stays whole.
	const body = showsAddress
		? markup(shortenUrl(shown))
		: inlines(children, { ...context, inLink: true, paragraph: undefined });
	if (new TextEncoder().encode(href).length > MAX_URL_BYTES) {
		return showsAddress ? body : `${body}#footnote[${markup(shortenUrl(target))}]`;
	}
	const note = showsAddress
		? ''
		: `#footnote(link(${typstString(href)}, ${typstString(shortenUrl(target))}))`;
	return `#link(${typstString(href)})${content(body)}${note}`;
}

function image(url: string, alt: string, context: Context): string {
	const path = context.resolveImage(url);
	if (path === undefined) return markup(frenchTypography(alt));
	return `#illustration(${typstString(path)}, ${typstString(frenchTypography(alt))})`;
}

function footnote(identifier: string, context: Context): string {
	const definition = context.footnotes.get(identifier);
	if (!definition) return markup(`[^${identifier}]`);
	const name = `note:${context.idPrefix}:${identifier}`.replace(/[^A-Za-z0-9_.:-]/g, '_');
	if (context.printedFootnotes.has(identifier)) return `#footnote(<${name}>)`;
	context.printedFootnotes.add(identifier);
	return `#footnote${content(blocks(definition.children, { ...context, paragraph: undefined }))}<${name}>`;
}

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*-->$/;

/** Raw HTML is not rendered (the sheets are Markdown); comments go, `<br>` breaks the line. */
function htmlBlock(value: string): string {
	if (COMMENT.test(value.trim())) return '';
	return markup(value);
}

function htmlInline(value: string): string {
	if (LINE_BREAK_TAG.test(value.trim())) return '#linebreak()';
	if (COMMENT.test(value.trim())) return '';
	return markup(value);
}
