import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SECTIONS } from '../../schemas/fiche.ts';
import { suggest } from '../suggest.ts';
import {
	checkHtmlFragment,
	type BodyKind,
	SCRIPT_SCHEMES,
	unclosedMessage,
	urlScheme,
	visibleUrl,
	type OpenElement,
} from './html.ts';
import type { Problem } from './problem.ts';

const SECTION_TITLES: readonly string[] = SECTIONS.map((s) => s.titre);

function walk(node: Nodes, visit: (node: Nodes) => void): void {
	visit(node);
	if ('children' in node) for (const child of node.children) walk(child, visit);
}

/**
 * Checks a sheet body against the contract: the `##` headings are the contract's, in its order,
 * the required ones present; no dangerous raw HTML; inline images have a text alternative.
 * `bodyLine` maps the tree's lines back to the file.
 */
export function checkFicheBody(file: string, tree: Root, bodyLine: number): Problem[] {
	const problems: Problem[] = [];
	const at = (node: Nodes) => (node.position ? node.position.start.line + bodyLine - 1 : undefined);
	const push = (
		node: Nodes | undefined,
		message: string,
		severity: Problem['severity'] = 'erreur',
	) => {
		const line = node ? at(node) : undefined;
		problems.push({ file, ...(line ? { line } : {}), key: 'corps', message, severity });
	};

	const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
	let lastIndex = -1;
	const seen = new Set<string>();
	// A misspelt required heading is one mistake: its suggestion already says what to write.
	const misspelled = new Set<string>();
	for (const heading of headings) {
		const text = toString(heading).trim();
		if (heading.depth === 1) {
			push(
				heading,
				`titre de niveau 1 « # ${text} » interdit — le titre de la fiche vient de la clé « titre » ; utilisez les titres « ## » du modèle`,
			);
			continue;
		}
		if (heading.depth !== 2) continue;
		const index = SECTION_TITLES.indexOf(text);
		if (index === -1) {
			const near = suggest(text, SECTION_TITLES);
			if (near) misspelled.add(near);
			push(
				heading,
				`titre de section inconnu « ## ${text} »` +
					(near ? ` — vouliez-vous dire « ## ${near} » ?` : '') +
					` (sections possibles, dans cet ordre : ${SECTION_TITLES.join(' ; ')})`,
			);
			continue;
		}
		if (seen.has(text)) {
			push(heading, `section « ## ${text} » en double — regroupez son contenu sous un seul titre`);
			continue;
		}
		if (index < lastIndex) {
			push(
				heading,
				`section « ## ${text} » mal placée : elle doit venir avant « ## ${SECTION_TITLES[lastIndex]} » (ordre : ${SECTION_TITLES.join(' ; ')})`,
			);
		}
		seen.add(text);
		lastIndex = Math.max(lastIndex, index);
		const next = tree.children[tree.children.indexOf(heading) + 1];
		if (!next || (next.type === 'heading' && next.depth <= 2)) {
			push(
				heading,
				`section « ## ${text} » vide — complétez-la ou supprimez son titre`,
				'avertissement',
			);
		}
	}
	for (const section of SECTIONS) {
		if (section.requis && !seen.has(section.titre) && !misspelled.has(section.titre)) {
			push(
				undefined,
				`section obligatoire « ## ${section.titre} » absente — ajoutez ce titre et son texte`,
			);
		}
	}

	problems.push(...checkBodyMarkup(file, tree, bodyLine));
	return problems;
}

/**
 * What any body must not hold, a sheet's, a part's or a chapter's: dangerous raw HTML (judged by
 * parsing), an element left open, a script address, an inline image without a text alternative.
 */
export function checkBodyMarkup(
	file: string,
	tree: Root,
	bodyLine: number,
	kind: BodyKind = 'fiches',
): Problem[] {
	const problems: Problem[] = [];
	const at = (node: Nodes) => (node.position ? node.position.start.line + bodyLine - 1 : undefined);
	const push = (node: Nodes, message: string) => {
		const line = at(node);
		problems.push({ file, ...(line ? { line } : {}), key: 'corps', message, severity: 'erreur' });
	};
	// Elements opened in one raw HTML node and closed in a later one, in reading order.
	const open: OpenElement[] = [];
	walk(tree, (node) => {
		if (node.type === 'html') {
			const found = checkHtmlFragment(node.value, open, at(node) ?? 1, kind);
			if (found)
				problems.push({
					file,
					line: found.line,
					key: 'corps',
					message: found.message,
					severity: 'erreur',
				});
		}
		if (
			(node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
			SCRIPT_SCHEMES.has(urlScheme(node.url) ?? '')
		) {
			push(node, `adresse « ${visibleUrl(node.url)} » interdite — utilisez une adresse https://`);
		}
		if (node.type === 'image' && !node.alt?.trim()) {
			push(
				node,
				`image « ${node.url} » sans texte alternatif — écrivez ce qu’elle montre entre les crochets : ![description](${node.url})`,
			);
		}
	});
	for (const element of open)
		problems.push({
			file,
			line: element.line,
			key: 'corps',
			message: unclosedMessage(element.name),
			severity: 'erreur',
		});
	return problems;
}
