import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fr } from '../i18n/fr';
import type { FicheDraft } from '../contribution/import/fiche-writer';
import { parseMarkdown } from '../model/text/markdown';
import { frenchTypography } from '../model/text/typography';
import { getPartie } from '../schemas/vocabulary';
import type { FicheData } from '../schemas/fiche';
import { identityRows, identityRowText, type IdentityRow } from '../model/identity';
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
	if (draft.partie)
		out.push(
			element('p', [
				`${fr.partie.numero(draft.partie)} · ${frenchTypography(getPartie(draft.partie).titre)}`,
			]),
		);
	if (draft.resume) out.push(element('p', [frenchTypography(draft.resume)]));
	const rows = identity(draft);
	if (rows.length) {
		const dl = element('dl');
		for (const row of rows)
			dl.append(
				element('dt', [row.label]),
				element('dd', [frenchTypography(identityRowText(row.value).join(' ; '))]),
			);
		out.push(dl);
	}
	for (const { titre } of SECTIONS) {
		const text = draft.sections?.[titre]?.trim();
		if (!text) continue;
		out.push(element('h5', [titre]), ...blocks(parseMarkdown(text).children));
	}
	target.replaceChildren(...out);
}

/**
 * The identity box of the published page (the site's and the PDF's rows), from the draft as it
 * stands: rows whose answer is still missing or malformed are left out until it is given.
 */
function identity(draft: FicheDraft): IdentityRow[] {
	if (!draft.ville || !draft.date) return [];
	const data = {
		...draft,
		qpv: draft.qpv ?? false,
		statut: draft.statut ?? 'publie',
		types: draft.types ?? [],
		determinants: draft.determinants ?? [],
	} as unknown as FicheData;
	try {
		return identityRows(data).filter((row) => identityRowText(row.value).every(Boolean));
	} catch {
		return [];
	}
}
