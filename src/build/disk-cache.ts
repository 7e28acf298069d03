/**
 * Build products on disk (social cards, PDFs), named by a hash of everything that shapes them, so
 * a rebuild of 1,000 sheets makes only what changed. Nothing is ever stale: a changed input is a
 * new name. Old files are left; deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `dir` under Astro's own cache, unless the environment variable `variable` names another. */
export function cacheDir(variable: string, name: string): string {
	return process.env[variable] ?? join(process.cwd(), 'node_modules', '.astro', name);
}

export function cacheKey(...parts: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}

/** The file's bytes, or `undefined` when it is not there yet. */
export function readCached(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new Error(`Cache de construction illisible : ${file}`, { cause: error });
	}
}

/** Writes aside then renames: a build running beside this one never reads half a file. */
export function writeCached(file: string, bytes: Uint8Array | string): void {
	mkdirSync(dirname(file), { recursive: true });
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, bytes);
	renameSync(partial, file);
}

/** The file `file` of `dir`, made by `produce` when missing. */
export async function cached(
	dir: string,
	file: string,
	produce: () => Promise<Buffer>,
): Promise<Buffer> {
	const path = join(dir, file);
	const hit = readCached(path);
	if (hit) return hit;
	const bytes = await produce();
	writeCached(path, bytes);
	return bytes;
}
