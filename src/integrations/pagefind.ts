import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { staticHostHeaders } from '../site/csp.ts';
import { timed } from '../build/timing.ts';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so the one build
 * command produces the search index in `dist/pagefind/`, as Starlight does. Also
 * writes `_headers`, whose policy the search must run under.
 */
export function pagefind(base = '/'): AstroIntegration {
	return {
		name: 'rfvs-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				await timed('recherche (Pagefind)', () => indexSite(outDir, logger));
				await writeFile(`${outDir}/_headers`, staticHostHeaders(base));
			},
		},
	};
}

async function indexSite(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const { index, errors } = await createIndex({ forceLanguage: 'fr' });
	if (!index) throw new Error(`Pagefind n’a pas pu créer l’index : ${errors.join(', ')}`);
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
		if (written.errors.length) throw new Error(written.errors.join('\n'));
		logger.info(`Index de recherche : ${added.page_count} pages`);
	} catch (error) {
		throw new Error('L’indexation Pagefind a échoué', { cause: error });
	} finally {
		await close();
	}
}
