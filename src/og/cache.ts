/**
 * Cards on disk, named by a hash of everything that shapes them, so a rebuild of 1,000 sheets
 * draws only the cards whose text, template, fonts or renderer changed. Nothing is ever stale:
 * a changed input is a new name. Old files are left; deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `CARTES_CACHE_DIR`, or beside Astro's own cache. */
export function cacheDir(): string {
	return process.env['CARTES_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.astro', 'cartes');
}

export function cacheKey(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}

function readIfPresent(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new Error(`Cache des cartes illisible : ${file}`, { cause: error });
	}
}

/** The file `<key>.png` of `dir`, made by `produce` when missing. */
export async function cached(
	dir: string,
	key: string,
	produce: () => Promise<Buffer>,
): Promise<Buffer> {
	const file = join(dir, `${key}.png`);
	const hit = readIfPresent(file);
	if (hit) return hit;
	const png = await produce();
	mkdirSync(dir, { recursive: true });
	// Written aside then renamed: a build running beside this one never reads half a file.
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}
