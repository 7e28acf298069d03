import {
	TERRITOIRES,
	territoireOf,
	territoireOfDepartement,
	VILLES_FILE,
	villeSchema,
	type Ville,
} from '../../schemas/ville.ts';
import { fold, suggest } from '../suggest.ts';
import type { Problem } from './problem.ts';
import { readYamlList } from './yaml-list.ts';

const TERRITOIRES_LIST = TERRITOIRES.map((t) => t.nom).join(', ');

/** What an editor pastes to add a city: the shape of one entry, ready to fill. */
function entryTemplate(nom: string): string {
	return `« - nom: ${nom} » suivie des lignes « departement: "…" », « latitude: … » et « longitude: … » (code du département entre guillemets ; coordonnées de la mairie ou du siège de l’intercommunalité en degrés décimaux à 2 décimales, par exemple 49.18 et -0.37)`;
}

/**
 * Checks `content/villes.yml`, the coordinates the map of France reads, against the `ville`
 * values the sheets use: every city has one well-formed entry inside France, so no city goes
 * missing from the map. Pure: the caller reads the file (`undefined` when it does not exist).
 */
export function checkVilles(
	text: string | undefined,
	villesUsed: readonly string[],
	file = `content/${VILLES_FILE}`,
): Problem[] {
	const problems: Problem[] = [];
	const error = (key: string, message: string, line?: number) =>
		problems.push({ file, ...(line ? { line } : {}), key, message, severity: 'erreur' });
	// A sheet that follows the public contract must publish even from a city the map does not
	// know yet: a missing city is a warning (the map lists it apart), never a build failure.
	const warn = (key: string, message: string) =>
		problems.push({ file, key, message, severity: 'avertissement' });
	const used = [...new Set(villesUsed)];

	if (text === undefined) {
		if (used.length === 0) return problems;
		warn(
			'fichier',
			`fichier absent : la carte des villes a besoin des coordonnées de ${used.join(', ')} — créez ${file} avec une entrée par ville, ${entryTemplate(used[0]!)}`,
		);
		return problems;
	}

	const villes: { ville: Ville; index: number; line: number | undefined }[] = [];
	const data = readYamlList(
		text,
		villeSchema,
		{
			file,
			first: 'nom',
			syntaxHint:
				'ses autres clés sont alignées sous « nom », et une valeur contenant « : », « [ » ou « # » se met entre guillemets',
			problems,
		},
		({ value: ville, index, line }) => villes.push({ ville, index, line }),
	);
	if (!data) return problems;

	const seen = new Map<string, number | undefined>();
	villes.forEach(({ ville, index, line }) => {
		const name = fold(ville.nom);
		if (seen.has(name)) {
			const first = seen.get(name);
			error(
				`[${index}].nom`,
				`ville « ${ville.nom} » en double${first ? ` (déjà décrite ligne ${first})` : ''} — gardez une seule entrée`,
				line,
			);
		}
		seen.set(name, line);

		const territoire = territoireOf(ville.longitude, ville.latitude);
		if (!territoire) {
			const swapped = territoireOf(ville.latitude, ville.longitude);
			error(
				`[${index}].latitude`,
				`« ${ville.nom} » : latitude ${ville.latitude}, longitude ${ville.longitude} hors de France (${TERRITOIRES_LIST})` +
					(swapped
						? ` — latitude et longitude sont inversées : écrivez « latitude: ${ville.longitude} » et « longitude: ${ville.latitude} »`
						: ' — vérifiez les coordonnées de la mairie (la longitude est négative à l’ouest de Greenwich)'),
				line,
			);
			return;
		}
		const expected = territoireOfDepartement(ville.departement);
		if (expected.code !== territoire.code)
			error(
				`[${index}].departement`,
				`« ${ville.nom} » : le département « ${ville.departement} » est en ${expected.nom}, mais les coordonnées sont en ${territoire.nom} — corrigez l’un ou l’autre`,
				line,
			);
	});

	const names = villes.map(({ ville }) => ville.nom);
	// An entry with a malformed key is already reported; calling its city missing would mislead.
	const written = new Set(data.map((item) => (item as { nom?: unknown } | null)?.nom));
	for (const nom of used) {
		if (written.has(nom)) continue;
		const near = suggest(nom, names);
		warn(
			'fichier',
			`ville « ${nom} » sans coordonnées, absente de la carte — ` +
				(near
					? `l’entrée « ${near} » est-elle la même ville ? Écrivez son nom exactement comme la clé « ville » des fiches : « ${nom} »`
					: `ajoutez une entrée ${entryTemplate(nom)}`),
		);
	}

	const usedSet = new Set(used);
	villes.forEach(({ ville, index, line }) => {
		if (usedSet.has(ville.nom) || used.some((nom) => suggest(nom, [ville.nom]))) return;
		problems.push({
			file,
			...(line ? { line } : {}),
			key: `[${index}].nom`,
			message: `ville « ${ville.nom} » utilisée par aucune fiche — supprimez l’entrée si la ville n’a plus de fiche`,
			severity: 'avertissement',
		});
	});
	return problems;
}
