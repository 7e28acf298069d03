import type { Nodes, Parent } from 'mdast';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { MONTH_NAMES } from '../../schemas/date.ts';
import { splitFrontmatter } from '../../model/frontmatter.ts';
import { parseMarkdown } from '../../model/text/markdown.ts';
import { NBSP, NNBSP, NOT_PROSE } from '../../model/text/typography.ts';
import type { Problem } from '../validation/problem.ts';
import { isPublishable, type SourceFile } from '../validation/validate.ts';

/**
 * French typography in the prose of content files: no-break spaces before `; : ! ?` and inside
 * « », and the typographic apostrophe. The site already typesets these at render time
 * (`frenchTypography`); this lint keeps the sources clean so the PDF, the exports and the diffs
 * say the same thing, and `npm run fix` applies exactly the edits it reports.
 */

export type TypographyRule =
	| 'espace-ponctuation'
	| 'espace-guillemets'
	| 'apostrophe'
	| 'espace-date'
	| 'montant'
	| 'points-de-suspension';

/** One replacement in the file's text, with what a contributor needs to find it. */
export interface TypographyIssue {
	rule: TypographyRule;
	/** Offset of the replaced text in the whole file. */
	offset: number;
	/** Length of the replaced text (0 for an insertion). */
	length: number;
	replacement: string;
	/** 1-based line in the file. */
	line: number;
	/** `resume`, `budget.fonctionnement`, or `corps` for the Markdown body. */
	key: string;
	/** French description of what is wrong, e.g. « espace ordinaire avant « : » ». */
	message: string;
}

/** A regular or no-break space, one or more, of which at least one is a breaking one. */
const BREAKING_RUN = '(?=[\\u00A0\\u202F]*[ \\t])[ \\t\\u00A0\\u202F]+';

/** Any month name, as a regular expression alternative. */
const MONTHS = MONTH_NAMES.join('|');
/** What ends an amount: decimals, then « € » or « euros ». */
const AMOUNT_END = '(?:[,.]\\d+)?[ \\t\\u00A0\\u202F]*(?:€|euros?(?!\\p{L}))';

interface Rule {
	rule: TypographyRule;
	pattern: RegExp;
	replace: (match: RegExpExecArray) => string;
	message: (match: RegExpExecArray) => string;
}

/**
 * Each pattern matches only the characters it replaces (lookarounds for the context), so an
 * issue's offset and length are the edit itself. Times (`14:30`), ratios and URLs never match:
 * the colon rules need a space after it, and URLs are skipped before the rules run.
 */
const RULES: readonly Rule[] = [
	{
		rule: 'espace-ponctuation',
		pattern: new RegExp(`${BREAKING_RUN}(?=[;!?])`, 'g'),
		replace: () => NNBSP,
		message: (m) => `espace ordinaire avant « ${charAfter(m)} »`,
	},
	{
		rule: 'espace-ponctuation',
		pattern: new RegExp(`${BREAKING_RUN}(?=:(?:\\s|$))`, 'g'),
		replace: () => NBSP,
		message: () => 'espace ordinaire avant « : »',
	},
	{
		// `&amp;` and `\!` are Markdown syntax, not words followed by punctuation.
		rule: 'espace-ponctuation',
		pattern: /(?<=[\p{L}\p{N}»)])(?<!&#?\w+|\\)(?=[;!?](?:\s|$))/gu,
		replace: () => NNBSP,
		message: (m) => `pas d’espace avant « ${charAfter(m)} »`,
	},
	{
		rule: 'espace-ponctuation',
		pattern: /(?<=[\p{L}\p{N}»)])(?<!\\)(?=:(?:\s|$))/gu,
		replace: () => NBSP,
		message: () => 'pas d’espace avant « : »',
	},
	{
		rule: 'espace-guillemets',
		pattern: /(?<=«)(?:[ \t]+|(?=[^\s\u00A0\u202F]))/g,
		replace: () => NNBSP,
		message: (m) => `${m[0] ? 'espace ordinaire' : 'pas d’espace'} après « « »`,
	},
	{
		rule: 'espace-guillemets',
		pattern: /(?:(?<=[^\s\u00A0\u202F])|[ \t]+)(?=»)/g,
		replace: () => NNBSP,
		message: (m) => `${m[0] ? 'espace ordinaire' : 'pas d’espace'} avant « » »`,
	},
	{
		rule: 'espace-date',
		pattern: new RegExp(
			`(?<=(?<![\\p{L}\\p{N}])(?:1er|\\d{1,2}))${BREAKING_RUN}(?=(?:${MONTHS})(?!\\p{L}))`,
			'gu',
		),
		replace: () => NBSP,
		message: () => 'espace ordinaire entre le jour et le mois',
	},
	{
		// `1000€`, `36800 €`: an amount of four digits or more gets its thousands separated.
		rule: 'montant',
		pattern: new RegExp(`(?<![\\p{N},.])\\d{4,}(?=${AMOUNT_END})`, 'gu'),
		replace: (m) => m[0].replace(/\B(?=(?:\d{3})+$)/g, NNBSP),
		message: () => 'montant sans séparateur des milliers',
	},
	{
		// `36 800 €`: the space between thousands must not break.
		rule: 'montant',
		pattern: new RegExp(
			`(?<=(?<![\\p{N},.])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})*)[ \\u00A0](?=\\d{3}(?:[ \\u00A0\\u202F]\\d{3})*${AMOUNT_END})`,
			'gu',
		),
		replace: () => NNBSP,
		message: () => 'espace ordinaire entre les milliers d’un montant',
	},
	{
		rule: 'montant',
		pattern: /(?<=\d)(?![\u00A0]€)[ \t\u00A0\u202F]*(?=€)/g,
		replace: () => NBSP,
		message: (m) => `${m[0] ? 'espace ordinaire' : 'pas d’espace'} avant « € »`,
	},
	{
		rule: 'points-de-suspension',
		pattern: /\.\.\.(?!\.)/g,
		replace: () => '…',
		message: () => '« ... » au lieu de « … »',
	},
	{
		rule: 'apostrophe',
		pattern: /(?<=\p{L})'(?=\p{L})/gu,
		replace: () => '’',
		message: () => "apostrophe droite « ' »",
	},
];

