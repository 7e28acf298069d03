import { z } from 'zod';

/** Where the coordinates live, relative to the content folder. */
export const VILLES_FILE = 'villes.yml';

/**
 * The territories the map of France draws: metropolitan France with Corsica, and the five
 * overseas departments shown as insets. `bbox` is [west, south, east, north] in degrees, a little
 * wider than the land so a city hall on the coast stays inside; `departement` is the code every
 * city of an overseas territory carries (metropolitan codes are all the others).
 */
export const TERRITOIRES = [
	{
		code: 'metropole',
		nom: 'France métropolitaine',
		departement: undefined,
		bbox: [-5.3, 41.3, 9.7, 51.2],
	},
	{ code: 'guadeloupe', nom: 'Guadeloupe', departement: '971', bbox: [-61.9, 15.8, -60.95, 16.55] },
	{ code: 'martinique', nom: 'Martinique', departement: '972', bbox: [-61.3, 14.35, -60.75, 14.9] },
	{ code: 'guyane', nom: 'Guyane', departement: '973', bbox: [-54.7, 2.0, -51.5, 5.85] },
	{ code: 'reunion', nom: 'La Réunion', departement: '974', bbox: [55.15, -21.45, 55.9, -20.8] },
	{ code: 'mayotte', nom: 'Mayotte', departement: '976', bbox: [44.95, -13.05, 45.35, -12.6] },
] as const;

export type Territoire = (typeof TERRITOIRES)[number];
export type TerritoireCode = Territoire['code'];

/** The territory whose box holds this point, or undefined outside France. */
export function territoireOf(longitude: number, latitude: number): Territoire | undefined {
	return TERRITOIRES.find(
		({ bbox: [west, south, east, north] }) =>
			longitude >= west && longitude <= east && latitude >= south && latitude <= north,
	);
}

/** The territory a département code belongs to: `971` is Guadeloupe, `14` metropolitan France. */
export function territoireOfDepartement(departement: string): Territoire {
	return TERRITOIRES.find((t) => t.departement === departement) ?? TERRITOIRES[0];
}

/** Metropolitan codes `01`-`95` (Corsica is `2A` and `2B`, never `20`) and the overseas ones. */
const DEPARTEMENT = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[12346])$/;

/**
 * One city or intercommunality of `content/villes.yml`: where the map of France places it.
 * Coordinates are public reference data (city hall, or the seat of an intercommunality),
 * WGS 84 decimal degrees rounded to 2 decimals (about 1 km).
 */
export const villeSchema = z.strictObject({
	/** Exactly the `ville` value of the sheets, e.g. `Caen la Mer`. */
	nom: z.string().trim().min(1),
	/** Département code, quoted so `01` keeps its zero: `"14"`, `"2A"`, `"971"`. */
	departement: z
		.string()
		.trim()
		.refine((code) => DEPARTEMENT.test(code), 'un code de département : « 14 », « 2A », « 971 »'),
	/** Latitude, north positive: `49.18`. */
	latitude: z.number().min(-90).max(90),
	/** Longitude, east positive (west of Greenwich is negative): `-0.37`. */
	longitude: z.number().min(-180).max(180),
});

export type Ville = z.output<typeof villeSchema>;
