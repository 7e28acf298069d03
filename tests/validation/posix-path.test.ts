import { posix as node } from 'node:path';
import { expect, test } from 'vitest';
import { posix } from '../../src/contribution/validation/posix-path.ts';

const PATHS = [
	'content/fiches/caen-rcp-psy.md',
	'content/fiches/_modele.md',
	'content/fiches/x.mdx',
	'content/fiches/.cache',
	'content/fiches/archive.tar.gz',
	'content/fiches/sans-extension',
	'content/fiches/',
	'fiche.md',
	'/abs/path/file.md',
	'a//b///c.md',
	'..',
	'.',
	'',
];

test.each(PATHS)('basename, extname and dirname of %j match node:path', (path) => {
	expect(posix.basename(path)).toBe(node.basename(path));
	expect(posix.basename(path, node.extname(path))).toBe(node.basename(path, node.extname(path)));
	expect(posix.extname(path)).toBe(node.extname(path));
	expect(posix.dirname(path)).toBe(node.dirname(path));
});

const JOINS: [string, string][] = [
	['content/fiches', '../medias/atelier.jpg'],
	['content/fiches', '../../../etc/passwd'],
	['content/fiches', './img/a.png'],
	['content/fiches', 'medias/../../x.jpg'],
	['content/fiches', '/abs.jpg'],
	['content/fiches', ''],
	['content/fiches', 'dossier/'],
];

test.each(JOINS)('normalize(join(%j, %j)) matches node:path', (folder, src) => {
	expect(posix.normalize(posix.join(folder, src))).toBe(node.normalize(node.join(folder, src)));
});
