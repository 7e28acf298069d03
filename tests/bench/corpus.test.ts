import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../bench/corpus.ts';
import { loadContent } from '../../scripts/lib/content.ts';
import { hasErrors } from '../../src/contribution/validation/problem.ts';

const corpus = (count: number) => {
	const dir = join(mkdtempSync(join(tmpdir(), 'rfvs-corpus-')), 'contenu');
	generateCorpus(dir, count);
	return dir;
};

it('generates a corpus of any size that is valid against the contract, with no warning', () => {
	const { problems, fiches } = loadContent(corpus(150));
	expect(problems).toEqual([]);
	expect(hasErrors(problems)).toBe(false);
	expect(fiches).toHaveLength(150);
	expect(new Set(fiches.map((f) => `${f.data.ville}|${f.data.titre}`)).size).toBe(150);
});

// Every city of the map, so the generated sheets show on it.
const VILLES = (
	parse(
		readFileSync(join(import.meta.dirname, '..', '..', 'content', 'villes.yml'), 'utf8'),
	) as unknown[]
).length;

it('varies cities, parts, chapters, determinants, years and body lengths', () => {
	const { fiches } = loadContent(corpus(150));
	const distinct = (values: unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size;
	expect(distinct(fiches.map((f) => f.data.ville))).toBe(VILLES);
	expect(distinct(fiches.map((f) => f.data.partie))).toBe(6);
	expect(distinct(fiches.map((f) => f.data.chapitre))).toBeGreaterThan(1);
	expect(distinct(fiches.map((f) => f.data.determinants))).toBeGreaterThan(100);
	expect(distinct(fiches.map((f) => f.data.date.slice(0, 4)))).toBeGreaterThan(4);
	const lengths = fiches.map((f) => f.body.length).sort((a, b) => a - b);
	expect(lengths.at(-1)!).toBeGreaterThan(4 * lengths[0]!);
});

it('gives the same corpus for the same count', () => {
	const read = (dir: string) =>
		readdirSync(join(dir, 'fiches'))
			.sort()
			.map((name) => readFileSync(join(dir, 'fiches', name), 'utf8'));
	expect(read(corpus(40))).toEqual(read(corpus(40)));
});