function charAfter(match: RegExpExecArray): string {
	return match.input.charAt(match.index + match[0].length);
}

/** Bare URLs and e-mail addresses inside prose: their `?`, `:` and `'` are not French text. */
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>«»]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

interface Span {
	/** Offset of `text` in the file. */
	start: number;
	text: string;
	key: string;
	/** How the span's source writes an apostrophe (a single-quoted YAML scalar doubles it). */
	apostrophe: "'" | "''";
}

function issuesInSpan(span: Span, lineAt: (offset: number) => number): TypographyIssue[] {
	const skipped: [number, number][] = [];
	for (const url of span.text.matchAll(URL_LIKE))
		skipped.push([url.index, url.index + url[0].length]);
	const inUrl = (index: number) => skipped.some(([from, to]) => index >= from && index < to);
	const issues: TypographyIssue[] = [];
	for (const rule of RULES) {
		const pattern =
			rule.rule === 'apostrophe' && span.apostrophe === "''"
				? /(?<=\p{L})''(?=\p{L})/gu
				: new RegExp(rule.pattern.source, rule.pattern.flags);
		for (let match = pattern.exec(span.text); match; match = pattern.exec(span.text)) {
			if (match[0] === '') pattern.lastIndex++;
			if (inUrl(match.index)) continue;
			const offset = span.start + match.index;
			issues.push({
				rule: rule.rule,
				offset,
				length: match[0].length,
				replacement: rule.replace(match),
				line: lineAt(offset),
				key: span.key,
				message: rule.message(match),
			});
		}
	}
	return issues;
}

function frontmatterSpans(text: string): { spans: Span[]; end: number } | undefined {
	const split = splitFrontmatter(text);
	if ('missing' in split) return undefined;
	const { yaml: source, yamlStart, bodyStart } = split;
	const doc = parseDocument(source, { schema: 'core' });
	if (doc.errors.length) return { spans: [], end: bodyStart };
	const spans: Span[] = [];
	const visit = (node: unknown, path: readonly string[]) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (isPair(pair) && isScalar(pair.key))
					visit(pair.value, [...path, String(pair.key.value)]);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) visit(item, path);
		} else if (isScalar(node) && typeof node.value === 'string' && node.range) {
			if (path.some((segment) => NOT_PROSE.has(segment))) return;
			const [from, to] = (node as YamlNode & { range: [number, number, number] }).range;
			spans.push({
				start: yamlStart + from,
				text: source.slice(from, to),
				key: path.join('.'),
				apostrophe: node.type === 'QUOTE_SINGLE' ? "''" : "'",
			});
		}
	};
	visit(doc.contents, []);
	return { spans, end: bodyStart };
}

