/**
 * The fields of an action sheet's frontmatter, in one table: key, French label, help, limits,
 * order and where each one shows. Labels are the wording of the RfVS form
 * (sources/formulaire-fiche-action-2023.txt) where the form has the field; every other module
 * (zod schema, JSON Schema, open data columns, identity box of the site and the PDF, Word
 * importer, `new-sheet`, the GitHub issue form, the online form) reads its labels and limits from
 * here, so a label is written once. Plain data and pure functions only: browser code imports it.
 */

/** Where a field's value is shown or asked. */
export type Surface =
	/** The sheet's header (title, city, summary): site page, PDF, cards, search results. */
	| 'en-tete'
	/** The identity box (« Carte d'identité de l'action ») of the site and of the PDF. */
	| 'identite'
	/** The open data exports (CSV and JSON). */
	| 'donnees'
	/** What a contributor is asked: the RfVS form, the issue form, `new-sheet`, the online form. */
	| 'formulaire';

export interface FieldSpec {
	/** The key as written in frontmatter: `titre`, `budget.fonctionnement`, `liens[].url`. */
	key: string;
	/** The French label, the same on every surface. */
	label: string;
	/** What to write, for a contributor (JSON Schema description, prompts, online form). */
	help: string;
	/** Required by the contract (a sub-key is required only when its parent is given). */
	required: boolean;
	/** Length limits of a text, in characters (trimmed). */
	min?: number;
	max?: number;
	shows: readonly Surface[];
}

/**
 * The bound of every other free text of the frontmatter, in characters: the longest real value
 * (`periode`) has 688. Without a bound, one value of megabytes costs every output minutes.
 */
export const FREE_TEXT_MAX = 1_000;

/** The bound of an address (`liens[].url`, links of the text): browsers and servers stop near it. */
export const URL_MAX = 2_000;

const F = ['formulaire'] as const;
const ID_DATA_FORM = ['identite', 'donnees', 'formulaire'] as const;

/** Every frontmatter key of the sheet contract (docs/fiche-action.md), in the file's order. */
export const FIELDS = [
	{
		key: 'titre',
		label: 'Nom de l’action',
		help: 'Le titre de la fiche.',
		required: true,
		min: 5,
		max: 160,
		shows: ['en-tete', 'donnees', 'formulaire'],
	},
	{
		key: 'ville',
		label: 'Ville-Santé',
		help: 'La commune ou l’EPCI, par exemple « Caen » ou « Rennes Métropole ».',
		required: true,
		shows: ['en-tete', 'identite', 'donnees', 'formulaire'],
	},
	{
		key: 'date',
		label: 'Date de rédaction de la fiche-action',
		help: 'AAAA-MM-JJ, ou AAAA-MM quand le jour n’est pas connu.',
		required: true,
		shows: ID_DATA_FORM,
	},
	{
		key: 'partie',
		label: 'Partie du guide',
		help: 'Le numéro de la partie (1 à 6) dont la fiche est un exemple.',
		required: true,
		shows: ['en-tete', 'donnees', 'formulaire'],
	},
	{
		key: 'chapitre',
		label: 'Chapitre de la partie',
		help: 'Facultatif : l’identifiant d’un chapitre de cette partie (nom d’un fichier de content/chapitres/ sans « .md »).',
		required: false,
		shows: ['donnees'],
	},
	{
		key: 'resume',
		label: 'Résumé de l’action',
		help: 'Une ou deux phrases pour les listes, la recherche et les cartes.',
		required: true,
		min: 1,
		max: 300,
		shows: ['en-tete', 'donnees', 'formulaire'],
	},
	{
		key: 'periode',
		label: 'Période/durée',
		help: 'Facultatif, par exemple « Depuis 2016 » ou « D’octobre à juin ».',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'echelle',
		label: 'Échelle de territoire concerné',
		help: 'Facultatif : ville, quartier, métropole…',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'porteur',
		label: 'Porteur/pilote principal',
		help: 'Facultatif.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'role_collectivite',
		label: 'Rôle de la collectivité',
		help: 'Facultatif : pilote, financeur, partenaire…',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'services',
		label: 'Services et élus de la collectivité impliqués',
		help: 'Facultatif : un par ligne.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'partenaires',
		label: 'Partenaires',
		help: 'Facultatif : un par ligne.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'partenaires_intitule',
		label: 'Intitulé de la liste des partenaires',
		help: 'Facultatif : les mots qui présentent la liste quand ce ne sont pas de simples partenaires, par exemple « Membres du comité de pilotage ».',
		required: false,
		max: 160,
		shows: ID_DATA_FORM,
	},
	{
		key: 'budget',
		label: 'Budget',
		help: 'Facultatif : seulement les lignes connues ; aucun chiffre inventé.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'budget.fonctionnement',
		label: 'Budget de fonctionnement annuel',
		help: 'Réel ou estimé.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'budget.investissement',
		label: 'Budget d’investissement',
		help: 'Réel ou estimé.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'budget.contribution',
		label: 'Contribution de votre collectivité',
		help: 'Ce que la collectivité apporte elle-même.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'budget.financeurs',
		label: 'Partenaires financiers',
		help: 'Un par ligne.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'types',
		label: 'Type de projet/démarche',
		help: 'Au moins un code : les cases cochées du formulaire.',
		required: true,
		shows: ID_DATA_FORM,
	},
	{
		key: 'types_autre',
		label: 'Autre type de projet/démarche',
		help: 'Facultatif : la case « Autre : précisez » du formulaire.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'qpv',
		label: 'Quartier(s) politique de la Ville',
		help: 'true si l’action concerne un quartier prioritaire (QPV).',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'territoire_autre',
		label: 'Autre spécificité du territoire concerné',
		help: 'Facultatif : la case « Autre(s) : précisez » des spécificités du territoire.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'determinants',
		label: 'Déterminants de la santé mentale concernés',
		help: 'Au moins un code : les cases cochées du formulaire.',
		required: true,
		shows: ID_DATA_FORM,
	},
	{
		key: 'determinants_autre',
		label: 'Autres déterminants concernés',
		help: 'Facultatif : la case « Autre(s) : précisez » des déterminants.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'publics',
		label: 'Publics concernés',
		help: 'Facultatif : les publics à qui l’action s’adresse, en codes.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'contact',
		label: 'Personne à contacter',
		help: 'Facultatif. Jamais publiée (site, recherche, PDF, données ouvertes) sans « public: true ».',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'contact.nom',
		label: 'Nom et prénom',
		help: 'Facultatif.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'contact.fonction',
		label: 'Fonction',
		help: 'Facultatif.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'contact.service',
		label: 'Service / Direction',
		help: 'Facultatif.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'contact.email',
		label: 'Adresse électronique',
		help: 'Une adresse complète : prenom.nom@ville.fr',
		required: false,
		shows: ID_DATA_FORM,
	},
	{
		key: 'contact.public',
		label: 'Publication du contact',
		help: 'true seulement avec l’accord écrit de la personne ; false (par défaut) : le contact reste interne.',
		required: false,
		shows: F,
	},
	{
		key: 'liens',
		label: 'Documents et liens complémentaires',
		help: 'Facultatif : un titre et une adresse complète par lien.',
		required: false,
		shows: ID_DATA_FORM,
	},
	{ key: 'liens[].titre', label: 'Titre du lien', help: '', required: true, shows: F },
	{
		key: 'liens[].url',
		label: 'Adresse du lien',
		help: 'Une adresse complète commençant par https://',
		required: true,
		shows: F,
	},
	{
		key: 'images',
		label: 'Illustrations',
		help: 'Facultatif : fichiers déposés dans content/medias/.',
		required: false,
		shows: ['identite', 'formulaire'],
	},
	{
		key: 'images[].src',
		label: 'Fichier de l’image',
		help: 'Chemin depuis la fiche, par exemple ../medias/atelier.jpg',
		required: true,
		shows: F,
	},
	{
		key: 'images[].alt',
		label: 'Texte alternatif',
		help: 'Obligatoire : ce que montre l’image, pour qui ne la voit pas.',
		required: true,
		shows: F,
	},
	{
		key: 'ordre',
		label: 'Position dans la partie',
		help: 'Facultatif ; sans elle, les fiches sont rangées par ville puis par titre.',
		required: false,
		shows: [],
	},
	{
		key: 'statut',
		label: 'Statut éditorial',
		help: 'publie (par défaut) ou brouillon (publiée avec la mention « texte provisoire »).',
		required: false,
		shows: ['en-tete', 'donnees'],
	},
	{
		key: 'source',
		label: 'Source de la fiche',
		help: 'Facultatif : d’où vient la fiche quand ce n’est pas un formulaire envoyé par la ville.',
		required: false,
		shows: ['identite', 'donnees'],
	},
] as const satisfies readonly FieldSpec[];

