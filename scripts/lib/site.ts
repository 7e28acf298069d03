/**
 * The site's Astro build, in a process of its own that `npm run build` (scripts/build.ts) starts
 * and waits for: when it ends, its memory (2.6 GiB at 5,000 sheets) is given back before
 * Pagefind indexes what it wrote.
 *
 *     node scripts/lib/site.ts <root> <outDir> <cacheDir>
 */
import { build } from 'astro';
import { exitWhenPrinted } from './exit.ts';

const args = process.argv.slice(2);
if (args.length !== 3) {
	console.error('Usage : node scripts/lib/site.ts <racine> <dossier de sortie> <cache>');
	await exitWhenPrinted(2);
}
const [root, outDir, cacheDir] = args as [string, string, string];
try {
	await build({ root, outDir, cacheDir, logLevel: 'warn' });
	// Ended now, whatever handle a plugin left open: the build waits for this process to end.
	await exitWhenPrinted(0);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	await exitWhenPrinted(1);
}
