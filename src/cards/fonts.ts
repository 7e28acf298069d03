/**
 * Source Sans 3, the site's and the PDF's typeface, read once per process from the `source-sans`
 * package (full character set; the web subsets of @fontsource leave out some Latin letters).
 * TrueType files: satori reads them, and the template measures them (./metrics.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CardFonts } from './card.ts';
import { readMetrics } from './metrics.ts';

const FAMILY = 'Source Sans 3';

export interface LoadedFonts extends CardFonts {
	/** What satori is given; the same array every time, so satori parses the fonts only once. */
	satori: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
	/** Hash of the font files, part of each card's cache key. */
	digest: string;
}

let loaded: LoadedFonts | undefined;

function read(file: string): Buffer {
	const dir = join(
		dirname(createRequire(import.meta.url).resolve('source-sans/package.json')),
		'TTF',
	);
	try {
		return readFileSync(join(dir, file));
	} catch (error) {
		throw new Error(`Police introuvable pour les cartes : ${join(dir, file)} (npm ci ?)`, {
			cause: error,
		});
	}
}

export function loadFonts(): LoadedFonts {
	if (loaded) return loaded;
	const regular = read('SourceSans3-Regular.ttf');
	const bold = read('SourceSans3-Bold.ttf');
	loaded = {
		family: FAMILY,
		regular: readMetrics(regular),
		bold: readMetrics(bold),
		satori: [
			{ name: FAMILY, data: regular, weight: 400, style: 'normal' },
			{ name: FAMILY, data: bold, weight: 700, style: 'normal' },
		],
		digest: createHash('sha256').update(regular).update(bold).digest('hex'),
	};
	return loaded;
}
