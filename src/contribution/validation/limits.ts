/**
 * The contract's bounds on a sheet's body (`BODY_LIMITS`): long paragraphs and addresses, deep
 * lists and quotes. Each output handles real sheets in milliseconds; without bounds, one
 * hostile sheet made the PDF fail or the build run for minutes.
 */
import type { Nodes, Root } from 'mdast';
import { BODY_LIMITS } from '../../schemas/fiche.ts';
import type { Problem } from './problem.ts';

const number = (value: number) => value.toLocaleString('fr-FR');

/** Quote and list markers a line may open at once, before the Markdown parser is asked. */
const MAX_PREFIX_MARKERS = BODY_LIMITS.listDepth + BODY_LIMITS.quoteDepth;

/** A line's leading `>`, `-`, `*`, `+` and `1.` markers: each opens one container. */
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])/;

/**
 * The first line opening more containers than the contract allows, read from the raw text:
 * the parser spends seconds on `>>>>…` a hundred thousand deep and builds a tree that deep, so
 * such a body is refused before it is parsed. `bodyLine` is the file line of the body's first.
 */
export function deepLinePrefix(file: string, body: string, bodyLine: number): Problem | undefined {
	const lines = body.split('\n');
	for (const [index, line] of lines.entries()) {
		let rest = line;
		let markers = 0;
		for (let match = CONTAINER_MARKER.exec(rest); match; match = CONTAINER_MARKER.exec(rest)) {
			markers++;
			rest = rest.slice(match[0].length);
			if (markers > MAX_PREFIX_MARKERS)
				return {
					file,
					line: bodyLine + index,
					key: 'corps',
					message: `trop de citations « > » ou de listes imbriquées sur cette ligne (plus de ${MAX_PREFIX_MARKERS}) — gardez au plus ${BODY_LIMITS.quoteDepth} niveaux de citation et ${BODY_LIMITS.listDepth} niveaux de liste`,
					severity: 'erreur',
				};
		}
	}
	return undefined;
}

/** Checks a parsed body against the bounds; one problem per kind of depth, one per long text. */
export function checkBodyLimits(file: string, tree: Root, bodyLine: number): Problem[] {
	const problems: Problem[] = [];
	const at = (node: Nodes) => (node.position ? node.position.start.line + bodyLine - 1 : undefined);
	const push = (node: Nodes, message: string) => {
		const line = at(node);
		problems.push({ file, ...(line ? { line } : {}), key: 'corps', message, severity: 'erreur' });
	};
	let listReported = false;
	let quoteReported = false;
	const visit = (node: Nodes, lists: number, quotes: number) => {
		const inList = lists + (node.type === 'list' ? 1 : 0);
		const inQuote = quotes + (node.type === 'blockquote' ? 1 : 0);
		if (inList > BODY_LIMITS.listDepth && !listReported) {
			listReported = true;
			push(
				node,
				`listes imbriquées trop profondes : ${inList} niveaux, au plus ${BODY_LIMITS.listDepth} — remontez les éléments les plus en retrait`,
			);
		}
		if (inQuote > BODY_LIMITS.quoteDepth && !quoteReported) {
			quoteReported = true;
			push(
				node,
				`citations imbriquées trop profondes : ${inQuote} niveaux, au plus ${BODY_LIMITS.quoteDepth} — retirez des « > » en début de ligne`,
			);
		}
		if (
			(node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') &&
			node.position?.start.offset !== undefined &&
			node.position.end.offset !== undefined
		) {
			const length = node.position.end.offset - node.position.start.offset;
			if (length > BODY_LIMITS.paragraph)
				push(
					node,
					`paragraphe trop long : ${number(length)} caractères, au plus ${number(BODY_LIMITS.paragraph)} — coupez-le en plusieurs paragraphes (une ligne vide entre deux)`,
				);
		}
		if (
			(node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
			node.url.length > BODY_LIMITS.url
		)
			push(
				node,
				`adresse trop longue : ${number(node.url.length)} caractères, au plus ${number(BODY_LIMITS.url)} — donnez l’adresse de la page du document plutôt qu’un lien de recherche ou de partage`,
			);
		if ('children' in node) for (const child of node.children) visit(child, inList, inQuote);
	};
	visit(tree, 0, 0);
	return problems;
}
