/** A card as PNG bytes: the template drawn once per distinct content, then read from the cache. */
import { cacheDir, cacheKey, cached } from '../build/disk-cache.ts';
import { card, type CardData } from './card.ts';
import { loadFonts } from './fonts.ts';
import { RENDERER, renderPng } from './render.ts';

export async function cardPng(
	data: CardData,
	dir = cacheDir('CARTES_CACHE_DIR', 'cartes'),
): Promise<Buffer> {
	const fonts = loadFonts();
	const node = card(data, fonts);
	// The tree holds both the data and the whole template, so either changing is a new key.
	const key = cacheKey(RENDERER, fonts.digest, JSON.stringify(node));
	return cached(dir, `${key}.png`, () => renderPng(node, fonts, data.titre));
}

/** The response of a static endpoint under /cartes/. */
export function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
