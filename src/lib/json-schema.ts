import { z } from 'zod';
import { ficheSchema } from '../schemas/fiche.ts';
import { DETERMINANTS, PARTIES_THEMATIQUES, STATUTS, TYPES } from '../schemas/vocabulary.ts';

/**
 * The sheet frontmatter as JSON Schema (draft 7, the version editors and validators read
 * best), generated from `ficheSchema` so it cannot say something else. Each key gets the French
 * title and help a contributor sees in an editor, and each code of a vocabulary its label
 * (`enumDescriptions`, read by VS Code and the YAML language server).
 */

type Json = { [key: string]: unknown };

/** Title and help of each key, by path (`budget.financeurs`, `liens[].url`). */
const KEYS: Record<string, [title: string, description: string]> = {
	titre: ['Nom de l’action', 'Le titre de la fiche, 5 à 160 caractères.'],
	ville: ['Ville-Santé', 'La commune ou l’EPCI, par exemple « Caen » ou « Rennes Métropole ».'],
	date: ['Date de rédaction', 'AAAA-MM-JJ, ou AAAA-MM quand le jour n’est pas connu.'],
	partie: ['Partie du livre', 'Le numéro de la partie (1 à 6) dont la fiche est un exemple.'],
	chapitre: [
		'Chapitre',
		'Facultatif : l’identifiant d’un chapitre de cette partie (nom d’un fichier de content/chapitres/ sans « .md »).',
	],
	resume: [
		'Résumé',
		'Une ou deux phrases, 300 caractères au plus, pour les listes, la recherche et les cartes.',
	],
	periode: ['Période/durée', 'Facultatif.'],
	echelle: ['Échelle de territoire concerné', 'Facultatif.'],
	porteur: ['Porteur/pilote principal', 'Facultatif.'],
	role_collectivite: ['Rôle de la collectivité', 'Facultatif.'],
	services: ['Services et élus de la collectivité impliqués', 'Facultatif : un par ligne.'],
	'services[]': ['Service ou élu', ''],
	partenaires: ['Partenaires', 'Facultatif : un par ligne.'],
	'partenaires[]': ['Partenaire', ''],
	budget: ['Budget', 'Facultatif : seulement les lignes connues ; aucun chiffre inventé.'],
	'budget.fonctionnement': ['Budget de fonctionnement annuel', 'Réel ou estimé.'],
	'budget.investissement': ['Budget d’investissement', 'Réel ou estimé.'],
	'budget.contribution': ['Contribution de votre collectivité', ''],
	'budget.financeurs': ['Partenaires financiers', 'Un par ligne.'],
	'budget.financeurs[]': ['Partenaire financier', ''],
	types: ['Type(s) de projet/démarche', 'Au moins un code : les cases cochées du formulaire.'],
	'types[]': ['Type de projet/démarche', ''],
	types_autre: ['Type de projet : autre', 'Facultatif : « Autre, précisez ».'],
	qpv: ['Quartier(s) politique de la Ville', 'true si l’action concerne un QPV.'],
	territoire_autre: ['Spécificités du territoire : autre', 'Facultatif : « Autre(s), précisez ».'],
	determinants: [
		'Déterminants de la santé mentale concernés',
		'Au moins un code : les cases cochées du formulaire.',
	],
	'determinants[]': ['Déterminant de la santé mentale', ''],
	determinants_autre: ['Déterminants : autre', 'Facultatif : « Autre(s), précisez ».'],
	contact: [
		'Personne à contacter',
		'Facultatif. Jamais publiée (site, recherche, PDF, données ouvertes) sans « public: true ».',
	],
	'contact.nom': ['Nom et prénom', ''],
	'contact.fonction': ['Fonction', ''],
	'contact.service': ['Service / Direction', ''],
	'contact.email': ['Adresse électronique', 'Une adresse complète : prenom.nom@ville.fr'],
	'contact.public': [
		'Publier le contact',
		'true seulement avec l’accord écrit de la personne ; false (par défaut) : le contact reste interne.',
	],
	liens: ['Documents et liens complémentaires', 'Facultatif.'],
	'liens[]': ['Lien', ''],
	'liens[].titre': ['Titre du lien', ''],
	'liens[].url': ['Adresse', 'Une adresse complète commençant par https://'],
	images: ['Illustrations', 'Facultatif : fichiers déposés dans content/medias/.'],
	'images[]': ['Illustration', ''],
	'images[].src': ['Fichier', 'Chemin depuis la fiche, par exemple ../medias/atelier.jpg'],
	'images[].alt': [
		'Texte alternatif',
		'Obligatoire : ce que montre l’image, pour qui ne la voit pas.',
	],
	ordre: [
		'Position dans la partie',
		'Facultatif ; sans elle, les fiches sont rangées par ville puis par titre.',
	],
	statut: [
		'Statut éditorial',
		'publie (par défaut) ou brouillon (publiée avec la mention « texte provisoire »).',
	],
	source: [
		'Source',
		'Facultatif : d’où vient la fiche quand ce n’est pas un formulaire envoyé par la ville.',
	],
};

