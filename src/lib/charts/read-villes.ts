import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { config } from '../../config.ts';
import { villeSchema, type Ville } from '../../schemas/ville.ts';
import { VILLES_FILE } from '../validation/villes.ts';

let villes: Ville[] | undefined;

/**
 * The well-formed entries of `<content>/villes.yml`, read once per build. Malformed entries and
 * a missing file are the validator's to report (`checkVilles`); the map then leaves the city out
 * and the page still lists it.
 */
export function readVilles(): Ville[] {
	if (villes) return villes;
	const file = resolve(process.cwd(), config.contentDir, VILLES_FILE);
	let entries: unknown;
	try {
		entries = existsSync(file) ? parse(readFileSync(file, 'utf8'), { schema: 'core' }) : [];
	} catch (error) {
		throw new Error(`Lecture impossible de ${file} (npm run validate pour le détail)`, {
			cause: error,
		});
	}
	villes = (Array.isArray(entries) ? entries : []).flatMap((entry) => {
		const result = villeSchema.safeParse(entry);
		return result.success ? [result.data] : [];
	});
	return villes;
}
