import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ficheJsonSchema } from '../../src/open-data/json-schema.ts';
import { DETERMINANTS, TYPES } from '../../src/schemas/vocabulary.ts';
import { SCHEMA_FILE, schemaFileText } from '../../scripts/export-schema.ts';

describe('schemas/fiche.schema.json', () => {
	it('is the file scripts/export-schema.ts writes (run it after changing src/schemas)', async () => {
		expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await schemaFileText());
	});

	it('gives each code its French label', () => {
		const properties = ficheJsonSchema()['properties'] as Record<
			string,
			{ items: Record<string, unknown> }
		>;
		expect(properties['types']?.items['enumDescriptions']).toEqual(TYPES.map((t) => t.label));
		expect(properties['determinants']?.items['enumDescriptions']).toEqual(
			DETERMINANTS.map((d) => d.label),
		);
	});
});
