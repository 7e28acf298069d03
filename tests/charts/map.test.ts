import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { placeCities } from '../../src/charts/cities.ts';
import { franceMap, projectOnMap, ringsToPath, type Box } from '../../src/charts/outline.ts';
import { placeLabels, radiusFor, separate, type Circle } from '../../src/charts/points.ts';
import type { Ville } from '../../src/schemas/ville.ts';

const map = franceMap();
const inside = (box: Box, x: number, y: number) =>
	x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** Bounding box of an SVG path made of `M x y` then relative `l` moves, as ringsToPath writes it. */
function pathBounds(path: string): Box {
	const xs: number[] = [];
	const ys: number[] = [];
	for (const ring of path.split('z').filter(Boolean)) {
		const [start, moves = ''] = ring.slice(1).split('l');
		const numbers = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		let [x, y] = numbers(start!) as [number, number];
		xs.push(x);
		ys.push(y);
		const deltas = numbers(moves);
		for (let i = 0; i < deltas.length; i += 2) {
			x += deltas[i]!;
			y += deltas[i + 1]!;
			xs.push(x);
			ys.push(y);
		}
	}
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

describe('outline of France', () => {
	it('has metropolitan France and the five overseas insets, each inside its frame', () => {
		expect(map.frames.map((f) => f.territoire.code)).toEqual([
			'metropole',
			'guadeloupe',
			'martinique',
			'guyane',
			'reunion',
			'mayotte',
		]);
		for (const frame of map.frames) {
			const bounds = pathBounds(frame.path);
			expect(bounds.width, frame.territoire.code).toBeGreaterThan(20);
			expect(
				inside(frame.box, bounds.x, bounds.y) &&
					inside(frame.box, bounds.x + bounds.width, bounds.y + bounds.height),
			).toBe(true);
			expect(frame.box.y + frame.box.height).toBeLessThanOrEqual(map.height);
		}
	});

	it('stays small: under 15 KB gzipped for the whole outline', () => {
		const paths = map.frames.map((f) => f.path).join('');
		expect(gzipSync(paths).length).toBeLessThan(15_000);
	});

	it('writes compact relative path data and drops specks', () => {
		const square = [
			[10, 10],
			[20, 10],
			[20, 20],
			[10, 20],
		] as [number, number][];
		expect(ringsToPath([square])).toBe('M10 10l10 0 0 10-10 0z');
		expect(ringsToPath([square.map(([x, y]) => [x / 10, y / 10] as [number, number])])).toBe('');
	});
});

describe('projection of cities', () => {
	it('places known cities where they are: Lille north of Paris, Brest west, Nice south-east', () => {
		const at = (lon: number, lat: number) => projectOnMap(map, lon, lat)!;
		const paris = at(2.35, 48.86);
		const lille = at(3.06, 50.63);
		const brest = at(-4.49, 48.39);
		const nice = at(7.27, 43.7);
		expect(lille.y).toBeLessThan(paris.y);
		expect(brest.x).toBeLessThan(paris.x);
		expect(nice.x).toBeGreaterThan(paris.x);
		expect(nice.y).toBeGreaterThan(paris.y);
		const metropole = pathBounds(map.frames[0]!.path);
		for (const city of [paris, lille, brest, nice, at(9.45, 42.7) /* Bastia */]) {
			expect(city.frame.territoire.code).toBe('metropole');
			expect(inside(metropole, city.x, city.y)).toBe(true);
		}
	});

	it('puts overseas cities in their inset', () => {
		const cases: [string, number, number][] = [
			['guadeloupe', -61.73, 16.0], // Basse-Terre
			['martinique', -61.07, 14.6], // Fort-de-France
			['guyane', -52.33, 4.94], // Cayenne
			['reunion', 55.45, -20.88], // Saint-Denis
			['mayotte', 45.23, -12.78], // Mamoudzou
		];
		for (const [code, lon, lat] of cases) {
			const city = projectOnMap(map, lon, lat)!;
			expect(city.frame.territoire.code).toBe(code);
			expect(inside(city.frame.box, city.x, city.y), code).toBe(true);
		}
		expect(projectOnMap(map, 13.4, 52.52)).toBeUndefined(); // Berlin
	});

	it('places every city of the handbook on the map', () => {
		const villes = parse(readFileSync('content/villes.yml', 'utf8')) as Ville[];
		const counts = villes.map((v) => ({ nom: v.nom, count: 1, href: '/' }));
		const { cities, missing } = placeCities(map, counts, villes);
		expect(missing).toEqual([]);
		expect(cities).toHaveLength(villes.length);
	});
});

describe('a national network', () => {
	it('shrinks the discs of 120 cities so they still stand apart on the map', () => {
		const villes: Ville[] = Array.from({ length: 120 }, (_, i) => ({
			nom: `Ville ${i}`,
			departement: '14',
			latitude: 44 + (i % 12) * 0.5,
			longitude: -1 + Math.floor(i / 12) * 0.7,
		}));
		const counts = villes.map((v, i) => ({ nom: v.nom, count: 1 + (i % 7), href: '/' }));
		const { cities } = placeCities(map, counts, villes);
		expect(Math.max(...cities.map((c) => c.r))).toBeLessThan(radiusFor(7));
		for (let i = 0; i < cities.length; i++)
			for (let j = i + 1; j < cities.length; j++) {
				const [a, b] = [cities[i]!, cities[j]!];
				expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r);
			}
	});
});

describe('discs and names', () => {
	const box: Box = { x: 0, y: 0, width: 400, height: 400 };

	it('grows discs with the number of sheets, within bounds', () => {
		expect(radiusFor(1)).toBe(11);
		expect(radiusFor(5)).toBeGreaterThan(radiusFor(3));
		expect(radiusFor(500)).toBe(24);
	});

	it('moves overlapping discs apart, coincident ones too, and leaves lone discs in place', () => {
		const circles: Circle[] = [
			{ x: 100, y: 100, r: 11, bounds: box },
			{ x: 100, y: 100, r: 11, bounds: box },
			{ x: 105, y: 102, r: 15, bounds: box },
			{ x: 300, y: 300, r: 11, bounds: box },
		];
		const placed = separate(circles, 12);
		for (let i = 0; i < circles.length; i++)
			for (let j = i + 1; j < circles.length; j++) {
				const distance = Math.hypot(placed[i]!.cx - placed[j]!.cx, placed[i]!.cy - placed[j]!.cy);
				expect(distance).toBeGreaterThanOrEqual(circles[i]!.r + circles[j]!.r + 12 - 0.01);
			}
		expect(placed[3]).toEqual({ cx: 300, cy: 300 });
		expect(separate(circles, 12)).toEqual(placed);
	});

	it('keeps discs inside their frame', () => {
		const placed = separate([{ x: 1, y: 399, r: 11, bounds: box }], 12);
		expect(placed[0]).toEqual({ cx: 11, cy: 389 });
	});

	it('names discs without overlapping other discs or names, biggest city first', () => {
		const discs = [
			{ cx: 100, cy: 100, r: 11, text: 'Paris', priority: 1 },
			{ cx: 134, cy: 100, r: 11, text: 'Montreuil', priority: 1 },
			{ cx: 380, cy: 100, r: 11, text: 'Strasbourg', priority: 3 },
		];
		const labels = placeLabels(discs, box, 12);
		expect(labels[0]).toMatchObject({ anchor: 'end' });
		expect(labels[1]).toMatchObject({ anchor: 'start' });
		// No room on the right of the map's edge: the name goes left.
		expect(labels[2]).toMatchObject({ anchor: 'end' });
	});
});
