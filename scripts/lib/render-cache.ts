import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GLOSSAIRE_FILE } from '../../src/schemas/glossaire.ts';

/**
 * What Astro's rendering of Markdown depends on besides the Markdown itself: the plugins, what
 * they read (typography, interface strings, the glossary and its loader) and the configuration
 * that lists them. Astro keys its cache of rendered Markdown on each entry's source and on its
 * serialisable configuration only, so a change to any of these files would otherwise leave every
 * cached page as it was rendered before (a glossary added or edited: no `<abbr>` at all).
 */
export const RENDERING_SOURCES = [
	'astro.config.mjs',
	'src/site/markdown-plugins.ts',
	'src/model/text/typography.ts',
	'src/model/text/control-characters.ts',
	'src/i18n/fr.ts',
	'src/model/glossaire.ts',
	'src/model/content-list.ts',
	'src/model/urls.ts',
	'src/model/settings.ts',
	'src/schemas/date.ts',
	'src/schemas/glossaire.ts',
];

/** A short digest of every file the rendered Markdown depends on, the content's glossary included. */
export function renderingDigest(root: string, contentDir: string): string {
	const files = [
		...RENDERING_SOURCES.map((file) => resolve(root, file)),
		resolve(root, contentDir, GLOSSAIRE_FILE),
	];
	const hash = createHash('sha256');
	for (const file of files) {
		// A missing glossary is a state of its own (no acronym explained), distinct from an empty file.
		hash.update(existsSync(file) ? readFileSync(file) : '\u0001absent').update('\0');
	}
	return hash.digest('hex').slice(0, 8);
}

/**
 * Astro's cache folder for one corpus and one state of its rendering: under `ASTRO_CACHE_DIR`
 * when given (tests, the benchmark, a helper's build), else under `node_modules/.astro`. The
 * folder's name carries the digest even under `ASTRO_CACHE_DIR`, so a cache kept between two
 * builds never serves pages rendered by older plugins or an older glossary.
 */
export function renderCacheDir(
	root: string,
	contentDir: string,
	base = join(root, 'node_modules', '.astro'),
): string {
	return join(
		base,
		`${contentDir.replace(/[^a-z0-9]+/gi, '-')}-${renderingDigest(root, contentDir)}`,
	);
}
