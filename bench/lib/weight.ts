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

/** The characters a page draws: its text and its fields' placeholders, in both cases (`text-transform`). */
export function drawnCharacters(html: string): Set<string> {
	const entities: Record<string, string> = {
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: '\u00a0',
	};
	const text = [
		...html.matchAll(/\splaceholder="([^"]*)"/g).map((m) => m[1]!),
		html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ''),
	]
		.join(' ')
		.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
			name.startsWith('#')
				? String.fromCodePoint(Number(name.startsWith('#x') ? `0${name.slice(1)}` : name.slice(1)))
				: (entities[name] ?? entity),
		);
	return new Set([...text, ...text.toUpperCase(), ...text.toLowerCase()]);
}

/** A font face's file and the code points it serves (`undefined`: every one). */
function fontFaces(css: string): { url: string; range?: Set<number> }[] {
	return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
		const url = /url\(["']?([^"')]+\.woff2?)["']?\)/.exec(body!)?.[1];
		if (!url) return [];
		const range = /unicode-range:([^;}]+)/.exec(body!)?.[1];
		if (!range) return [{ url }];
		const codes = new Set<number>();
		for (const part of range.split(',')) {
			const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
			for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code++) codes.add(code);
		}
		return [{ url, range: codes }];
	});
}

/**
 * What a first visit to `page` (a path under `dist`) downloads before images, compressed as a
 * static host serves it: the HTML, its stylesheets, the fonts they name that the page draws
 * with (a face with a `unicode-range` is fetched only for a character in it), and its scripts.
 */
export function pageWeight(dist: string, page: string): PageWeight {
	const html = readFileSync(join(dist, page));
	const text = html.toString('utf8');
	const file = (href: string) => readFileSync(join(dist, href.split(/[?#]/)[0]!));
	const links = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
	const stylesheets = links(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map(file);
	const css = stylesheets.reduce((sum, sheet) => sum + gzip(sheet), 0);
	// Inline styles are in the HTML already; fonts named by linked stylesheets are fetched when
	// the page draws a character they serve.
	const drawn = [...drawnCharacters(text)].map((c) => c.codePointAt(0)!);
	const fontUrls = new Set(
		stylesheets
			.flatMap((sheet) => fontFaces(sheet.toString('utf8')))
			.filter(({ range }) => !range || drawn.some((code) => range.has(code)))
			.map(({ url }) => url),
	);
	const fonts = [...fontUrls].reduce((sum, url) => sum + file(url).byteLength, 0);
	const js = links(/<script[^>]+src="([^"]+)"/g).reduce((sum, src) => sum + gzip(file(src)), 0);
	return { html: gzip(html), css, fonts, js };
}
