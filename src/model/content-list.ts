import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/**
 * The well-formed entries of a YAML list of the content folder (`villes.yml`, `glossaire.yml`),
 * as the build reads it. A missing file is an empty list and a malformed entry is left out: the
 * validator reports both, with their lines (src/contribution/validation/yaml-list.ts), before the
 * build starts.
 */
export function readContentList<Schema extends z.ZodObject>(
	contentDir: string,
	name: string,
	schema: Schema,
): z.output<Schema>[] {
	const file = resolve(process.cwd(), contentDir, name);
	let entries: unknown;
	try {
		entries = existsSync(file) ? parse(readFileSync(file, 'utf8'), { schema: 'core' }) : [];
	} catch (error) {
		throw new Error(`Lecture impossible de ${file} (npm run validate pour le détail)`, {
			cause: error,
		});
	}
	return (Array.isArray(entries) ? entries : []).flatMap((entry) => {
		const result = schema.safeParse(entry);
		return result.success ? [result.data] : [];
	});
}
