import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import { fr } from '../i18n/fr.ts';
import { page } from './urls.ts';
import { frenchTypography } from './typography.ts';

const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp']);

/** French no-break spaces and apostrophes in every rendered Markdown text, code excepted. */
export const frenchTypographyPlugin = defineHastPlugin({
	name: 'french-typography',
	text(node, ctx) {
		const parent = ctx.parent(node);
		if (parent.type === 'element' && VERBATIM.has(parent.tagName)) return undefined;
		const value = frenchTypography(node.value);
		return value === node.value ? undefined : { type: 'text', value };
	},
});

/**
 * Gives every heading an id (as Astro would) and follows each `h2`/`h3` with a « # » link, so a
 * reader can share a section. The link sits after the heading, not inside it, so the heading's
 * accessible name and the search index keep the plain title (as Starlight does).
 */
export function sectionLinksPlugin() {
	const slugger = new GithubSlugger();
	return defineHastPlugin({
		name: 'section-links',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				const title = ctx.textContent(node);
				const existing = node.properties?.['id'];
				const id = typeof existing === 'string' ? existing : slugger.slug(title);
				ctx.setProperty(node, 'id', id);
				if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
				const link: Element = {
					type: 'element',
					tagName: 'a',
					properties: { className: ['section-link'], href: `#${id}` },
					children: [
						{
							type: 'element',
							tagName: 'span',
							properties: { ariaHidden: 'true' },
							children: [{ type: 'text', value: '#' }],
						},
						{
							type: 'element',
							tagName: 'span',
							properties: { className: ['visually-hidden'] },
							children: [{ type: 'text', value: fr.fiche.lienSection(title) }],
						},
					],
				};
				ctx.insertAfter(node, link);
			},
		},
	});
}

/**
 * A root-relative link or image in a text (`/fiches/caen-rcp-psy/`) names a page of this site:
 * it is served under `BASE_PATH`, as every other link.
 */
export const basePathPlugin = defineHastPlugin({
	name: 'base-path',
	element: {
		filter: ['a', 'img'],
		visit(node, ctx) {
			const name = node.tagName === 'a' ? 'href' : 'src';
			const value = node.properties?.[name];
			if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//'))
				ctx.setProperty(node, name, page(value));
		},
	},
});
