import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/schemas/fields.ts';
import { foldAccents } from '../../src/schemas/slug.ts';

/**
 * Every field label of the table (src/schemas/fields.ts) is written once: the site, the PDF,
 * the open data, the importers and the forms read it from there, so a label can never drift
 * (« Période/durée » here, « Période, durée » there).
 */

const ROOT = join(import.meta.dirname, '..', '..');
/** Folders of generated or installed files, not written by hand. */
const NOT_OURS = /(?:^|\/)(?:node_modules|dist|\.astro|peers|outils|work)(?:\/|$)/;

/** Every file of a folder, as a path from the project root with `/`, and its text. */
function filesUnder(dir: string): [string, string][] {
	return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => !NOT_OURS.test(file))
		.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]);
}

/** The string literals of a source text: '…', "…" and `…` (a template's text as a whole). */
function stringLiterals(text: string): string[] {
	return [...text.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)].map(
		(match) => match[1] ?? match[2] ?? match[3] ?? '',
	);
}

/** Words only: no accents, case, punctuation or spacing, so « Période, durée » is `periode duree`. */
const words = (text: string) =>
	foldAccents(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

const files = ['src', 'scripts', 'bench'].flatMap(filesUnder);
const schemaModules = files.filter(([file]) => file.startsWith('src/schemas/'));
const elsewhere = files.filter(([file]) => !file.startsWith('src/schemas/'));

describe('field labels', () => {
	it('are each written as a string in exactly one module of src/schemas', () => {
		const modules = FIELDS.map(({ label }) => ({
			label,
			found: schemaModules
				.filter(([, text]) => stringLiterals(text).includes(label))
				.map(([file]) => file),
		}));
		expect(modules.filter(({ found }) => found.length !== 1)).toEqual([]);
	});

	it('are found nowhere in src (but src/schemas), scripts or bench', () => {
		const found = FIELDS.flatMap(({ label }) =>
			elsewhere.filter(([, text]) => text.includes(label)).map(([file]) => `${file}: ${label}`),
		);
		expect(found).toEqual([]);
	});

	it('are not written again with other accents, case or punctuation', () => {
		// One-word labels (« Budget », « Fonction ») fold to the keys themselves: only longer ones.
		const labels = new Map(
			FIELDS.filter(({ label }) => words(label).includes(' ')).map((f) => [words(f.label), f]),
		);
		const found = files.flatMap(([file, text]) =>
			stringLiterals(text)
				.filter((literal) => labels.has(words(literal)) && !FIELDS.some((f) => f.label === literal))
				.map((literal) => `${file}: « ${literal} » for « ${labels.get(words(literal))!.label} »`),
		);
		expect(found).toEqual([]);
	});
});
