/**
 * Search as a reader meets it: `/recherche/?q=…` opened in a fresh Chromium profile (nothing
 * cached), the bytes Pagefind downloads for the query, and the time until the first result shows.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** Pagefind's index files are gzip already; its script, WebAssembly and JSON are not. */
const PRECOMPRESSED = /\.pf_(fragment|index|meta|filter)$/;

export interface QueryCost {
	/** The words, and the ticked filters if any (each costs one more Pagefind search). */
	query: string;
	/** Bytes of every `/pagefind/` response (script, WebAssembly, index chunks, fragments). */
	bytes: number;
	/** The same, as a static host that compresses text and WebAssembly (gzip) sends them. */
	transferred: number;
	/** Milliseconds from navigation to the first result on screen. */
	firstResult: number;
	results: number;
}

export async function measureQuery(
	browser: Browser,
	origin: string,
	query: string,
	/** URL parameters of ticked filters (`determinant=logement&partie=5`): their counts cost one
	 * more search per filter, included in the bytes and the time to the first result. */
	filters = '',
): Promise<QueryCost> {
	const context = await browser.newContext();
	const page = await context.newPage();
	let bytes = 0;
	let transferred = 0;
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (!path.startsWith('/pagefind/')) return;
		pending.push(
			response.body().then(
				(body) => {
					bytes += body.byteLength;
					transferred += PRECOMPRESSED.test(path) ? body.byteLength : gzipSync(body).byteLength;
				},
				() => undefined,
			),
		);
	});
	await page.goto(
		`${origin}/recherche/?q=${encodeURIComponent(query)}${filters ? `&${filters}` : ''}`,
	);
	await page.locator('[data-results] li').first().waitFor({ timeout: 60_000 });
	const firstResult = await page.evaluate(() => performance.now());
	// Fragments of the first results page load after the first one shows.
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	const results = await page.locator('[data-results] li').count();
	await context.close();
	const label = filters ? `${query} » + « ${filters}` : query;
	return { query: label, bytes, transferred, firstResult, results };
}
