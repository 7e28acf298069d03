import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { validateFolder } from '../../scripts/lib/content.ts';
import {
	formatProblem,
	sortProblems,
	type Problem,
} from '../../src/contribution/validation/problem.ts';
import type { ValidatedContent } from '../../src/contribution/validation/validate.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/**
 * A throwaway project holding `content/fiches/` with the given sheets, the chapters of
 * `fixtures/projet/chapitres/` (one in part 1, one in part 2) and one image,
 * `content/medias/atelier.jpg`. Removed when the current test ends.
 */
export function makeProject(fiches: Readonly<Record<string, string | Uint8Array>>): string {
	const root = mkdtempSync(join(tmpdir(), 'rfvs-validation-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	const content = join(root, 'content');
	mkdirSync(join(content, 'fiches'), { recursive: true });
	mkdirSync(join(content, 'medias'));
	cpSync(join(FIXTURES, 'projet', 'chapitres'), join(content, 'chapitres'), { recursive: true });
	// Coordinates for exactly the cities the sheets name, so the map check stays silent.
	const villes = new Set(
		Object.values(fiches).flatMap((text) =>
			[
				...(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')).matchAll(
					/^ville: *([^[\n]+?) *$/gm,
				),
			].map((m) => m[1]!),
		),
	);
	writeFileSync(
		join(content, 'villes.yml'),
		[...villes]
			.map(
				(nom) =>
					`- nom: ${JSON.stringify(nom)}\n  departement: '18'\n  latitude: 47.0\n  longitude: 2.0\n`,
			)
			.join(''),
	);
	// The validator only checks that an image exists; its bytes are never read.
	writeFileSync(join(content, 'medias', 'atelier.jpg'), '');
	for (const [name, text] of Object.entries(fiches))
		writeFileSync(join(content, 'fiches', name), text);
	return root;
}

/**
 * Validates a project made by `makeProject` as `npm run validate` does (links included, the
 * map's cities left out), with paths relative to it (`content/fiches/…`).
 */
export function validateProject(root: string): ValidatedContent {
	return validateFolder(join(root, 'content'), root);
}

/** The validator's report as the command prints it: one line per problem, file then line. */
export function report(problems: readonly Problem[]): string[] {
	return sortProblems(problems).map(formatProblem);
}
