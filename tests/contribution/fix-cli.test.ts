import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, tempContent } from './helpers.ts';

describe('npm run fix', () => {
	const content = tempContent();

	it('rewrites the prose of content files once, then finds nothing to do', async () => {
		const sheet = join(content, 'fiches', 'essai.md');
		writeFileSync(sheet, "---\ntitre: Essai\n---\n\n## Contexte\n\nL'été : à 14:30 !\n");
		const first = await runScript('fix-typography.ts', [], content);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/essai\.md : 3 correction\(s\)/);
		expect(readFileSync(sheet, 'utf8')).toBe(
			'---\ntitre: Essai\n---\n\n## Contexte\n\nL’été\u00A0: à 14:30\u202F!\n',
		);
		const second = await runScript('fix-typography.ts', [], content);
		expect(second.stdout).toBe('Rien à corriger.\n');
	});
});
