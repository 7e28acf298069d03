/**
 * The browser validates with micromark (Sätteri's browser build needs cross-origin isolation):
 * the rules must give the same problems on both trees, for every fixture and real sheet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { expect, test } from 'vitest';
import { parseMarkdownBody as micromark } from '../../src/model/text/markdown-parser/micromark.ts';
import { parseMarkdownBody as satteri } from '../../src/model/text/markdown-parser/satteri.ts';
import { checkFicheBody } from '../../src/contribution/validation/body.ts';
import { parseContentFile } from '../../src/contribution/validation/parse.ts';
import { FIXTURES } from './project.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = [
	...['valid', 'invalid'].flatMap((folder) =>
		readdirSync(join(FIXTURES, folder))
			.filter((name) => /\.mdx?$/.test(name))
			.map((name) => join(FIXTURES, folder, name)),
	),
	...readdirSync(join(ROOT, 'content', 'fiches'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => join(ROOT, 'content', 'fiches', name)),
];

/** What the validator reads of a tree besides the body rules: images, with their line. */
function images(tree: Root): string[] {
	const found: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'image') found.push(`${node.position?.start.line}:${node.url}`);
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return found;
}

test('the fixtures cover real sheets and invalid bodies', () => {
	expect(FILES.length).toBeGreaterThan(60);
});

test.each(FILES.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_name, path) => {
	const parsed = parseContentFile('fiche.md', readFileSync(path, 'utf8'));
	const [a, b] = [satteri(parsed.body), micromark(parsed.body)];
	expect(checkFicheBody('fiche.md', b, parsed.bodyLine)).toEqual(
		checkFicheBody('fiche.md', a, parsed.bodyLine),
	);
	expect(images(b)).toEqual(images(a));
});
