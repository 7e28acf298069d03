/**
 * Golden tests: every malformed sheet in `fixtures/invalid/` is validated alone in a fresh
 * project, and the report must equal `<case>.expected.txt` line for line. After a deliberate
 * change of wording, review and refresh the files with `vitest run tests/validation -u`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, makeProject, report, validateProject } from './project.ts';

const INVALID = join(FIXTURES, 'invalid');
const CASES = readdirSync(INVALID)
	.filter((name) => /\.mdx?$/.test(name))
	.sort();

function expectedFile(name: string): string {
	return join(INVALID, `${parse(name).name}.expected.txt`);
}

test('the corpus holds at least 25 malformed sheets, each with its expected report', () => {
	expect(CASES.length).toBeGreaterThanOrEqual(25);
	// Guards against vitest silently writing a missing golden file instead of failing.
	expect(CASES.filter((name) => !existsSync(expectedFile(name)))).toEqual([]);
});

describe.each(CASES)('%s', (name) => {
	test('is reported exactly as in its golden file', async () => {
		const root = makeProject({ [name]: readFileSync(join(INVALID, name)) });
		const lines = report(validateProject(root).problems);
		await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(expectedFile(name));
	});

	test('fails, naming the file and a key on every line', () => {
		const root = makeProject({ [name]: readFileSync(join(INVALID, name)) });
		const { problems } = validateProject(root);
		expect(problems.some((p) => p.severity === 'erreur')).toBe(true);
		for (const line of report(problems)) {
			expect(line).toMatch(
				new RegExp(`^content/fiches/${name.replace(/\./g, '\\.')}(:\\d+)? [\\w.[\\]]+ : \\S`),
			);
		}
	});
});

test('one run reports every problem of every file, not only the first file’s', () => {
	const root = makeProject(
		// Bytes, not text: some cases are deliberately not UTF-8.
		Object.fromEntries(CASES.map((name) => [name, readFileSync(join(INVALID, name))])),
	);
	const lines = report(validateProject(root).problems);
	const files = new Set(lines.map((line) => line.split(/[: ]/, 1)[0]));
	expect([...files].sort()).toEqual(CASES.map((name) => `content/fiches/${name}`).sort());
	// The cases do not interact (titles are distinct), so the run is the sum of the golden files.
	const expected = CASES.flatMap((name) =>
		readFileSync(expectedFile(name), 'utf8').trimEnd().split('\n'),
	);
	expect(lines.toSorted()).toEqual(expected.toSorted());
});
