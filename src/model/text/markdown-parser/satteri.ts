import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * The build's Markdown parser: Sätteri, the parser Astro renders the site with, in its dialect
 * (astro.config.mjs) and without a frontmatter, since the body comes after it. Chosen through
 * `#markdown-parser` (package.json `imports`): the browser gets micromark.ts instead.
 */
export function parseMarkdownBody(body: string): Root {
	return markdownToMdast(body, {
		features: { smartPunctuation: false, frontmatter: false },
	});
}