/** Text nodes of the body, as written in the source, except the text of autolinks (bare URLs). */
function bodySpans(body: string, bodyStart: number): Span[] {
	const spans: Span[] = [];
	const walk = (node: Nodes, parent: Parent | undefined) => {
		if (node.type === 'text' && node.position) {
			const isUrl = parent?.type === 'link' && body[parent.position?.start.offset ?? 0] !== '[';
			const from = node.position.start.offset ?? 0;
			const to = node.position.end.offset ?? from;
			if (!isUrl)
				spans.push({
					start: bodyStart + from,
					text: body.slice(from, to),
					key: 'corps',
					apostrophe: "'",
				});
		}
		if ('children' in node) for (const child of node.children) walk(child, node);
	};
	walk(parseMarkdown(body), undefined);
	return spans;
}

function lineCounter(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
}

/**
 * The typography issues of a Markdown file with YAML frontmatter, in file order. Only prose is
 * read: string values of the frontmatter (not keys, comments, codes, dates, URLs or e-mails) and
 * the text of the body (not code, HTML, link targets or bare URLs).
 */
export function lintTypography(text: string): TypographyIssue[] {
	const lineAt = lineCounter(text);
	const frontmatter = frontmatterSpans(text);
	// Without its header the file would be read as Markdown through and through, YAML keys
	// included: leave it to the validator, which reports the missing header.
	if (!frontmatter) return [];
	const { spans, end } = frontmatter;
	spans.push(...bodySpans(text.slice(end), end));
	return spans.flatMap((span) => issuesInSpan(span, lineAt)).sort((a, b) => a.offset - b.offset);
}

/** The structure of a frontmatter with every space and apostrophe difference set aside. */
function frontmatterShape(text: string): string | undefined {
	const split = splitFrontmatter(text);
	if ('missing' in split) return '';
	const doc = parseDocument(split.yaml, { schema: 'core' });
	if (doc.errors.length) return undefined;
	return JSON.stringify(doc.toJS(), (_key, value: unknown) =>
		typeof value === 'string'
			? value
					.replace(/[\s\u00A0\u202F]/g, '')
					.replace(/[’']/g, "'")
					.replace(/…/g, '...')
			: value,
	);
}

/**
 * Applies every reported edit. Throws, leaving the caller's file untouched, if the frontmatter
 * would read differently afterwards: a typography fix must never change a key or a value's
 * meaning.
 */
export function fixTypography(text: string): string {
	let fixed = '';
	let cursor = 0;
	for (const issue of lintTypography(text)) {
		if (issue.offset < cursor) continue;
		fixed += text.slice(cursor, issue.offset) + issue.replacement;
		cursor = issue.offset + issue.length;
	}
	fixed += text.slice(cursor);
	if (frontmatterShape(fixed) !== frontmatterShape(text)) {
		throw new Error(
			'la correction typographique modifierait la structure de l’en-tête YAML — corrigez ce fichier à la main',
		);
	}
	return fixed;
}

// `Map.groupBy` would do, but tests may run on the machine's Node 20, which lacks it.
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}

const CONTENT_FOLDERS = new Set(['fiches', 'parties', 'chapitres']);

/** Whether `npm run validate` and `npm run fix` read this file: published Markdown content. */
export function isLintedFile(file: string): boolean {
	return (
		file.endsWith('.md') && CONTENT_FOLDERS.has(file.split('/').at(-2) ?? '') && isPublishable(file)
	);
}

/**
 * The typography issues of content files as validator warnings, one per line of a file so a
 * long paragraph does not bury the report; each names what to change and the command that does.
 */
export function typographyProblems(sources: readonly SourceFile[]): Problem[] {
	const problems: Problem[] = [];
	for (const { file, text } of sources) {
		if (!isLintedFile(file)) continue;
		for (const [line, issues] of groupBy(lintTypography(text), (issue) => issue.line)) {
			const found = [...groupBy(issues, (issue) => issue.message)].map(([message, same]) =>
				same.length > 1 ? `${message} (×${same.length})` : message,
			);
			const remedies = [
				issues.some((issue) => issue.rule !== 'apostrophe') &&
					'une espace insécable avant ; : ! ? et dans « »',
				issues.some((issue) => issue.rule === 'apostrophe') && 'l’apostrophe « ’ »',
			].filter(Boolean);
			problems.push({
				file,
				line,
				key: issues[0]!.key,
				message: `typographie : ${found.join(' ; ')} — attendu ${remedies.join(' et ')} (« npm run fix » corrige)`,
				severity: 'avertissement',
			});
		}
	}
	return problems;
}
