import { splitFrontmatter, type Frontmatter } from '../../src/model/frontmatter.ts';

/** The header and body of a file a test expects to have a header; fails the test otherwise. */
export function frontmatterOf(text: string): Frontmatter {
	const split = splitFrontmatter(text);
	if ('missing' in split)
		throw new Error(`no frontmatter (${split.missing} line missing):\n${text}`);
	return split;
}
