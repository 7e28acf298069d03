/**
 * A large corpus for measuring the PDF export: the real parts and chapters, and the real sheets
 * copied over and over with new ids and titles. Never writes into `content/`.
 *
 *     node tests/pdf/helpers/corpus.ts /tmp/corpus-1000 1000
 *     CONTENU_DIR=/tmp/corpus-1000 PDF_DIR=/tmp/pdf-1000 npm run pdf
 */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');

/** Writes `count` sheets (and the real parts and chapters) into `dir`, replacing it. */
export function generateCorpus(dir: string, count: number): void {
	rmSync(dir, { recursive: true, force: true });
	for (const folder of ['parties', 'chapitres', 'medias']) {
		mkdirSync(join(dir, folder), { recursive: true });
		if (!existsSync(join(CONTENT, folder))) continue;
		for (const name of readdirSync(join(CONTENT, folder)))
			copyFileSync(join(CONTENT, folder, name), join(dir, folder, name));
	}
	copyFileSync(join(CONTENT, 'villes.yml'), join(dir, 'villes.yml'));
	mkdirSync(join(dir, 'fiches'), { recursive: true });
	const sheets = readdirSync(join(CONTENT, 'fiches'))
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.sort()
		.map((name) => ({
			id: name.slice(0, -3),
			text: readFileSync(join(CONTENT, 'fiches', name), 'utf8'),
		}));
	for (let i = 0; i < count; i++) {
		const sheet = sheets[i % sheets.length]!;
		const copy = Math.floor(i / sheets.length) + 1;
		const text = sheet.text.replace(/^titre: *(.*)$/m, (_line, value: string) => {
			const title = value.replace(/^(['"])(.*)\1$/, '$2').replace(/''/g, "'");
			// Titles stay unique per city (the validator refuses duplicates) and within 160 characters.
			return `titre: ${JSON.stringify(`${title.slice(0, 140)} — variante ${copy}`)}`;
		});
		writeFileSync(join(dir, 'fiches', `${sheet.id}-${copy}.md`), text);
	}
}

if (import.meta.main) {
	const [dir, count = '1000'] = process.argv.slice(2);
	if (!dir) {
		console.error('Usage : node tests/pdf/helpers/corpus.ts <dossier> [nombre de fiches]');
		process.exit(1);
	}
	generateCorpus(dir, Number(count));
	console.log(`${count} fiches écrites dans ${dir}.`);
}
