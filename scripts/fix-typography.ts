/**
 * `npm run fix [-- fichiers…]`: applies French typography to the prose of content files (no-break
 * spaces before ; : ! ? and inside « », apostrophe ’), exactly the warnings `npm run validate`
 * prints. Keys, comments, codes, URLs and code are left as they are. Without arguments, every
 * published content file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
	fixTypography,
	isLintedFile,
	lintTypography,
} from '../src/contribution/lint/typography.ts';
import { readContentFiles, ROOT } from './lib/content.ts';
import { exitWhenPrinted } from './lib/exit.ts';

const toFile = (arg: string) => relative(ROOT, resolve(arg)).split('\\').join('/');
const asked = process.argv.slice(2).map(toFile);
const files = asked.length
	? asked
	: readContentFiles()
			.map((s) => s.file)
			.filter(isLintedFile);

let changed = 0;
let failed = 0;
for (const file of files) {
	if (!isLintedFile(file)) {
		console.error(
			`${file} : ignoré — seuls les fichiers .md publiés de content/fiches, parties et chapitres sont corrigés`,
		);
		continue;
	}
	const path = join(ROOT, file);
	const text = readFileSync(path, 'utf8');
	const count = lintTypography(text).length;
	if (count === 0) continue;
	try {
		writeFileSync(path, fixTypography(text));
		changed++;
		console.log(`${file} : ${count} correction(s)`);
	} catch (error) {
		failed++;
		console.error(`${file} : ${(error as Error).message}`);
	}
}
console.log(
	changed
		? `\n${changed} fichier(s) corrigé(s) : relisez les changements avant de les proposer.`
		: 'Rien à corriger.',
);
await exitWhenPrinted(failed ? 1 : 0);
