/**
 * The closed vocabularies of the handbook: project types, determinants of mental health, the
 * book's parts and editorial statuses. Codes are what contributors write in frontmatter; labels
 * are the exact French wording of the RfVS form (sources/formulaire-fiche-action-2023.txt) and of the book's slides
 * (sources/webinaire-2025-diapositives.txt), with the form's obvious slips fixed (« Éducation » for
 * its « Education ») and French no-break spaces. Everything that shows or checks a code reads it from here: the zod
 * schemas, validator messages, pages, search facets, the PDF and the exports.
 */

/** `types`: the first group of boxes on the form. */
export const TYPES = [
	{ code: 'gouvernance', label: 'Gouvernance, coordination' },
	{ code: 'cadre-de-vie', label: 'Agir sur un cadre de vie favorable à la santé mentale' },
	{ code: 'mode-de-vie', label: 'Permettre un mode de vie favorable à la santé mentale' },
	{ code: 'discriminations', label: 'Lutter contre toutes les formes de discriminations' },
	{ code: 'acces-aux-soins', label: 'Agir sur l’accès aux soins en santé mentale' },
] as const;

/** `determinants`: the third group of boxes on the form, in the form's order. */
export const DETERMINANTS = [
	{ code: 'nature', label: 'Nature, espaces verts et bleus' },
	{ code: 'logement', label: 'Logement' },
	{ code: 'bruit', label: 'Bruit, nuisances sonores' },
	{ code: 'transports', label: 'Transports et mobilité' },
	{
		code: 'risques',
		label: 'Perception des risques liés aux crises, aléas naturels ou accidents industriels',
	},
	{
		code: 'lieux-de-vie',
		label:
			'Lieux de vie, promoteurs de santé (écoles, établissements hospitaliers, milieu professionnel, lieux ‘apaisés’, etc.)',
	},
	{ code: 'urbanisme', label: 'Urbanisme' },
	{ code: 'lien-social', label: 'Lien social, utilité sociale' },
	{ code: 'soutien-social', label: 'Soutien social\u00a0: pair-aidance, écoute, etc.' },
	{ code: 'participation', label: 'Participation des habitants' },
	{ code: 'activite-physique', label: 'Activité physique et mobilités actives' },
	{ code: 'alimentation', label: 'Alimentation' },
	{ code: 'education', label: 'Éducation' },
	{ code: 'arts-culture', label: 'Arts et culture' },
	{ code: 'vie-citoyenne', label: 'Vie citoyenne, diversité' },
	{ code: 'exclusion', label: 'Exclusion sociale, discriminations' },
	{ code: 'sensibilisation', label: 'Sensibilisation, formation' },
	{ code: 'acces-aux-soins', label: 'Accès aux soins' },
] as const;

/**
 * The parts of the book. Number 0 is the introductory part, which holds no sheets. Titles of
 * parts 1-6 are verbatim from the book (spec/fiche-action.md). `slug` is the part's URL segment;
 * `couleur` is its accent, dark enough for 4.5:1 contrast as text on white.
 */
export const PARTIES = [
	{ numero: 0, slug: 'introduction', titre: 'Partie introductive', couleur: '#3d4a5c' },
	{ numero: 1, slug: 'cadre-de-vie', titre: 'Agir sur le cadre de vie', couleur: '#1f6f43' },
	{
		numero: 2,
		slug: 'action-communautaire',
		titre: 'Renforcer l’action communautaire',
		couleur: '#a0461d',
	},
	{
		numero: 3,
		slug: 'aptitudes-individuelles',
		titre: 'Soutenir le développement des aptitudes individuelles',
		couleur: '#6a3d9a',
	},
	{
		numero: 4,
		slug: 'acces-aux-soins',
		titre: 'Agir sur l’accès aux soins en santé mentale',
		couleur: '#0b5f8a',
	},
	{
		numero: 5,
		slug: 'enfants-jeunes-precarite',
		titre:
			'La santé mentale des enfants, des jeunes et des habitants en situation de précarité et enjeux pour les QPV',
		couleur: '#9b1c4a',
	},
	{
		numero: 6,
		slug: 'toutes-les-politiques',
		titre: 'Aller vers la santé mentale dans toutes les politiques',
		couleur: '#7a5a00',
	},
] as const;

/**
 * `publics`: who an action is for. Not on the 2023 form: added for readers who look for actions
 * by public (issue #14). A closed list, so that search and filters group sheets reliably.
 */
export const PUBLICS = [
	{ code: 'enfants', label: 'Enfants' },
	{ code: 'jeunes', label: 'Adolescents et jeunes' },
	{ code: 'etudiants', label: 'Étudiants' },
	{ code: 'familles', label: 'Parents et familles' },
	{ code: 'personnes-agees', label: 'Personnes âgées' },
	{ code: 'troubles-psychiques', label: 'Personnes vivant avec des troubles psychiques' },
	{ code: 'aidants', label: 'Aidants' },
	{ code: 'quartiers-prioritaires', label: 'Habitants des quartiers prioritaires' },
	{ code: 'professionnels', label: 'Professionnels et acteurs locaux' },
	{ code: 'elus-services', label: 'Élus et services de la collectivité' },
	{ code: 'tout-public', label: 'Tout public' },
] as const;

/** Editorial status of a sheet, part or chapter. */
export const STATUTS = [
	{ code: 'brouillon', label: 'Texte provisoire, en attente de relecture' },
	{ code: 'publie', label: 'Publié' },
] as const;

export type TypeCode = (typeof TYPES)[number]['code'];
export type DeterminantCode = (typeof DETERMINANTS)[number]['code'];
export type PublicCode = (typeof PUBLICS)[number]['code'];
export type Partie = (typeof PARTIES)[number];
export type PartieNumero = Partie['numero'];
export type StatutCode = (typeof STATUTS)[number]['code'];

export const TYPE_CODES = TYPES.map((t) => t.code) as [TypeCode, ...TypeCode[]];
export const DETERMINANT_CODES = DETERMINANTS.map((d) => d.code) as [
	DeterminantCode,
	...DeterminantCode[],
];
export const PUBLIC_CODES = PUBLICS.map((p) => p.code) as [PublicCode, ...PublicCode[]];
export const STATUT_CODES = STATUTS.map((s) => s.code) as [StatutCode, ...StatutCode[]];

/** Parts that hold sheets (1-6). */
export const PARTIES_THEMATIQUES = PARTIES.filter((p) => p.numero > 0);

export function typeLabel(code: TypeCode): string {
	return TYPES.find((t) => t.code === code)?.label ?? code;
}

export function determinantLabel(code: DeterminantCode): string {
	return DETERMINANTS.find((d) => d.code === code)?.label ?? code;
}

export function publicLabel(code: PublicCode): string {
	return PUBLICS.find((p) => p.code === code)?.label ?? code;
}

/** Returns the part with this number; throws on a number the schema should have refused. */
export function getPartie(numero: number): Partie {
	const partie = PARTIES.find((p) => p.numero === numero);
	if (!partie) throw new Error(`Partie inconnue : ${numero}`);
	return partie;
}