/** Labels of each closed vocabulary, in the order of the schema's `enum`. */
const ENUM_LABELS: Record<string, ReadonlyMap<unknown, string>> = {
	'types[]': new Map(TYPES.map((t) => [t.code, t.label])),
	'determinants[]': new Map(DETERMINANTS.map((d) => [d.code, d.label])),
	statut: new Map(STATUTS.map((s) => [s.code, s.label])),
	partie: new Map(PARTIES_THEMATIQUES.map((p) => [p.numero, p.titre])),
};

/** The node with its French title and help first, then its own keys, its children annotated. */
function annotated(node: Json, path: string, used: Set<string>): Json {
	const out: Json = {};
	if (path) {
		const help = KEYS[path];
		if (!help)
			throw new Error(
				`clé « ${path} » sans titre ni description dans src/lib/json-schema.ts — ajoutez-les`,
			);
		used.add(path);
		out['title'] = help[0];
		if (help[1]) out['description'] = help[1];
	}
	Object.assign(out, node);
	// `date` is checked by a function (real calendar dates); the pattern says at least its form.
	if (path === 'date') Object.assign(out, { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' });
	const labels = ENUM_LABELS[path];
	if (labels) {
		// `partie` is bounded by minimum and maximum; a list lets editors offer the six parts.
		out['enum'] ??= [...labels.keys()];
		out['enumDescriptions'] = (out['enum'] as unknown[]).map((value) => labels.get(value) ?? '');
	}
	const properties = node['properties'] as Record<string, Json> | undefined;
	if (properties) {
		out['properties'] = Object.fromEntries(
			Object.entries(properties).map(([key, child]) => [
				key,
				annotated(child, path ? `${path}.${key}` : key, used),
			]),
		);
	}
	const items = node['items'] as Json | undefined;
	if (items) out['items'] = annotated(items, `${path}[]`, used);
	return out;
}

export function ficheJsonSchema(): Json {
	const schema = z.toJSONSchema(ficheSchema, {
		target: 'draft-7',
		// Contributors write the input: a key with a default is optional, not required.
		io: 'input',
		unrepresentable: 'any',
	}) as Json;
	const used = new Set<string>();
	const { $schema, ...rest } = annotated(schema, '', used);
	const unused = Object.keys(KEYS).filter((key) => !used.has(key));
	if (unused.length) {
		throw new Error(
			`descriptions de clés absentes du schéma : ${unused.join(', ')} — retirez-les de src/lib/json-schema.ts`,
		);
	}
	return {
		$schema,
		title: 'Fiche-action : en-tête YAML',
		description:
			'Les clés d’une fiche de content/fiches/ (contrat : CONTRIBUTING.md). Produit par « node scripts/export-schema.ts » depuis src/schemas/fiche.ts : ne pas modifier à la main.',
		...rest,
	};
}
