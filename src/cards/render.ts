/** Thin edge: satori draws the element tree as SVG, sharp turns it into a PNG. */
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { HEIGHT, WIDTH, type CardNode } from './card.ts';
import type { LoadedFonts } from './fonts.ts';

const satoriVersion = (createRequire(import.meta.url)('satori/package.json') as { version: string })
	.version;

/** What draws a card: the same tree may come out differently once one of these changes. */
export const RENDERER = `satori ${satoriVersion}, sharp ${sharp.versions.sharp}, rsvg ${sharp.versions.rsvg ?? '?'}`;

/** The card as SVG, its text drawn as outlines. `name` says which card failed: the page's title. */
export async function renderSvg(node: CardNode, fonts: LoadedFonts, name: string): Promise<string> {
	try {
		return await satori(node, { width: WIDTH, height: HEIGHT, fonts: fonts.satori });
	} catch (error) {
		throw new Error(`Carte « ${name} » : mise en page impossible (satori)`, { cause: error });
	}
}

/** The SVG of `renderSvg` as PNG bytes. */
export async function svgToPng(svg: string, name: string): Promise<Buffer> {
	try {
		return await sharp(Buffer.from(svg)).png().toBuffer();
	} catch (error) {
		throw new Error(`Carte « ${name} » : conversion en PNG impossible (sharp)`, { cause: error });
	}
}

export async function renderPng(node: CardNode, fonts: LoadedFonts, name: string): Promise<Buffer> {
	return svgToPng(await renderSvg(node, fonts, name), name);
}
