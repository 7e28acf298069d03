import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/content.ts';
import { hasErrors } from '../../src/lib/validation/problem.ts';
import { generateCorpus } from './helpers/corpus.ts';

it('generates a valid corpus of any size for measuring the export', () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'rfvs-corpus-')), 'contenu');
	generateCorpus(dir, 75);
	const { problems, fiches } = loadContent(dir);
	expect(hasErrors(problems)).toBe(false);
	expect(fiches).toHaveLength(75);
	expect(new Set(fiches.map((f) => `${f.data.ville}|${f.data.titre}`)).size).toBe(75);
});
