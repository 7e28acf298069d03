/**
 * Placing the cities on the map: a disc per city sized by its number of sheets, moved apart
 * when discs would overlap (Paris and its neighbours, a city and its intercommunality at the
 * same city hall), and a name beside the discs where it fits. Pure geometry in map units.
 */
import type { Box } from './outline.ts';

export interface Circle {
	/** Where the city really is. */
	x: number;
	y: number;
	r: number;
	/** The area the disc must stay in (its territory's frame). */
	bounds: Box;
}

export interface Placed {
	/** Where the disc is drawn; the true position stays in the input. */
	cx: number;
	cy: number;
}

/**
 * Radius of a city's disc, from `min` for one sheet to `max`. It grows slower than an area in
 * proportion would (a power of 0.375 rather than 0.5): the count is written in the disc, and a
 * city with many sheets should not cover its whole region.
 */
export function radiusFor(count: number, min = 11, max = 24): number {
	return Math.min(max, min * Math.max(1, count) ** 0.375);
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Moves overlapping discs apart until every pair is at least `gap` apart, each disc moving as
 * little as the others around it allow and staying inside its frame. Deterministic: discs at
 * the very same place part along fixed directions, so two builds draw the same map.
 */
export function separate(circles: readonly Circle[], gap: number, iterations = 300): Placed[] {
	const placed = circles.map((c) => ({
		cx: clamp(c.x, c.bounds.x + c.r, c.bounds.x + c.bounds.width - c.r),
		cy: clamp(c.y, c.bounds.y + c.r, c.bounds.y + c.bounds.height - c.r),
	}));
	for (let iteration = 0; iteration < iterations; iteration++) {
		let moved = false;
		for (let i = 0; i < circles.length; i++) {
			for (let j = i + 1; j < circles.length; j++) {
				const a = placed[i]!;
				const b = placed[j]!;
				const wanted = circles[i]!.r + circles[j]!.r + gap;
				let dx = b.cx - a.cx;
				let dy = b.cy - a.cy;
				let distance = Math.hypot(dx, dy);
				if (distance >= wanted - 1e-6) continue;
				if (distance < 1e-6) {
					// The golden angle spreads any number of coincident discs evenly.
					const angle = j * 2.399963;
					[dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
				}
				const push = (wanted - distance) / 2 + 1e-3;
				a.cx -= (dx / distance) * push;
				a.cy -= (dy / distance) * push;
				b.cx += (dx / distance) * push;
				b.cy += (dy / distance) * push;
				moved = true;
			}
		}
		placed.forEach((p, i) => {
			const { r, bounds } = circles[i]!;
			p.cx = clamp(p.cx, bounds.x + r, bounds.x + bounds.width - r);
			p.cy = clamp(p.cy, bounds.y + r, bounds.y + bounds.height - r);
		});
		if (!moved) break;
	}
	return placed;
}

export interface Label {
	x: number;
	/** Baseline. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function touchesDisc(rect: Rect, cx: number, cy: number, r: number): boolean {
	const dx = cx - clamp(cx, rect.x0, rect.x1);
	const dy = cy - clamp(cy, rect.y0, rect.y1);
	return dx * dx + dy * dy < r * r;
}

/**
 * The label's candidate places, in order of preference: right or left of the disc, then above
 * or below it, then off its four corners, where crowded discs still leave room.
 */
function candidates(
	cx: number,
	cy: number,
	r: number,
	width: number,
	fontSize: number,
): (Label & Rect)[] {
	const half = fontSize * 0.6;
	const at = (x: number, middle: number, anchor: Label['anchor']) => {
		const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
		return {
			x,
			y: middle + fontSize * 0.35,
			anchor,
			x0,
			x1: x0 + width,
			y0: middle - half,
			y1: middle + half,
		};
	};
	const corner = r * Math.SQRT1_2 + 2;
	return [
		at(cx + r + 3, cy, 'start'),
		at(cx - r - 3, cy, 'end'),
		at(cx, cy - r - 2 - half, 'middle'),
		at(cx, cy + r + 2 + half, 'middle'),
		at(cx + corner, cy - corner - half, 'start'),
		at(cx + corner, cy + corner + half, 'start'),
		at(cx - corner, cy - corner - half, 'end'),
		at(cx - corner, cy + corner + half, 'end'),
	];
}

/**
 * Names beside the discs where they overlap no disc, no other name and stay inside `bounds`;
 * the cities with most sheets are served first, so a crowded region names its main cities.
 * Text width is estimated from the character count: `charWidth` em per character fits the
 * widest of the fonts a reader may see (the site uses the system's sans-serif; DejaVu Sans bold
 * is the widest common one).
 */
export function placeLabels(
	discs: readonly { cx: number; cy: number; r: number; text: string; priority: number }[],
	bounds: Box,
	fontSize: number,
	charWidth = 0.64,
): (Label | undefined)[] {
	const taken: Rect[] = [];
	const labels: (Label | undefined)[] = discs.map(() => undefined);
	const order = discs
		.map((_, i) => i)
		.sort((a, b) => discs[b]!.priority - discs[a]!.priority || a - b);
	for (const i of order) {
		const disc = discs[i]!;
		const width = disc.text.length * fontSize * charWidth;
		const fits = (rect: Rect) =>
			rect.x0 >= bounds.x &&
			rect.x1 <= bounds.x + bounds.width &&
			rect.y0 >= bounds.y &&
			rect.y1 <= bounds.y + bounds.height &&
			!taken.some((t) => overlaps(t, rect)) &&
			!discs.some((d, j) => j !== i && touchesDisc(rect, d.cx, d.cy, d.r + 1));
		const place = candidates(disc.cx, disc.cy, disc.r, width, fontSize).find(fits);
		if (!place) continue;
		const { x, y, anchor, ...rect } = place;
		taken.push(rect);
		labels[i] = { x, y, anchor };
	}
	return labels;
}
