import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { config, settingsProblems } from '../../src/config.ts';
import { timed } from '../../src/build/timing.ts';
import {
	formatProblem,
	hasErrors,
	sortProblems,
} from '../../src/contribution/validation/problem.ts';
import {
	validateContent,
	type SourceFile,
	type ValidatedContent,
} from '../../src/contribution/validation/validate.ts';
import { checkGlossaire } from '../../src/contribution/validation/glossaire.ts';
import { checkVilles } from '../../src/contribution/validation/villes.ts';
import { GLOSSAIRE_FILE } from '../../src/schemas/glossaire.ts';
import { VILLES_FILE } from '../../src/schemas/ville.ts';
import {
	checkContentTree,
	decodeContent,
	isInside,
	LINK_MESSAGE,
} from '../../src/contribution/validation/files.ts';
import { exitWhenPrinted } from './exit.ts';

/** The project root, whatever folder a script is started from. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The content folder (`content/`, or `CONTENU_DIR` for tests and the benchmark). */
export const CONTENT_DIR = resolve(ROOT, config.contentDir);

const FOLDERS = ['fiches', 'parties', 'chapitres'] as const;

/**
 * Reads every content file under `<contentDir>/{fiches,parties,chapitres}`, paths relative to
 * `root` (the project root; tests pass their temporary project so messages read `content/…`).
 * Subfolders are skipped, as the build's collections skip them. A link is never followed and a
 * file that is not UTF-8 is not decoded: both come back with the reason, for the validator.
 */
export function readContentFiles(contentDir = CONTENT_DIR, root = ROOT): SourceFile[] {
	const files: SourceFile[] = [];
	for (const folder of FOLDERS) {
		const dir = join(contentDir, folder);
		if (!existsSync(dir)) continue;
		const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : 1,
		);
		for (const entry of entries) {
			if (entry.name.startsWith('.') || entry.isDirectory()) continue;
			const path = join(dir, entry.name);
			const file = relative(root, path).split(sep).join('/');
			if (entry.isSymbolicLink() || !isInside(contentDir, path)) {
				files.push({ file, text: '', unreadable: { line: 1, message: LINK_MESSAGE } });
				continue;
			}
			const decoded = decodeContent(readFileSync(path));
			files.push(
				'text' in decoded ? { file, text: decoded.text } : { file, text: '', unreadable: decoded },
			);
		}
	}
	return files;
}

/**
 * Validates the content files and refuses every link in the folder: what `npm run validate`
 * checks before the map's cities.
 */
export function validateFolder(contentDir = CONTENT_DIR, root = ROOT): ValidatedContent {
	const result = validateContent(readContentFiles(contentDir, root), (file) =>
		existsSync(join(root, file)),
	);
	// Links elsewhere in the folder (an image in medias/) are refused too; the sheets' own
	// links are already reported by the validator, once.
	const reported = new Set(result.problems.map((p) => p.file));
	result.problems.push(...checkContentTree(contentDir, root).filter((p) => !reported.has(p.file)));
	return result;
}

/** Reads and validates the content folder: the one loader every script uses. */
export function loadContent(contentDir = CONTENT_DIR, root = ROOT): ValidatedContent {
	const result = validateFolder(contentDir, root);
	// Every city named by a sheet needs coordinates for the map.
	const villesFile = join(contentDir, VILLES_FILE);
	result.problems.push(
		...checkVilles(
			existsSync(villesFile) ? readFileSync(villesFile, 'utf8') : undefined,
			result.fiches.map((f) => f.data.ville),
			relative(root, villesFile).split(sep).join('/'),
		),
	);
	// Every expansion of the glossary must be read where it cites the sources.
	const glossaireFile = join(contentDir, GLOSSAIRE_FILE);
	result.problems.push(
		...checkGlossaire(
			existsSync(glossaireFile) ? readFileSync(glossaireFile, 'utf8') : undefined,
			(path) => {
				const file = join(ROOT, path);
				return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
			},
			relative(root, glossaireFile).split(sep).join('/'),
		),
	);
	return result;
}

/**
 * The content of a command that publishes (`npm run build`, `npm run pdf`), validated: on a
 * wrong setting (SITE_URL, BASE_PATH, CONTACT_EMAIL…) or invalid content, prints every problem
 * and stops before anything is written, saying what was not made (« rien n’a été publié »).
 */
export async function loadPublishableContent(nothingMade: string): Promise<ValidatedContent> {
	if (settingsProblems.length) {
		for (const problem of settingsProblems) console.error(problem);
		console.error(`\nRéglage invalide : ${nothingMade}.`);
		await exitWhenPrinted(1);
	}
	const content = await timed('validation', () => loadContent());
	if (hasErrors(content.problems)) {
		for (const problem of sortProblems(content.problems)) console.error(formatProblem(problem));
		console.error(
			`\nContenu invalide : ${nothingMade}. Corrigez les lignes ci-dessus (npm run validate).`,
		);
		await exitWhenPrinted(1);
	}
	return content;
}
