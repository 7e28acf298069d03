/** « Importer un formulaire Word (.docx) » on /contribuer/: every wrong file gets a French reason. */
import { strToU8, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { blankFormDocx } from '../../src/contribution/import/blank-form.ts';
import { importWordForm, MAX_WORD_BYTES, sizeProblem } from '../../src/contribution/word-import.ts';
import { buildFormDocx } from './fixtures/form-docx.ts';

test('a filled form gives its answers', async () => {
	const bytes = await buildFormDocx({
		title: 'Un café des parents',
		ville: ['Testville'],
		boxes: 'control',
		types: ['Gouvernance, coordination'],
	});
	const result = importWordForm('fiche.docx', bytes);
	expect(result).toMatchObject({
		draft: { titre: 'Un café des parents', ville: 'Testville', types: ['gouvernance'] },
	});
});

test('a 50 MB file is refused from its size, before it is read', () => {
	expect(sizeProblem('gros.docx', 50 * 1024 * 1024)).toBe(
		frenchTypography(
			'« gros.docx » pèse 52,4 Mo : un formulaire rempli pèse rarement plus de 10 Mo. Enregistrez-le sans les images (envoyez-les à part par courriel), puis importez-le à nouveau.',
		),
	);
	expect(sizeProblem('juste.docx', MAX_WORD_BYTES)).toBeUndefined();
	expect(sizeProblem('vide.docx', 0)).toBe(frenchTypography('Le fichier choisi est vide.'));
});

test('an old binary .doc is told to be saved as .docx', () => {
	const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
	expect(importWordForm('ancien.doc', doc)).toEqual({
		error: frenchTypography(
			'« ancien.doc » est un document Word ancien (.doc). Ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx, puis importez ce nouveau fichier.',
		),
	});
});

test('an image is not a Word document', () => {
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
	expect(importWordForm('photo.png', png)).toEqual({
		error: frenchTypography(
			'« photo.png » n’est pas un document Word .docx (une image, un PDF ?). Choisissez le formulaire rempli, au format .docx.',
		),
	});
});

test('a corrupt .docx keeps the importer’s reason', () => {
	const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
	const result = importWordForm('abime.docx', corrupt);
	expect(result).toEqual({
		error: frenchTypography(
			'« abime.docx » : ce fichier n’est pas un document Word .docx lisible (un ancien .doc ? un PDF ?) — ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx. Rien n’a été modifié dans le formulaire.',
		),
	});
	const noText = zipSync({ 'autre.txt': strToU8('bonjour') });
	expect(JSON.stringify(importWordForm('zip.docx', noText))).toContain('word/document.xml absent');
});

test('a Word file that is not the form fills nothing', () => {
	const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Compte rendu du conseil municipal</w:t></w:r></w:p><w:p><w:r><w:t>La séance est ouverte à 18 h.</w:t></w:r></w:p></w:body></w:document>`;
	const letter = zipSync({ 'word/document.xml': strToU8(xml) });
	expect(importWordForm('compte-rendu.docx', letter)).toEqual({
		error: frenchTypography(
			'« compte-rendu.docx » est bien un document Word, mais pas le formulaire « Fiche-action » : aucune de ses réponses n’a été reconnue. Rien n’a été modifié ; téléchargez le formulaire vierge ou remplissez les champs ci-dessous.',
		),
	});
});

test('the blank form sent back empty fills nothing either', async () => {
	const blank = await blankFormDocx({ intro: [] });
	expect(importWordForm('vierge.docx', blank)).toEqual({
		error: expect.stringContaining('pas le formulaire') as string,
	});
});
