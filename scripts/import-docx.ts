/**
 * `npm run import-docx -- fiche.docx [autre.docx…] [--force]`: turns filled RfVS forms (Word)
 * into sheets in content/fiches/, then says what a person must still decide. The sheets are left
 * failing validation on purpose (no `partie`, no `resume`) until someone does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { convertForm } from '../src/contribution/import/convert.ts';
import { readDocx } from '../src/contribution/import/docx.ts';
import {
	describeArgsError,
	elsewhereReport,
	newErrors,
	newSheetReport,
} from '../src/contribution/import/report.ts';
import { CONTENT_DIR, loadContent, ROOT } from './lib/content.ts';
import { exitWhenPrinted } from './lib/exit.ts';

const USAGE = `Usage : npm run import-docx -- formulaire.docx [autre.docx…] [--force]
  Convertit des formulaires Word « Fiche-action » remplis en fiches content/fiches/<identifiant>.md.
  --force  remplace une fiche qui existe déjà (sinon elle est laissée intacte)`;

const options = { force: { type: 'boolean' }, aide: { type: 'boolean', short: 'h' } } as const;

function readArgs() {
	try {
		return parseArgs({ options, allowPositionals: true });
	} catch (error) {
		console.error(`${describeArgsError(error)}\n\n${USAGE}`);
		process.exit(1);
	}
}

const args = readArgs();
if (args.values.aide || args.positionals.length === 0) {
	console.log(USAGE);
	await exitWhenPrinted(args.values.aide ? 0 : 1);
}

const before = loadContent();
const chapitres = before.chapitres.map((c) => ({
	id: c.id,
	partie: c.data.partie,
	titre: c.data.titre,
}));
const display = (path: string) => relative(ROOT, path).split('\\').join('/');
const written: { file: string; todo: string[] }[] = [];

/** Writes one form's sheet, or says in French why not. */
function importForm(input: string): boolean {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(input);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		console.error(`${input} : fichier illisible (${reason}) — vérifiez le chemin`);
		return false;
	}
	let imported: ReturnType<typeof convertForm>;
	try {
		imported = convertForm(readDocx(bytes), basename(input), chapitres);
	} catch (error) {
		console.error(`${input} : ${(error as Error).message}`);
		return false;
	}
	const target = join(CONTENT_DIR, 'fiches', `${imported.slug}.md`);
	const file = display(target);
	if (written.some((w) => w.file === file)) {
		console.error(
			`${input} : donnerait ${file}, déjà créée par un autre formulaire de cette commande — importez-le seul, puis renommez l’un des deux fichiers`,
		);
		return false;
	}
	if (existsSync(target) && !args.values.force) {
		console.error(
			`${input} : ${file} existe déjà — rien n’est écrasé ; relancez avec --force pour la remplacer`,
		);
		return false;
	}
	writeFileSync(target, imported.markdown);
	written.push({ file, todo: imported.todo });
	return true;
}

const failed = args.positionals.filter((input) => !importForm(input)).length;

if (written.length) {
	const errors = newErrors(before.problems, loadContent().problems);
	for (const { file, todo } of written) {
		console.log(`\nFiche créée : ${file}`);
		for (const line of newSheetReport(file, todo, errors)) console.log(line);
	}
	for (const line of elsewhereReport(
		written.map((w) => w.file),
		errors,
	))
		console.log(line);
	console.log(
		'\nRelisez chaque fiche, complétez-la, puis lancez « npm run validate » et « npm run dev » pour la voir.',
	);
}
await exitWhenPrinted(failed ? 1 : 0);
