/**
 * Files a pull request can carry that are not plain sheets: symbolic links (git stores them),
 * oversized files, other encodings. None is read; each is reported with its file and reason.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { checkContentImport, guardedLoader } from '../../src/integrations/content-files.ts';
import {
	assertContentFile,
	decodeContent,
	LINK_MESSAGE,
	MAX_FILE_BYTES,
} from '../../src/contribution/validation/files.ts';
import { readImages } from '../../src/pdf/export.ts';
import { FIXTURES, makeProject, report, validateProject } from './project.ts';

const VALID = readFileSync(join(FIXTURES, 'valid', 'complete.md'), 'utf8');

/** A file outside every project, standing for `/etc/passwd` or a private photo. */
function outsideFile(name: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'rfvs-outside-'));
	onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	const file = join(dir, name);
	writeFileSync(file, text);
	return file;
}

describe('symbolic links', () => {
	test('a sheet that is a link is refused and never read', () => {
		const secret = outsideFile('secret.md', VALID.replace(/^titre: .*$/m, 'titre: Le secret'));
		const root = makeProject({});
		symlinkSync(secret, join(root, 'content', 'fiches', 'lien.md'));
		const { problems, fiches } = validateProject(root);
		expect(report(problems)).toEqual([`content/fiches/lien.md:1 fichier : ${LINK_MESSAGE}`]);
		expect(fiches).toEqual([]);
	});

	test('an image that is a link is refused, even when a sheet uses it', () => {
		const photo = outsideFile('photo.jpg', 'not really a photo');
		const root = makeProject({
			'avec-image.md': VALID.replace('../medias/atelier.jpg', '../medias/photo.jpg'),
		});
		symlinkSync(photo, join(root, 'content', 'medias', 'photo.jpg'));
		symlinkSync('/etc/passwd', join(root, 'content', 'medias', 'passwd.png'));
		expect(report(validateProject(root).problems)).toEqual([
			`content/medias/passwd.png fichier : ${LINK_MESSAGE}`,
			`content/medias/photo.jpg fichier : ${LINK_MESSAGE}`,
		]);
	});

	test('a linked folder is refused as a whole', () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'rfvs-outside-'));
		onTestFinished(() => rmSync(elsewhere, { recursive: true, force: true }));
		const root = makeProject({});
		symlinkSync(elsewhere, join(root, 'content', 'images'));
		expect(report(validateProject(root).problems)).toEqual([
			`content/images fichier : ${LINK_MESSAGE}`,
		]);
	});

	test('the PDF export refuses to read a linked image', () => {
		const root = makeProject({});
		symlinkSync('/etc/passwd', join(root, 'content', 'medias', 'carte.png'));
		const owner = { titre: 'Une fiche', file: 'content/fiches/une.md' };
		expect(() =>
			readImages(
				[{ path: '/content/medias/carte.png', file: 'content/medias/carte.png', owner }],
				root,
			),
		).toThrow('lien symbolique ou fichier hors du dossier de contenu');
		expect(() =>
			readImages(
				[{ path: '/content/medias/atelier.jpg', file: 'content/medias/atelier.jpg', owner }],
				root,
			),
		).not.toThrow();
	});

	test('a path leading out of the content folder is refused by the readers', () => {
		const root = makeProject({});
		const content = join(root, 'content');
		expect(() => assertContentFile(content, join(root, 'package.json'))).not.toThrow();
		writeFileSync(join(root, 'dehors.png'), '');
		expect(() => assertContentFile(content, join(root, 'dehors.png'))).toThrow(
			'hors du dossier de contenu',
		);
		expect(() => assertContentFile(content, join(content, 'medias', 'atelier.jpg'))).not.toThrow();
	});

	test('the site’s image resolver refuses links and SVG imported by content', () => {
		const root = makeProject({});
		const content = join(root, 'content');
		symlinkSync('/etc/passwd', join(content, 'medias', 'lien.png'));
		const resolveId = (source: string, importer: string) =>
			checkContentImport(content, source, importer);
		const sheet = join(content, 'fiches', 'une.md');
		expect(() => resolveId('../medias/lien.png', sheet)).toThrow('lien symbolique');
		expect(() => resolveId('../medias/logo.svg?astroContentImageFlag', sheet)).toThrow(
			'image SVG refusée',
		);
		expect(() => resolveId('../medias/atelier.jpg', sheet)).not.toThrow();
		// Imports from the site's own code are not the content's business.
		expect(() =>
			resolveId('../content/medias/lien.png', join(root, 'src', 'page.astro')),
		).not.toThrow();
	});

	test('the collections’ loader refuses a folder holding a link', async () => {
		const root = makeProject({});
		symlinkSync('/etc/passwd', join(root, 'content', 'fiches', 'passwd.md'));
		let loaded = false;
		const loader = guardedLoader(
			{
				name: 'test',
				load: () => {
					loaded = true;
					return Promise.resolve();
				},
			},
			'content/fiches',
		);
		const context = { config: { root: new URL(`file://${root}/`) } } as Parameters<
			typeof loader.load
		>[0];
		await expect(loader.load(context)).rejects.toThrow('lien symbolique refusé');
		expect(loaded).toBe(false);
		rmSync(join(root, 'content', 'fiches', 'passwd.md'));
		await loader.load(context);
		expect(loaded).toBe(true);
	});
});

describe('size and encoding', () => {
	test('a file over the limit is refused before it is parsed', () => {
		const huge = `${VALID}\n${'Un paragraphe. '.repeat(MAX_FILE_BYTES / 10)}\n`;
		const root = makeProject({ 'enorme.md': huge });
		expect(report(validateProject(root).problems)).toEqual([
			'content/fiches/enorme.md:1 fichier : fichier trop volumineux : 303 Ko, au plus 200 Ko — une fiche tient en quelques pages ; mettez les documents longs en ligne et ajoutez leur adresse dans « liens »',
		]);
	});

	test('UTF-8 with or without a byte-order mark is read', () => {
		const text = 'Déroulé — « ça »';
		expect(decodeContent(new TextEncoder().encode(text))).toEqual({ text });
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		// The decoder drops the mark, as Astro does when it reads the file.
		expect(decodeContent(bom)).toEqual({ text });
	});

	test('the line of the first byte of another encoding is named', () => {
		const bytes = Buffer.from('---\ntitre: ok\n---\n\n## D\xe9roul\xe9\n', 'latin1');
		expect(decodeContent(bytes)).toMatchObject({ line: 5 });
	});
});
