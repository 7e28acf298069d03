import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/content.ts';
import { formatProblem } from '../../src/contribution/validation/problem.ts';
import { checkVilles } from '../../src/contribution/validation/villes.ts';
import { territoireOf, territoireOfDepartement } from '../../src/schemas/ville.ts';

const check = (text: string | undefined, used: string[]) =>
	checkVilles(text, used).map(formatProblem);

const caen = `- nom: Caen
  departement: '14'
  latitude: 49.18
  longitude: -0.37
`;

describe('content/villes.yml', () => {
	it('gives coordinates to every city of the current sheets, and nothing more', () => {
		const villes = loadContent().fiches.map((f) => f.data.ville);
		expect(villes.length).toBeGreaterThan(0);
		expect(check(readFileSync('content/villes.yml', 'utf8'), villes)).toEqual([]);
	});
});

describe('checkVilles', () => {
	it('accepts a well-formed entry', () => {
		expect(check(caen, ['Caen'])).toEqual([]);
	});

	it('names the city without coordinates, the file, and what to add', () => {
		expect(check(caen, ['Caen', 'Trouville-sur-Mer'])).toEqual([
			'content/villes.yml fichier : avertissement : ville « Trouville-sur-Mer » sans coordonnées, absente de la carte — ajoutez une entrée « - nom: Trouville-sur-Mer » suivie des lignes « departement: "…" », « latitude: … » et « longitude: … » (code du département entre guillemets ; coordonnées de la mairie ou du siège de l’intercommunalité en degrés décimaux à 2 décimales, par exemple 49.18 et -0.37)',
		]);
	});

	it('points at a near spelling instead of asking for a new entry', () => {
		expect(check(caen.replace('Caen', 'Caen-la-Mer'), ['Caen la Mer'])).toEqual([
			'content/villes.yml fichier : avertissement : ville « Caen la Mer » sans coordonnées, absente de la carte — l’entrée « Caen-la-Mer » est-elle la même ville ? Écrivez son nom exactement comme la clé « ville » des fiches : « Caen la Mer »',
		]);
	});

	it('asks for the file when it is missing', () => {
		expect(check(undefined, ['Caen', 'Lille'])[0]).toMatch(
			/^content\/villes\.yml fichier : avertissement : fichier absent : la carte des villes a besoin des coordonnées de Caen, Lille — créez content\/villes\.yml/,
		);
	});

	it('reports malformed entries with their line, without calling the city missing', () => {
		const text = `- nom: Caen
  departement: 14
  latitude: "49.18"
  longitude: -0.37
  pays: France
- Lille
`;
		expect(check(text, ['Caen'])).toEqual([
			'content/villes.yml:2 [0].departement : type incorrect : attendu un texte, trouvé le nombre 14 — mettez la valeur entre guillemets : « departement: "14" »',
			'content/villes.yml:3 [0].latitude : type incorrect : attendu un nombre, trouvé le texte « 49.18 » — retirez les guillemets : « latitude: 49.18 »',
			'content/villes.yml:5 [0].pays : clé inconnue (clés possibles : nom, departement, latitude, longitude)',
			'content/villes.yml:6 [1] : type incorrect : attendu un groupe de clés, trouvé le texte « Lille » — écrivez les sous-clés sur les lignes suivantes, indentées de deux espaces (clés possibles : nom, departement, latitude, longitude)',
		]);
	});

	it('refuses an unknown département code', () => {
		expect(check(caen.replace("'14'", "'20'"), ['Caen'])).toEqual([
			'content/villes.yml:2 [0].departement : attendu un code de département : « 14 », « 2A », « 971 », trouvé « 20 »',
		]);
	});

	it('reports a duplicate entry at its line', () => {
		expect(check(caen + caen, ['Caen'])).toEqual([
			'content/villes.yml:5 [1].nom : ville « Caen » en double (déjà décrite ligne 1) — gardez une seule entrée',
		]);
	});

	it('refuses coordinates outside France and spots swapped latitude and longitude', () => {
		expect(check(caen.replace('49.18', '52.52').replace('-0.37', '13.4'), ['Caen'])).toEqual([
			'content/villes.yml:1 [0].latitude : « Caen » : latitude 52.52, longitude 13.4 hors de France (France métropolitaine, Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) — vérifiez les coordonnées de la mairie (la longitude est négative à l’ouest de Greenwich)',
		]);
		expect(
			check(caen.replace('49.18', 'X').replace('-0.37', '49.18').replace('X', '-0.37'), ['Caen']),
		).toEqual([
			'content/villes.yml:1 [0].latitude : « Caen » : latitude -0.37, longitude 49.18 hors de France (France métropolitaine, Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) — latitude et longitude sont inversées : écrivez « latitude: 49.18 » et « longitude: -0.37 »',
		]);
		expect(check(caen.replace('49.18', '149.18'), ['Caen'])[0]).toContain(
			'[0].latitude : valeur trop grande',
		);
	});

	it('checks the département against the territory', () => {
		expect(check(caen.replace("'14'", "'974'"), ['Caen'])).toEqual([
			'content/villes.yml:1 [0].departement : « Caen » : le département « 974 » est en La Réunion, mais les coordonnées sont en France métropolitaine — corrigez l’un ou l’autre',
		]);
	});

	it('warns about an entry no sheet uses', () => {
		expect(check(caen, [])).toEqual([
			'content/villes.yml:1 [0].nom : avertissement : ville « Caen » utilisée par aucune fiche — supprimez l’entrée si la ville n’a plus de fiche',
		]);
	});

	it('reports broken YAML at its line', () => {
		expect(check(`${caen}- nom: [Lille\n`, ['Caen'])[0]).toMatch(
			/^content\/villes\.yml:5 yaml : syntaxe YAML invalide/,
		);
	});
});

describe('territories', () => {
	it('finds the territory of a point and of a département', () => {
		expect(territoireOf(-0.37, 49.18)?.code).toBe('metropole');
		expect(territoireOf(9.45, 42.7)?.code).toBe('metropole');
		expect(territoireOf(55.45, -20.88)?.code).toBe('reunion');
		expect(territoireOf(-52.33, 4.94)?.code).toBe('guyane');
		expect(territoireOf(13.4, 52.52)).toBeUndefined();
		expect(territoireOfDepartement('2A').code).toBe('metropole');
		expect(territoireOfDepartement('976').code).toBe('mayotte');
	});
});
