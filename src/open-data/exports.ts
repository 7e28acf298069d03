import { config } from '../config.ts';
import { getBook } from '../model/collections.ts';
import { toRecords, type FicheRecord } from './records.ts';
import { readPdfManifest } from '../pdf/manifest.ts';

/** The site's open data records, built once per build for the JSON and CSV endpoints. */
export async function getRecords(): Promise<FicheRecord[]> {
	const manifest = readPdfManifest();
	return toRecords(await getBook(), config.site, (id) => manifest?.fiches[id]?.url);
}
