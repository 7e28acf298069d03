import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * Parses a Markdown body into an mdast tree with GitHub-flavoured extensions (tables, strike,
 * autolinks), the same dialect Astro renders. The validator, the PDF and the importers all read
 * this tree, never the raw text.
 */
export function parseMarkdown(body: string): Root {
	return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
