/**
 * `npm run pdf`: the print edition into `.build/pdf/` (`PDF_DIR`), where the site build picks
 * it up: the whole book, one PDF per part, one per sheet, and `manifest.json`. Stops with the
 * validator's report when the content is invalid. `SANS_BROUILLONS=1` leaves drafts out.
 */
import { PDF_DIR } from '../src/pdf/manifest.ts';
import { exitWhenPrinted } from './lib/exit.ts';
import { exportPrintEdition } from './lib/print.ts';

const start = performance.now();
try {
	const { manifest, seconds } = await exportPrintEdition('aucun PDF n’a été produit');
	// Processes' time, not a stage of its own: it overlaps the composition stage above.
	console.log(
		`  dont calcul des processus de composition : livre ${seconds.livre.toFixed(2)} s, parties et chapitres ${seconds.parties.toFixed(2)} s, ` +
			`fiches ${seconds.fiches.toFixed(2)} s`,
	);
	const total = ((performance.now() - start) / 1000).toFixed(1);
	console.log(
		`PDF produits dans ${PDF_DIR} en ${total} s : le livre (${manifest.livre.pages} pages), ` +
			`${Object.keys(manifest.parties).length} parties, ${plural(Object.keys(manifest.chapitres).length, 'chapitre')} et ${Object.keys(manifest.fiches).length} fiches.`,
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	await exitWhenPrinted(1);
}

/** « 1 chapitre », « 3 chapitres ». */
function plural(n: number, noun: string): string {
	return `${n} ${noun}${n > 1 ? 's' : ''}`;
}
