import { config } from '../config.ts';
import { villeSchema, type Ville } from '../schemas/ville.ts';
import { readContentList } from '../model/content-list.ts';
import { VILLES_FILE } from '../schemas/ville.ts';

let villes: Ville[] | undefined;

/**
 * The well-formed entries of `<content>/villes.yml`, read once per build. Malformed entries and
 * a missing file are the validator's to report (`checkVilles`); the map then leaves the city out
 * and the page still lists it.
 */
export function readVilles(): Ville[] {
	if (villes) return villes;
	villes = readContentList(config.contentDir, VILLES_FILE, villeSchema);
	return villes;
}
