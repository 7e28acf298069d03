import type { Root } from 'mdast';
import { parseMarkdownBody } from '#markdown-parser';

/** Trees by body text: a build reads each body three times (validator, typography, PDF). */
const trees = new Map<string, Root>();

/**
 * Parses a Markdown body into an mdast tree with GitHub-flavoured extensions (tables, strike,
 * autolinks) by Sätteri, the parser Astro renders the site with, so the validator, the PDF and
 * the importers read the dialect the reader sees, never the raw text. Sätteri parses a sheet in
 * about 0.25 ms, where micromark took 3.4 ms (measured on 300 generated sheets). A body is still
 * parsed once per process; readers share the tree and never modify it. In the browser
 * (/contribuer/), `#markdown-parser` resolves to micromark instead
 * (src/model/text/markdown-parser/).
 */
export function parseMarkdown(body: string): Root {
	let tree = trees.get(body);
	if (!tree) {
		tree = parseMarkdownBody(body);
		trees.set(body, tree);
	}
	return tree;
}

/** Lets the trees go once the content is read, before the site build that does not need them. */
export function forgetParsedMarkdown(): void {
	trees.clear();
}
