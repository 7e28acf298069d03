import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFormDocx } from './fixtures/form-docx.ts';
import { fullForm } from './fixtures/forms.ts';
import { runScript, tempContent } from './helpers.ts';

describe('npm run import-docx', () => {
	const content = tempContent();
	const form = join(content, 'formulaire.docx');
	const sheet = join(content, 'fiches', 'saint-etienne-cafe-parlons-en-sante-mentale-jeunes.md');

	beforeAll(async () => {
		writeFileSync(form, await buildFormDocx(fullForm('control')));
	});

	it('writes the sheet and says what is left to decide, the validator refusing it meanwhile', async () => {
		const result = await runScript('import-docx.ts', [form], content);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(readFileSync(sheet, 'utf8')).toMatch(
			/^---\ntitre: 'Café «\u202FParlons-en\u202F»\u00A0: santé mentale & jeunes'\n/,
		);
		expect(result.stdout).toContain('Fiche créée : ');
		expect(result.stdout).toContain(
			'- partie : choisissez la « Partie du guide » (1 à 6) où placer la fiche',
		);
		expect(result.stdout).toContain('existants : lien-et-utilite-sociale (partie 2)');
		expect(result.stdout).toContain('Le validateur refuse encore cette fiche (2 erreur(s))');
		expect(result.stdout).toMatch(
			/saint-etienne-cafe-parlons-en-sante-mentale-jeunes\.md partie : clé obligatoire manquante/,
		);
	});

	it('never replaces an existing sheet without --force', async () => {
		writeFileSync(sheet, 'modifiée à la main\n');
		const refused = await runScript('import-docx.ts', [form], content);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain(
			'existe déjà — rien n’est écrasé ; relancez avec --force pour la remplacer',
		);
		expect(readFileSync(sheet, 'utf8')).toBe('modifiée à la main\n');

		const forced = await runScript('import-docx.ts', ['--force', form], content);
		expect(forced.code).toBe(0);
		expect(readFileSync(sheet, 'utf8')).toMatch(/^---\ntitre: /);
	});

	it('explains a file that is not a Word document and writes nothing for it', async () => {
		const pdf = join(content, 'fiche.docx');
		writeFileSync(pdf, '%PDF-1.7');
		const result = await runScript('import-docx.ts', [pdf], content);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'fiche.docx : ce fichier n’est pas un document Word .docx lisible',
		);
		expect(existsSync(join(content, 'fiches', 'fiche.md'))).toBe(false);
	});
});
