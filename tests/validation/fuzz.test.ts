/**
 * Fuzz: a few hundred random sheets from the contract's grammar (tests/lib/hostile-sheet.ts),
 * valid, broken and hostile, each validated as `npm run validate` does. The validator must
 * answer every one with problems or an entry, never throw, and quickly.
 */
import { describe, expect, test } from 'vitest';
import { CONTROL_CHARACTER } from '../../src/model/text/control-characters.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { validateContent } from '../../src/contribution/validation/validate.ts';
import { sheetGenerator } from '../lib/hostile-sheet.ts';

const SEEDS = [1, 2, 3, 4];
const PER_SEED = 100;

describe.each(SEEDS)('seed %i', (seed) => {
	test(`validates ${PER_SEED} random sheets without throwing`, () => {
		const generate = sheetGenerator(seed);
		let accepted = 0;
		let withControls = 0;
		for (let index = 0; index < PER_SEED; index++) {
			const text = generate.sheet();
			const file = `content/fiches/fuzz-${seed}-${index}.md`;
			let result;
			try {
				result = validateContent([{ file, text }], (path) => path.endsWith('atelier.jpg'));
			} catch (error) {
				throw new Error(`seed ${seed}, sheet ${index} made the validator throw:\n${text}`, {
					cause: error,
				});
			}
			// Every problem names the file and says something; an accepted sheet is one entry.
			for (const problem of result.problems) {
				expect(problem.file).toBe(file);
				expect(problem.message.length).toBeGreaterThan(10);
			}
			// A control character anywhere after the header's opening line is always refused, by name.
			const controls = text.slice(text.indexOf('\n') + 1).match(CONTROL_CHARACTER);
			if (controls && !('missing' in splitFrontmatter(text.replace(/\r\n/g, '\n')))) {
				withControls++;
				const named = result.problems.filter((p) => /invisibles? /.test(p.message));
				expect(named.length, text).toBeGreaterThan(0);
				expect(named.every((p) => p.severity === 'erreur' && p.line !== undefined)).toBe(true);
			}
			if (!result.problems.some((p) => p.severity === 'erreur')) {
				accepted++;
				expect(result.fiches).toHaveLength(1);
			}
		}
		// The grammar yields both kinds: a generator that only made broken sheets would test little.
		expect(accepted).toBeGreaterThan(0);
		expect(accepted).toBeLessThan(PER_SEED);
		expect(withControls).toBeGreaterThan(0);
	});
});
