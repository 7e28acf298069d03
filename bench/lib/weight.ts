/** Sizes of a built site: folders, and what a first visit to one page downloads. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of every file under `dir`. */
export function folderSize(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	return total;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).byteLength;

export interface PageWeight {
	/** Compressed bytes (gzip -9) by kind, before images. */
	html: number;
	css: number;
	fonts: number;
	js: number;
}

/**
 * What a first visit to `page` (a path under `dist`) downloads before images, compressed as a
 * static host serves it: the HTML, its stylesheets, the fonts they name, and its scripts.
 */
export function pageWeight(dist: string, page: string): PageWeight {
	const html = readFileSync(join(dist, page));
	const text = html.toString('utf8');
	const file = (href: string) => readFileSync(join(dist, href.split(/[?#]/)[0]!));
	const links = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
	const stylesheets = links(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map(file);
	const css = stylesheets.reduce((sum, sheet) => sum + gzip(sheet), 0);
	// Inline styles are in the HTML already; fonts named by linked stylesheets are fetched too.
	const fontUrls = new Set(
		stylesheets.flatMap((sheet) =>
			[...sheet.toString('utf8').matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)].map((m) => m[1]!),
		),
	);
	const fonts = [...fontUrls].reduce((sum, url) => sum + file(url).byteLength, 0);
	const js = links(/<script[^>]+src="([^"]+)"/g).reduce((sum, src) => sum + gzip(file(src)), 0);
	return { html: gzip(html), css, fonts, js };
}