export type FieldKey = (typeof FIELDS)[number]['key'];

/** The table by key: `FIELD.titre.label`, `FIELD['budget.financeurs'].label`. */
export const FIELD = Object.fromEntries(FIELDS.map((f) => [f.key, f])) as {
	readonly [K in FieldKey]: Extract<(typeof FIELDS)[number], { key: K }>;
};

/** The label of a field. */
export function fieldLabel(key: FieldKey): string {
	return FIELD[key].label;
}

/** The field at a zod or YAML path (`['budget', 'financeurs', 0]`, `['liens', 2, 'url']`). */
export function fieldAt(path: readonly PropertyKey[]): FieldSpec | undefined {
	const key = path
		.map((segment) => (typeof segment === 'number' ? '[]' : String(segment)))
		.join('.')
		.replace(/\.\[\]/g, '[]');
	return FIELDS.find((f) => f.key === key) ?? FIELDS.find((f) => `${f.key}[]` === key);
}

/** The fields shown on one surface, in the table's order. */
export function fieldsShownIn(surface: Surface): FieldSpec[] {
	return FIELDS.filter((f) => (f.shows as readonly Surface[]).includes(surface));
}

/** « de 5 à 160 caractères », « 300 caractères au plus », or nothing for a free length. */
export function lengthLimits(field: FieldSpec): string | undefined {
	const min = field.min !== undefined && field.min > 1 ? field.min : undefined;
	if (min !== undefined && field.max !== undefined) return `de ${min} à ${field.max} caractères`;
	if (field.max !== undefined) return `${field.max} caractères au plus`;
	if (min !== undefined) return `au moins ${min} caractères`;
	return undefined;
}

/** The help of a field with its limits: what a prompt or an editor shows under the label. */
export function fieldHelp(key: FieldKey): string {
	const field: FieldSpec = FIELD[key];
	const limits = lengthLimits(field);
	return limits ? `${field.help.replace(/\.$/, '')}, ${limits}.` : field.help;
}

/** Whether a text fits the field's limits; the reason in French when it does not. */
export function checkLength(key: FieldKey, text: string): string | undefined {
	const field: FieldSpec = FIELD[key];
	const length = text.trim().length;
	const fits =
		(field.min === undefined || length >= field.min) &&
		(field.max === undefined || length <= field.max);
	return fits ? undefined : `${length} caractères, attendu ${lengthLimits(field) ?? ''}`.trim();
}
