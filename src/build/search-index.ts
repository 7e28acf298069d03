import { writeFile } from 'node:fs/promises';
import { close, createIndex } from 'pagefind';
import { staticHostHeaders } from '../site/csp.ts';

/**
 * Indexes the built site in `outDir` with Pagefind's Node API, as Starlight does, and writes
 * `_headers`, whose policy the search must run under. `npm run build` calls it once the site's
 * own process has ended (scripts/build.ts): Pagefind's binary then never holds its memory (2.1 GiB
 * at 5,000 sheets) while Astro's process still holds its own (2.6 GiB).
 */
export async function indexSearch(outDir: string, base = '/'): Promise<number> {
	const { index, errors } = await createIndex({ forceLanguage: 'fr' });
	if (!index) throw new Error(`Pagefind n’a pas pu créer l’index : ${errors.join(', ')}`);
	let pages: number;
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
		if (written.errors.length) throw new Error(written.errors.join('\n'));
		pages = added.page_count;
	} catch (error) {
		throw new Error('L’indexation Pagefind a échoué', { cause: error });
	} finally {
		await close();
	}
	await writeFile(`${outDir}/_headers`, staticHostHeaders(base));
	return pages;
}
