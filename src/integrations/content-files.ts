import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Plugin } from 'vite';
import { assertContentFile, checkContentTree } from '../contribution/validation/files.ts';

/** Whether `file` is written under `dir`, links not followed (the path as the content names it). */
function under(dir: string, file: string): boolean {
	const rel = relative(dir, file);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Second lock behind the validator, for the site's own readers: a file a content entry imports
 * (its images, through `astro:assets`) must be a real file of the content folder, and not an
 * SVG, which would be copied as is and could run a script on the site's origin. Throws, with
 * the reason, when `source` imported from `importer` is refused.
 */
export function checkContentImport(contentDir: string, source: string, importer?: string): void {
	if (!importer) return;
	const from = importer.split('?')[0]!;
	if (!under(contentDir, from)) return;
	const path = source.split('?')[0]!;
	if (!path.startsWith('.') && !isAbsolute(path)) return;
	const target = resolve(dirname(from), path);
	if (/\.svgz?$/i.test(target))
		throw new Error(
			`${relative(contentDir, from)} : image SVG refusée (${path}) — exportez-la en PNG ou en JPEG`,
		);
	assertContentFile(contentDir, target);
}

/** The Vite side of `checkContentImport`: it runs before Astro resolves and copies an image. */
export function contentFilesPlugin(contentDir: string): Plugin {
	return {
		name: 'rfvs-content-files',
		enforce: 'pre',
		resolveId(source, importer) {
			checkContentImport(contentDir, source, importer);
			return null;
		},
	};
}

/**
 * Astro's glob loader follows symbolic links; this one refuses to start when the folder holds
 * any, so a link that reached the build some other way than `npm run build` is never read.
 */
export function guardedLoader(loader: Loader, base: string): Loader {
	return {
		...loader,
		load: async (context) => {
			const dir = fileURLToPath(new URL(base, context.config.root));
			const links = checkContentTree(dir, dir);
			if (links.length > 0)
				throw new Error(
					`${base} : lien symbolique refusé (${links.map((p) => p.file).join(', ')}) — remplacez-le par une copie du fichier`,
				);
			return loader.load(context);
		},
	};
}
