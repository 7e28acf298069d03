/**
 * The outline of France for the map of cities, computed at build time so pages ship one small
 * SVG path and no map library.
 *
 * Source: Natural Earth 1:50m admin-0 countries (public domain, https://www.naturalearthdata.com/)
 * as packaged by the `world-atlas` npm package (TopoJSON). Metropolitan France is drawn in a
 * Lambert conformal conic projection (the parallels of the official Lambert-93); the five
 * overseas departments sit in a row of insets, each with its own Mercator projection and scale.
 */
import { geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { TERRITOIRES, territoireOf, type Territoire } from '../schemas/ville.ts';

/** Width of the map's coordinate system; the page scales the whole SVG to its column. */
const MAP_WIDTH = 400;
const PADDING = 12;
/** Wider side margins around metropolitan France, for the names of cities near a border. */
const SIDE_MARGIN = 36;
const INSET_GAP = 8;
const INSET_HEIGHT = 64;
/** Room under each inset for its name. */
export const INSET_LABEL_HEIGHT = 18;
/** Points closer than this to the previous kept point are dropped (map units). */
const SIMPLIFY = 0.9;
/** Islands smaller than this on the drawn map (square map units) are dropped. */
const MIN_AREA = 4;
/** ISO 3166-1 numeric code of France in Natural Earth. */
const FRANCE_ID = '250';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface MapFrame {
	territoire: Territoire;
	/** Where the territory is drawn; for an inset, its frame (the name sits below). */
	box: Box;
	/** The territory's outline as SVG path data, coordinates rounded to 0.1 unit. */
	path: string;
	/** Map position of a point of this territory, in map units. */
	project: (longitude: number, latitude: number) => [number, number];
}

export interface FranceMap {
	width: number;
	height: number;
	frames: MapFrame[];
}

type Topology = Parameters<typeof feature>[0];
/** GeoJSON shapes, written out rather than imported from `@types/geojson`: three lines. */
type Position = number[];
type Polygon = { type: 'Polygon'; coordinates: Position[][] };
type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };

/** The polygons of France in Natural Earth, each with the territory it lies in. */
function francePolygons(): { territoire: Territoire; polygon: Position[][] }[] {
	const topology = countries as unknown as Topology;
	const collection = topology.objects['countries'] as { geometries: { id?: string | number }[] };
	const france = collection.geometries.find((g) => String(g.id) === FRANCE_ID);
	if (!france) throw new Error('world-atlas : la France est introuvable dans countries-50m.json');
	// France is one (multi)polygon; the typings only know a geometry or a collection of them.
	const { geometry } = feature(topology, france as Parameters<typeof feature>[1]) as {
		geometry: Polygon | MultiPolygon;
	};
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.flatMap((polygon) => {
		const [longitude, latitude] = polygon[0]![0]!;
		const territoire = territoireOf(longitude!, latitude!);
		return territoire ? [{ territoire, polygon }] : [];
	});
}

const round = (value: number) => Math.round(value * 10) / 10;

/** `-0.5` as `-.5`: SVG path numbers need no leading zero. */
const format = (value: number) => String(round(value)).replace(/^(-?)0\./, '$1.');

/**
 * Numbers of a path command with a space only where one is needed: none before a minus sign,
 * none before `.5` when the previous number already has its decimal point (`1.2.5` is 1.2, 0.5).
 */
function joinNumbers(numbers: readonly string[]): string {
	let out = '';
	let previous = '';
	for (const n of numbers) {
		const bare = out === '' || n.startsWith('-') || (n.startsWith('.') && previous.includes('.'));
		out += bare ? n : ` ${n}`;
		previous = n;
	}
	return out;
}

/**
 * SVG path data of projected rings: an absolute first point, then relative moves between
 * rounded positions (no drift), points closer than `SIMPLIFY` dropped and tiny islands left out.
 */
