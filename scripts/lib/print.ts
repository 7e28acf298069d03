/**
 * The print edition (validation, then every PDF into `PDF_DIR`), for `npm run pdf` and as the
 * first stage of `npm run build`, which runs this file in a process of its own: the validated
 * content is given back when it ends, before Astro's process starts.
 *
 *     node --expose-gc scripts/lib/print.ts
 */
import { config } from '../../src/config.ts';
import { buildBook } from '../../src/model/book.ts';
import { readGlossaire } from '../../src/model/glossaire.ts';
import { forgetParsedMarkdown } from '../../src/model/text/markdown.ts';
import { planPdfs, type PdfPlan } from '../../src/pdf/book-to-typst.ts';
import { PDF_DIR } from '../../src/pdf/manifest.ts';
import { exportPdfs, type ExportResult } from '../../src/pdf/export.ts';
import { timed } from '../../src/build/timing.ts';
import { loadPublishableContent, ROOT } from './content.ts';
import { BUILD_FAILED, exitWhenPrinted } from './exit.ts';

/**
 * Validates the content, stopping with the validator's report and `nothingMade` (« aucun PDF
 * n’a été produit ») when it is invalid, and writes every document's Typst source. The content,
 * the book and their parsed bodies are let go when this returns: only the sources are kept.
 */
async function planPrintEdition(nothingMade: string): Promise<PdfPlan> {
	const content = await loadPublishableContent(nothingMade);
	const book = buildBook(content, { withoutDrafts: config.withoutDrafts });
	const plan = await timed('sources Typst', () =>
		planPdfs(book, { siteUrl: config.home, now: new Date(), glossaire: readGlossaire() }),
	);
	forgetParsedMarkdown();
	return plan;
}

/** Validates the content, composes the print edition and prints its warnings. */
export async function exportPrintEdition(nothingMade: string): Promise<ExportResult> {
	const plan = await planPrintEdition(nothingMade);
	// Gives the freed memory back to the system while the book's composing process needs 2 GiB:
	// at 5,000 sheets, this process goes from 0.72 GiB to 0.17 GiB plus the sources. An ordinary
	// collection frees V8's heap but keeps its pages; only this one returns them. Without
	// `--expose-gc` (`npm run pdf` alone), the pages stay, which costs memory, not correctness.
	globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
	const result = await exportPdfs(plan, { outDir: PDF_DIR, root: ROOT, timed });
	for (const warning of result.warnings) console.warn(`avertissement : ${warning}`);
	return result;
}

if (import.meta.main) {
	try {
		await exportPrintEdition('rien n’a été publié');
		await exitWhenPrinted(0);
	} catch (error) {
		// Exit code 1 tells the build that the reason is printed (see scripts/build.ts).
		console.error(error instanceof Error ? error.message : error);
		console.error(BUILD_FAILED);
		await exitWhenPrinted(1);
	}
}
