/**
 * `node scripts/export-schema.ts`: writes schemas/fiche.schema.json, the JSON Schema of the sheet
 * frontmatter, formatted as Prettier would so `npm run lint` accepts it. A test fails when the
 * committed file differs from what this script produces.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ficheJsonSchema } from '../src/open-data/json-schema.ts';
import { ROOT } from './lib/content.ts';

export const SCHEMA_FILE = join(ROOT, 'schemas', 'fiche.schema.json');

export async function schemaFileText(): Promise<string> {
	const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
	return format(JSON.stringify(ficheJsonSchema()), { ...options, filepath: SCHEMA_FILE });
}

if (import.meta.main) {
	writeFileSync(SCHEMA_FILE, await schemaFileText());
	console.log(`Schéma écrit : ${SCHEMA_FILE}`);
}
