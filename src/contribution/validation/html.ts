/**
 * Raw HTML in a sheet, judged as a browser reads it: tokenised by parse5, the WHATWG tokenizer,
 * so entities are decoded, quotes and comments end where a browser ends them (`title=">"`,
 * `<!-->`), and only what is on the allow-list passes. Patterns over the raw text cannot do
 * this: each bypass in issue #20 was text a pattern read one way and a browser another.
 */
import { ErrorCodes, Tokenizer, type Token, type TokenHandler } from 'parse5';

/**
 * Elements a sheet may write in HTML: text-level markup, lists, tables, figures. Everything
 * else is refused, in particular the elements that change how the rest of the page is read
 * (`<textarea>`, `<title>`, `<style>`, `<xmp>`, `<plaintext>`, `<noscript>`, `<script>`),
 * foreign content (`<svg>`, `<math>`) and headings, which would escape the section check.
 */
const ALLOWED_ELEMENTS = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'blockquote',
	'br',
	'caption',
	'cite',
	'code',
	'col',
	'colgroup',
	'dd',
	'del',
	'details',
	'dfn',
	'div',
	'dl',
	'dt',
	'em',
	'figcaption',
	'figure',
	'hr',
	'i',
	'img',
	'ins',
	'kbd',
	'li',
	'mark',
	'ol',
	'p',
	'pre',
	'q',
	'rp',
	'rt',
	'ruby',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'summary',
	'sup',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'time',
	'tr',
	'u',
	'ul',
	'var',
	'wbr',
]);

/** Attributes any allowed element may carry; no `id`, `class` or `style`, which reach the site's own. */
const GLOBAL_ATTRIBUTES = new Set(['title', 'lang', 'dir']);

const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	a: ['href', 'hreflang'],
	img: ['src', 'alt', 'width', 'height', 'loading'],
	blockquote: ['cite'],
	q: ['cite'],
	del: ['cite', 'datetime'],
	ins: ['cite', 'datetime'],
	time: ['datetime'],
	ol: ['start', 'reversed', 'type'],
	li: ['value'],
	details: ['open'],
	td: ['colspan', 'rowspan', 'headers'],
	th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
	col: ['span'],
	colgroup: ['span'],
};

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Elements with no end tag, or whose end tag the browser implies: never « left open ». */
const NO_END_TAG = new Set([
	'br',
	'col',
	'hr',
	'img',
	'wbr',
	'p',
	'li',
	'dt',
	'dd',
	'rp',
	'rt',
	'tr',
	'td',
	'th',
	'thead',
	'tbody',
	'tfoot',
	'colgroup',
	'caption',
]);

/** The kind of text a body belongs to, as its messages name it. */
export type BodyKind = 'fiches' | 'parties' | 'chapitres';

const WHERE: Record<BodyKind, { in: string; rest: string; video: string }> = {
	fiches: {
		in: 'dans une fiche',
		rest: 'la suite de la fiche',
		video: ' ; pour une vidéo, ajoutez un lien dans « liens »',
	},
	parties: { in: 'dans une partie', rest: 'la suite de la partie', video: '' },
	chapitres: { in: 'dans un chapitre', rest: 'la suite du chapitre', video: '' },
};

const TAG_MESSAGE = (name: string, kind: BodyKind) =>
	`balise HTML « <${name}> » interdite ${WHERE[kind].in} — retirez-la (le Markdown suffit${WHERE[kind].video})`;
const EVENT_MESSAGE = (kind: BodyKind) =>
	`attribut HTML « on… » (code JavaScript) interdit ${WHERE[kind].in} — retirez-le`;

/**
 * The scheme a browser would see in a URL attribute: after decoding (parse5 did), it drops tabs
 * and newlines anywhere and control characters or spaces in front (WHATWG URL parser).
 */
