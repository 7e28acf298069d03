import { describe, expect, it } from 'vitest';
import { parseStages, processKind } from '../../bench/lib/process.ts';

describe('the benchmark’s processes', () => {
	it('name each kind of process of the build, so the report says which holds the memory', () => {
		expect(processKind('/usr/bin/node\0scripts/build.ts', true)).toBe('Node (construction)');
		expect(processKind('/usr/bin/node\0/chemin/du/depot/scripts/lib/print.ts', false)).toBe(
			'Node (validation, plan des PDF)',
		);
		expect(
			processKind('/usr/bin/node\0/chemin/du/depot/scripts/lib/site.ts\0/chemin/du/depot', false),
		).toBe('Astro (site)');
		expect(processKind('/usr/bin/node\0/chemin/du/depot/src/pdf/worker.ts', false)).toBe(
			'composition PDF (Typst)',
		);
		expect(
			processKind(
				'/chemin/du/depot/node_modules/@pagefind/linux-x64/bin/pagefind_extended\0--service',
				false,
			),
		).toBe('Pagefind');
		expect(processKind('/usr/bin/sh\0-c\0true', false)).toBe('sh');
	});

	it('read the build’s stage lines', () => {
		expect([
			...parseStages('[étape] validation : 1.25 s\nautre\n[étape] recherche (Pagefind) : 4.5 s\n'),
		]).toEqual([
			['validation', 1.25],
			['recherche (Pagefind)', 4.5],
		]);
	});
});
