/**
 * The cities of the handbook on the map of France: each city's disc, where it is drawn, and
 * its name when it fits. Pure: the coordinates are given (see `readVilles`), the outline too.
 */
import type { Ville } from '../schemas/ville.ts';
import { villes as villesOf, type Book } from '../model/book.ts';
import { urls } from '../model/urls.ts';
import { projectOnMap, type FranceMap } from './outline.ts';
import { placeLabels, radiusFor, separate, type Label } from './points.ts';

export interface CityCount {
	nom: string;
	count: number;
	href: string;
}

export interface CityOnMap extends CityCount {
	/** Where the city really is, in map units. */
	x: number;
	y: number;
	/** Where its disc is drawn: moved off `x, y` when it would hide a neighbour. */
	cx: number;
	cy: number;
	r: number;
	/** Its name beside the disc, when there is room. */
	label: Label | undefined;
}

/** Font size of the city names, in map units. */
export const LABEL_SIZE = 13;

/**
 * Space kept between discs, in map units. The map is 400 units wide and at least 288 CSS pixels
 * on a 320-pixel screen (0.72 pixel per unit): two 11-unit discs 11 + 11 + 12 units apart have
 * centres 24.5 pixels apart, the spacing WCAG 2.5.8 asks of targets smaller than 24 pixels.
 */
const GAP = 12;

/**
 * Up to this many cities, discs keep the sizes above. Beyond it they shrink with the square root
 * of the number of cities, so a national network still fits the map; the list of cities under
 * the map then serves as the equivalent control WCAG 2.5.8 allows for small targets.
 */
const CITIES_AT_FULL_SIZE = 30;

/** Smallest disc that still shows its count, in map units. */
export const MIN_RADIUS_WITH_COUNT = 8;

export interface CityMapOptions {
	/** Draw the names beside the discs (not on the home page's small map). */
	labels?: boolean;
}

/** Each city of the book with its number of sheets, alphabetical like the list of cities. */
export function cityCounts(book: Book): CityCount[] {
	return villesOf(book).map((g) => ({
		nom: g.label,
		count: g.fiches.length,
		href: urls.ville(g.label),
	}));
}

/**
 * Places every city that has coordinates; `missing` lists the others (the validator reports
 * them, the page still lists them). Cities keep the given order, which is the links' order.
 */
export function placeCities(
	map: FranceMap,
	cities: readonly CityCount[],
	villes: readonly Ville[],
	options: CityMapOptions = {},
): { cities: CityOnMap[]; missing: string[] } {
	const { labels: withLabels = true } = options;
	const scale = Math.min(1, Math.sqrt(CITIES_AT_FULL_SIZE / Math.max(1, cities.length)));
	const missing: string[] = [];
	const found = cities.flatMap((city) => {
		const ville = villes.find((v) => v.nom === city.nom);
		const at = ville && projectOnMap(map, ville.longitude, ville.latitude);
		if (!at) {
			missing.push(city.nom);
			return [];
		}
		const r = radiusFor(city.count, 11 * scale, 24 * scale);
		return [{ city, x: at.x, y: at.y, r, bounds: at.frame.box }];
	});
	const placed = separate(found, GAP * scale);
	const discs = found.map((f, i) => ({
		...placed[i]!,
		r: f.r,
		text: f.city.nom,
		priority: f.city.count,
	}));
	const bounds = { x: 0, y: 0, width: map.width, height: map.height };
	const labels = withLabels ? placeLabels(discs, bounds, LABEL_SIZE) : [];
	return {
		cities: found.map((f, i) => ({
			...f.city,
			x: f.x,
			y: f.y,
			cx: placed[i]!.cx,
			cy: placed[i]!.cy,
			r: f.r,
			label: labels[i],
		})),
		missing,
	};
}