export function urlScheme(url: string): string | undefined {
	const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A URL as printed in a message: what the browser reads, without the invisible characters. */
export function visibleUrl(url: string): string {
	return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').slice(0, 40);
}

/** Schemes a link in a sheet may not use: they run code or carry a whole document. */
export const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** Schemes an HTML link or image in a sheet may use; a relative path has none. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** What is wrong with one piece of raw HTML, and its line in the file. */
export interface HtmlProblem {
	line: number;
	message: string;
}

/** An element still open at the end of a piece, for the body-wide balance check. */
export interface OpenElement {
	name: string;
	line: number;
}

/**
 * Judges one raw HTML node: one problem at most, the most serious first (a forbidden element,
 * an event handler, a script address, another attribute, an image without alternative, a tag
 * or comment that never ends). `open` carries the elements left open from one node to the next:
 * Markdown splits `<details>…</details>` around the text between them. `firstLine` is the file
 * line the piece starts on.
 */
export function checkHtmlFragment(
	html: string,
	open: OpenElement[],
	firstLine = 1,
	kind: BodyKind = 'fiches',
): HtmlProblem | undefined {
	const found: { rank: number; problem: HtmlProblem }[] = [];
	const report = (rank: number, line: number, message: string) =>
		found.push({ rank, problem: { line: firstLine + line - 1, message } });
	const lineOf = (token: Token.TagToken | Token.CommentToken) => token.location?.startLine ?? 1;

	const handler: TokenHandler = {
		onStartTag(token) {
			const name = token.tagName;
			const line = lineOf(token);
			if (!ALLOWED_ELEMENTS.has(name)) {
				report(0, line, TAG_MESSAGE(name, kind));
				return;
			}
			const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[name] ?? [])]);
			for (const attr of token.attrs) {
				if (attr.name.startsWith('on')) report(1, line, EVENT_MESSAGE(kind));
				else if (URL_ATTRIBUTES.has(attr.name) && allowed.has(attr.name)) {
					const scheme = urlScheme(attr.value);
					if (scheme && !SAFE_SCHEMES.has(scheme))
						report(
							2,
							line,
							`adresse « ${visibleUrl(attr.value)} » interdite — utilisez une adresse https://`,
						);
				} else if (!allowed.has(attr.name))
					report(
						3,
						line,
						`attribut HTML « ${attr.name} » non autorisé sur « <${name}> » ${WHERE[kind].in} — retirez-le (attributs possibles : ${[...allowed].join(', ')})`,
					);
			}
			if (name === 'img' && !token.attrs.some((a) => a.name === 'alt' && a.value.trim())) {
				const start = token.location?.startOffset ?? 0;
				const end = token.location?.endOffset ?? html.length;
				report(
					4,
					line,
					`image HTML « ${html.slice(start, end).slice(0, 60)} » sans texte alternatif — écrivez plutôt ![description](chemin) en Markdown`,
				);
			}
			if (!NO_END_TAG.has(name) && !token.selfClosing)
				open.push({ name, line: firstLine + line - 1 });
		},
		onEndTag(token) {
			const index = open.findLastIndex((e) => e.name === token.tagName);
			if (index !== -1) open.splice(index, 1);
		},
		onComment() {},
		onDoctype(token) {
			report(0, token.location?.startLine ?? 1, TAG_MESSAGE('!doctype', kind));
		},
		onEof() {},
		onCharacter() {},
		onNullCharacter() {},
		onWhitespaceCharacter() {},
		onParseError(error) {
			// What never ends swallows the rest of the page: as markup (an unfinished tag takes the
			// text after it as attributes) or out of sight (an unfinished comment hides it).
			if (error.code === ErrorCodes.eofInTag)
				report(
					5,
					error.startLine,
					`balise HTML non terminée — le navigateur lirait ${WHERE[kind].rest} comme faisant partie de la balise : fermez-la par « > » ou retirez-la`,
				);
			else if (error.code === ErrorCodes.eofInComment || error.code === ErrorCodes.eofInCdata)
				report(
					5,
					error.startLine,
					'commentaire HTML « <!-- » jamais refermé — tout le texte qui suit serait caché : ajoutez « --> » à sa fin ou retirez-le',
				);
		},
	};
	const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
	tokenizer.write(html, true);
	found.sort((a, b) => a.rank - b.rank);
	return found[0]?.problem;
}

/** The message for an element never closed in the whole body. */
export function unclosedMessage(name: string): string {
	return `balise HTML « <${name}> » jamais refermée — elle engloberait toute la suite de la page : ajoutez « </${name}> » après son contenu`;
}
