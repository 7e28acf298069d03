import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fr } from '../i18n/fr';
import type { FicheDraft } from '../lib/import/fiche-writer';
import { parseMarkdown } from '../lib/markdown';
import { frenchTypography } from '../lib/typography';
import { determinantLabel, getPartie, typeLabel } from '../schemas/vocabulary';
import { SECTIONS } from '../schemas/fiche';

/**
 * The preview of /contribuer/: the sheet drawn with DOM nodes from its Markdown tree, never with
 * `innerHTML`, so whatever a contributor types shows as text (raw HTML included) and the page's
 * Content-Security-Policy holds.
 */

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.append(...children);
	return node;
}

function inline(nodes: readonly PhrasingContent[]): (Node | string)[] {
	return nodes.map((node): Node | string => {
		switch (node.type) {
			case 'text':
				return frenchTypography(node.value);
			case 'strong':
				return element('strong', inline(node.children));
			case 'emphasis':
				return element('em', inline(node.children));
			case 'delete':
				return element('del', inline(node.children));
			case 'inlineCode':
				return element('code', [node.value]);
			case 'break':
				return element('br');
			case 'link': {
				const a = element('a', inline(node.children));
				// Only web addresses become links in the preview; the validator reports the rest.
				if (/^https?:\/\//i.test(node.url)) a.href = node.url;
				return a;
			}
			case 'image':
				return `[${node.alt ?? ''}]`;
			default:
				return 'value' in node ? String(node.value) : '';
		}
	});
}

function blocks(nodes: readonly (RootContent | Nodes)[]): Node[] {
	return nodes.flatMap((node): Node[] => {
		switch (node.type) {
			case 'paragraph':
				return [element('p', inline(node.children))];
			case 'heading':
				return [element(node.depth <= 2 ? 'h5' : 'h6', inline(node.children))];
			case 'list': {
				const list = element(node.ordered ? 'ol' : 'ul');
				for (const item of node.children) list.append(element('li', blocks(item.children)));
				return [list];
			}
			case 'blockquote':
				return [element('blockquote', blocks(node.children))];
			case 'code':
			case 'html':
				return [element('pre', [node.value])];
			case 'table': {
				const table = element('table');
				for (const row of node.children) {
					const tr = element('tr');
					for (const cell of row.children) tr.append(element('td', inline(cell.children)));
					table.append(tr);
				}
				return [table];
			}
			default:
				return [];
		}
	});
}

/** The sheet as it will read: title, city and date, summary, identity, then its sections. */
export function renderPreview(target: HTMLElement, draft: FicheDraft, empty: string): void {
	if (!draft.titre?.trim()) {
		target.replaceChildren(element('p', [empty]));
		return;
	}
	const out: Node[] = [element('h4', [frenchTypography(draft.titre)])];
	const meta = [draft.ville, draft.date].filter(Boolean).join(' — ');
	if (meta) out.push(element('p', [element('strong', [meta])]));
	if (draft.partie)
		out.push(
			element('p', [
				`${fr.partie.numero(draft.partie)} · ${frenchTypography(getPartie(draft.partie).titre)}`,
			]),
		);
	if (draft.resume) out.push(element('p', [frenchTypography(draft.resume)]));
	const facts: [string, string][] = [];
	if (draft.types?.length) facts.push([fr.fiche.types, draft.types.map(typeLabel).join(', ')]);
	if (draft.determinants?.length)
		facts.push([fr.fiche.determinants, draft.determinants.map(determinantLabel).join(', ')]);
	if (facts.length) {
		const dl = element('dl');
		for (const [term, value] of facts)
			dl.append(element('dt', [term]), element('dd', [frenchTypography(value)]));
		out.push(dl);
	}
	for (const { titre } of SECTIONS) {
		const text = draft.sections?.[titre]?.trim();
		if (!text) continue;
		out.push(element('h5', [titre]), ...blocks(parseMarkdown(text).children));
	}
	target.replaceChildren(...out);
}
