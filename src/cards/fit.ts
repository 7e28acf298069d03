import type { FontMetrics } from './metrics.ts';

/** Breakable spaces: no-break spaces of French typography keep their words together. */
const BREAKABLE = /[ \t\r\n]+/g;

/**
 * The text without what the font cannot draw, so a card shows no empty boxes: emoji, their
 * variation selectors and joiners, scripts Source Sans 3 lacks. The build runs offline with no
 * emoji font, and a sober card reads as well without them.
 */
export function drawable(text: string, metrics: FontMetrics): string {
	return [...text]
		.filter((char) => /\s/u.test(char) || metrics.advance(char.codePointAt(0) ?? 0) !== undefined)
		.join('')
		.replace(BREAKABLE, ' ')
		.trim();
}

/** Width of a text in em, at one font size. */
export function measure(text: string, metrics: FontMetrics): number {
	let width = 0;
	for (const char of text) width += metrics.advance(char.codePointAt(0) ?? 0) ?? 0;
	return width;
}

/**
 * Lines a text takes when wrapped greedily at spaces, as a browser does; a word longer than a
 * line is cut anywhere (`overflow-wrap: anywhere` in the template). Widths in em.
 */
export function countLines(text: string, lineWidth: number, metrics: FontMetrics): number {
	const space = measure(' ', metrics);
	let lines = 0;
	let current = 0;
	for (const word of text.split(' ')) {
		const width = measure(word, metrics);
		if (lines > 0 && current + space + width <= lineWidth) {
			current += space + width;
			continue;
		}
		const cut = Math.max(1, Math.ceil(width / lineWidth));
		lines += cut;
		current = width - (cut - 1) * lineWidth;
	}
	return lines;
}

export interface Box {
	/** px */
	width: number;
	/** px */
	height: number;
	/** Multiple of the font size. */
	lineHeight: number;
	/** px, largest first: the text gets the first size at which it fits. */
	sizes: readonly number[];
}

export interface Fit {
	fontSize: number;
	/** Lines the box holds at that size: the template clamps the text there, with an ellipsis. */
	maxLines: number;
	/** Whether the text still needs more lines than that, and so ends with an ellipsis. */
	truncated: boolean;
}

/**
 * Satori rounds each word's width up to the pixel and kerning is not counted here: estimating
 * against a slightly narrower line keeps the choice on the safe side, never on a size that
 * would be cut short.
 */
const SAFETY = 0.97;

/** The largest size at which the text fits the box; the smallest one, clamped, if none does. */
export function fitText(text: string, box: Box, metrics: FontMetrics): Fit {
	const fits = box.sizes.map((fontSize) => {
		const maxLines = Math.max(1, Math.floor(box.height / (fontSize * box.lineHeight)));
		const lines = countLines(text, (box.width * SAFETY) / fontSize, metrics);
		return { fontSize, maxLines, truncated: lines > maxLines };
	});
	const fit = fits.find((f) => !f.truncated) ?? fits.at(-1);
	if (!fit) throw new Error('Aucune taille de police proposée');
	return fit;
}