export function ringsToPath(rings: readonly (readonly [number, number])[][]): string {
	let path = '';
	for (const ring of rings) {
		const kept: [number, number][] = [];
		for (const [x, y] of ring) {
			const last = kept.at(-1);
			if (last && Math.hypot(x - last[0], y - last[1]) < SIMPLIFY) continue;
			kept.push([round(x), round(y)]);
		}
		if (kept.length < 3 || Math.abs(ringArea(kept)) < MIN_AREA) continue;
		const moves = kept
			.slice(1)
			.flatMap((point, i) => [format(point[0] - kept[i]![0]), format(point[1] - kept[i]![1])]);
		path += `M${joinNumbers([format(kept[0]![0]), format(kept[0]![1])])}l${joinNumbers(moves)}z`;
	}
	return path;
}

/** Shoelace area of a ring, in square map units. */
function ringArea(ring: readonly (readonly [number, number])[]): number {
	let area = 0;
	ring.forEach(([x, y], i) => {
		const [nx, ny] = ring[(i + 1) % ring.length]!;
		area += x * ny - nx * y;
	});
	return area / 2;
}

function frameOf(
	territoire: Territoire,
	polygons: Position[][][],
	projection: GeoProjection,
	box: Box,
): MapFrame {
	const rings = polygons.flatMap((polygon) =>
		polygon.map((ring) => ring.map(([lon, lat]) => projection([lon!, lat!])!)),
	);
	return {
		territoire,
		box,
		path: ringsToPath(rings),
		project: (longitude, latitude) => projection([longitude, latitude])!,
	};
}

let cached: FranceMap | undefined;

/** The map: metropolitan France on top, the five overseas insets in a row underneath. */
export function franceMap(): FranceMap {
	if (cached) return cached;
	const all = francePolygons();
	const polygonsOf = (code: string) =>
		all.filter((p) => p.territoire.code === code).map((p) => p.polygon);
	const multi = (polygons: Position[][][]): MultiPolygon => ({
		type: 'MultiPolygon',
		coordinates: polygons,
	});

	const metropole = TERRITOIRES[0];
	const metroPolygons = polygonsOf(metropole.code);
	const conic = geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
	conic.fitWidth(MAP_WIDTH - 2 * SIDE_MARGIN, multi(metroPolygons));
	const [[x0, y0], [, y1]] = geoPath(conic).bounds(multi(metroPolygons));
	const [tx, ty] = conic.translate();
	conic.translate([tx + SIDE_MARGIN - x0, ty + PADDING - y0]);
	const metroHeight = y1 - y0 + 2 * PADDING;
	const frames = [
		frameOf(metropole, metroPolygons, conic, {
			x: 0,
			y: 0,
			width: MAP_WIDTH,
			height: round(metroHeight),
		}),
	];

	const insets = TERRITOIRES.slice(1);
	const insetWidth = (MAP_WIDTH - 2 * PADDING - (insets.length - 1) * INSET_GAP) / insets.length;
	insets.forEach((territoire, index) => {
		const box = {
			x: round(PADDING + index * (insetWidth + INSET_GAP)),
			y: round(metroHeight + INSET_GAP),
			width: round(insetWidth),
			height: INSET_HEIGHT,
		};
		const polygons = polygonsOf(territoire.code);
		const margin = 6;
		const mercator = geoMercator().fitExtent(
			[
				[box.x + margin, box.y + margin],
				[box.x + box.width - margin, box.y + box.height - margin],
			],
			multi(polygons),
		);
		frames.push(frameOf(territoire, polygons, mercator, box));
	});

	cached = {
		width: MAP_WIDTH,
		height: Math.ceil(metroHeight + INSET_GAP + INSET_HEIGHT + INSET_LABEL_HEIGHT),
		frames,
	};
	return cached;
}

/** Where a point is drawn, and in which frame; undefined outside the map's territories. */
export function projectOnMap(
	map: FranceMap,
	longitude: number,
	latitude: number,
): { frame: MapFrame; x: number; y: number } | undefined {
	const territoire = territoireOf(longitude, latitude);
	const frame = map.frames.find((f) => f.territoire.code === territoire?.code);
	if (!frame) return undefined;
	const [x, y] = frame.project(longitude, latitude);
	return { frame, x, y };
}
