import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { config } from '../../src/config.ts';
import { validateContent, type SourceFile, type ValidatedContent } from '../../src/lib/validation/validate.ts';

/** The project root, whatever folder a script is started from. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The content folder (`content/`, or `CONTENU_DIR` for tests and the benchmark). */
export const CONTENT_DIR = resolve(ROOT, config.contentDir);

const FOLDERS = ['fiches', 'parties', 'chapitres'] as const;

/** Reads every content file under `<contentDir>/{fiches,parties,chapitres}`, paths relative to the root. */
export function readContentFiles(contentDir = CONTENT_DIR): SourceFile[] {
	const files: SourceFile[] = [];
	for (const folder of FOLDERS) {
		const dir = join(contentDir, folder);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) {
			if (name.startsWith('.')) continue;
			const path = join(dir, name);
			files.push({ file: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
		}
	}
	return files;
}

/** Reads and validates the content folder: the one loader every script uses. */
export function loadContent(contentDir = CONTENT_DIR): ValidatedContent {
	return validateContent(readContentFiles(contentDir), (file) => existsSync(join(ROOT, file)));
}
