import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * The browser's Markdown parser, for the validator on /contribuer/: Sätteri's browser build is a
 * 3 MB WebAssembly module that needs shared memory (cross-origin isolation, which a static host
 * cannot promise), so the page parses with micromark, CommonMark and GitHub extensions like
 * Sätteri. The validator's rules run unchanged on either tree; a unit test checks both parsers
 * give the same problems on every validator fixture and sheet.
 */
export function parseMarkdownBody(body: string): Root {
	return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
