import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Trees by body text: a build reads each body three times (validator, typography, PDF). */
const trees = new Map<string, Root>();

/**
 * Parses a Markdown body into an mdast tree with GitHub-flavoured extensions (tables, strike,
 * autolinks), the same dialect Astro renders. The validator, the PDF and the importers all read
 * this tree, never the raw text. Parsing is the costliest step of reading content (about 5 ms a
 * sheet), so a body is parsed once per process; readers share the tree and never modify it.
 */
export function parseMarkdown(body: string): Root {
	let tree = trees.get(body);
	if (!tree) {
		tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
		trees.set(body, tree);
	}
	return tree;
}

/** Lets the trees go once the content is read, before the site build that does not need them. */
export function forgetParsedMarkdown(): void {
	trees.clear();
}
