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
import { frenchTypography } from '../lib/typography.ts';
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
	};
	collectDefinitions(tree, context);
	return blocks(tree.children, context);
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
		case 'blockquote':
			return `#quote(block: true)${content(blocks(node.children, context))}`;
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
	if (meaningful.length === 1 && only?.type === 'strong') {
		return `#intertitre${content(inlines(children, context))}`;
	}
	return inlines(children, context);
}

function list(node: List, context: Context): string {
	const tight = node.spread !== true && node.children.every((item) => item.spread !== true);
	const items = node.children.map((item) => content(listItem(item, tight, context)));
	if (node.ordered) {
		const start = node.start ?? 1;
		return `#enum(tight: ${tight}, start: ${start}, ${items.join(', ')})`;
	}
	return `#list(tight: ${tight}, ${items.join(', ')})`;
}

function listItem(item: ListItem, tight: boolean, context: Context): string {
	// A task list item keeps its box, as GitHub shows it.
	const box = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
	// In a tight list the nested list follows its text without paragraph spacing.
	const body = blocks(item.children, context, tight ? '\n' : '\n\n');
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

function inlines(nodes: readonly PhrasingContent[], context: Context): string {
	return nodes.map((node) => inline(node, context)).join('');
}

function inline(node: PhrasingContent, context: Context): string {
	switch (node.type) {
		case 'text':
			return markup(frenchTypography(node.value));
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
	const body = inlines(children, { ...context, inLink: true });
	const shown = toString({ type: 'paragraph', children: [...children] }).trim();
	const target = href.replace(/^mailto:/, '');
	const note =
		shown === url || shown === target || shown === href
			? ''
			: `#footnote(link(${typstString(href)}, ${typstString(target)}))`;
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
	return `#footnote${content(blocks(definition.children, context))}<${name}>`;
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
