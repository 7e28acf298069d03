import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateContent, type SourceFile, type ValidatedContent } from '../../src/lib/validation/validate.ts';

/** The project root, whatever folder a script is started from. */
export const ROOT = join(import.meta.dirname, '..', '..');

const FOLDERS = ['fiches', 'parties', 'chapitres'] as const;

/** Reads every content file under `<contentDir>/{fiches,parties,chapitres}`, paths relative to the root. */
export function readContentFiles(contentDir = join(ROOT, 'content')): SourceFile[] {
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
export function loadContent(contentDir = join(ROOT, 'content')): ValidatedContent {
	return validateContent(readContentFiles(contentDir), (file) => existsSync(join(ROOT, file)));
}
