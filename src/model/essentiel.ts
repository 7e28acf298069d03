import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FicheData } from '../schemas/fiche.ts';
import { parseMarkdown } from './text/markdown.ts';

/** The body section whose first lines tell what the sheet says about effects and evaluation. */
export const EFFETS = 'Effets sur la santé mentale';

/** One line of « L'essentiel »: what kind of fact, and the fact as the sheet words it. */
export interface EssentielRow {
	key: 'territoire' | 'periode' | 'budget' | 'effets';
	/** The sheet's own words, shortened to their first sentence; undefined when it says nothing. */
	value: string | undefined;
}

/** Longest value shown, in characters: « L'essentiel » is read in five seconds. */
const MAX = 140;

/**
 * A form's answer on one line. Its lines are often items without a full stop (« 2019 : 14 907 € »
 * then « 2021 : 6 089 € »): run together they would read as one figure, so a line that does not
 * end a sentence is followed by « ; ».
 */
function oneLine(text: string): string {
	return text
		.split(/\r\n?|\n/)
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.reduce(
			(out, line) => (out ? `${out}${/[.!?…:;,]$/.test(out) ? ' ' : ' ; '}${line}` : line),
			'',
		);
}

/**
 * The first sentence of `text`, or its first `MAX` characters cut at a word with « … ». A sentence
 * ends at « . », « ! » or « ? » followed by a space and a capital, so « 0,1 ETP » or « etc. »
 * inside a sentence do not end it.
 */
export function firstSentence(text: string): string {
	const flat = oneLine(text);
	const end = /[.!?…](?=\s+\p{Lu})/u.exec(flat);
	const sentence = end ? flat.slice(0, end.index + 1) : flat;
	if (sentence.length <= MAX) return sentence;
	const cut = sentence.slice(0, MAX);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/** The first paragraph or list item of the section titled `title`, as plain text. */
export function sectionLead(body: string, title: string): string | undefined {
	const children = parseMarkdown(body).children;
	const start = children.findIndex(
		(n): n is Heading => n.type === 'heading' && n.depth === 2 && toString(n).trim() === title,
	);
	if (start === -1) return undefined;
	for (const node of children.slice(start + 1)) {
		if (node.type === 'heading' && node.depth <= 2) return undefined;
		const text = leadOf(node);
		if (text) return text;
	}
	return undefined;
}

function leadOf(node: RootContent): string | undefined {
	if (node.type === 'paragraph') return toString(node).trim() || undefined;
	if (node.type === 'list') {
		const first = node.children[0];
		// A nested list's first item stands for its parent (« Mesure en cours : » → its first item).
		const own = first?.children.find((c) => c.type === 'paragraph');
		const ownText = own ? toString(own).trim() : '';
		const nested = first?.children.find((c) => c.type === 'list');
		if (ownText && !ownText.endsWith(':')) return ownText;
		const inner = nested ? leadOf(nested) : undefined;
		return inner ? `${ownText} ${inner}`.trim() : ownText || undefined;
	}
	return undefined;
}

/**
 * « L'essentiel » of a sheet, drawn from what its city wrote: the territory (the scale of the
 * action, or the city), the period, the operating budget and the first words of the « Effets »
 * section. No value is made up: a fact the sheet does not give stays undefined.
 */
export function essentiel(data: FicheData, body: string): EssentielRow[] {
	const budget = data.budget?.fonctionnement;
	const effets = sectionLead(body, EFFETS);
	return [
		{ key: 'territoire', value: firstSentence(data.echelle ?? data.ville) },
		{ key: 'periode', value: data.periode && firstSentence(data.periode) },
		{ key: 'budget', value: budget && firstSentence(budget) },
		{ key: 'effets', value: effets && firstSentence(effets) },
	];
}
