import { FIELD, lengthLimits } from '../../schemas/fields.ts';
import { SECTIONS, type FicheData, type SectionTitre } from '../../schemas/fiche.ts';
import { DETERMINANTS, PARTIES_THEMATIQUES, TYPES } from '../../schemas/vocabulary.ts';
import { slugify } from '../../schemas/slug.ts';

/**
 * What is known of a sheet before a person finishes it: every key is optional, and each
 * required key that is missing is written as a comment that says what to write, with no key, so
 * the validator refuses the sheet until someone decides.
 */
export type FicheDraft = Draft<FicheData> & {
	/** Markdown of each body section. */
	sections?: Partial<Record<SectionTitre, string>>;
	/** What a person must check, written as comments at the top of the frontmatter. */
	remarques?: string[];
};

/**
 * The sheet as zod reads it (`FicheData`, from src/schemas/fiche.ts) with every key optional,
 * down into its groups (`budget`, `contact`); a list stays a whole list of whole items.
 */
type Draft<T> = {
	[K in keyof T]?: NonNullable<T[K]> extends readonly unknown[]
		? NonNullable<T[K]>
		: NonNullable<T[K]> extends object
			? Draft<NonNullable<T[K]>>
			: NonNullable<T[K]>;
};

/** What each section answers: the form's question, for the comments of a new sheet. */
export const SECTION_HINTS: Record<SectionTitre, string> = {
	Contexte:
		'Pourquoi cette action ? Le territoire, le public, le constat de départ, qui a pris l’initiative.',
	Objectifs: 'Ce que l’action cherche à obtenir. Une liste à puces (« - ») convient bien.',
	Déroulé:
		'Comment l’action se passe : étapes, fréquence, lieux, intervenants, participation (chiffres réels seulement).',
	'Prise en compte de la santé mentale':
		'La santé mentale a-t-elle été explicitement prise en compte dans la construction ou le déroulé de l’action ? Comment ?',
	'Facteurs favorables': 'Quels facteurs ont favorisé le déroulé de l’action ?',
	Difficultés: 'Quels facteurs l’ont mise en difficulté ?',
	'Inégalités sociales et territoriales':
		'L’action a-t-elle contribué à réduire les inégalités sociales et/ou territoriales de santé ?',
	Apprentissages: 'La mise en œuvre de cette action a-t-elle permis de tirer des apprentissages ?',
	'Effets sur la santé mentale':
		'En quoi cette action contribue-t-elle à améliorer la santé mentale des habitants ? (impacts, effets ou résultats observés, éléments d’évaluation, indicateurs)',
	'Santé mentale dans toutes les politiques':
		'En quoi cette action contribue-t-elle à intégrer « la santé mentale dans toutes les politiques » ? (rapprochement entre services et entre élus, sensibilisation d’acteurs)',
};

/** `titre (« <label> », de 5 à 160 caractères)`: a key, its label and its limits. */
function named(key: 'titre' | 'ville' | 'date' | 'partie' | 'resume'): string {
	const limits = lengthLimits(FIELD[key]);
	return `${key} (« ${FIELD[key].label} »${limits ? `, ${limits}` : ''})`;
}

/** Comment lines for each required key a draft may lack. */
const PLACEHOLDERS = {
	titre: [`À COMPLÉTER — ${named('titre')} ; ajoutez la ligne « titre: … ».`],
	ville: [`À COMPLÉTER — ${named('ville')} : commune ou EPCI ; ajoutez la ligne « ville: … ».`],
	date: [`À COMPLÉTER — ${named('date')} ; ajoutez la ligne « date: AAAA-MM-JJ » (ou AAAA-MM).`],
	partie: [
		`À DÉCIDER — ${named('partie')} : où placer la fiche ; ajoutez la ligne « partie: N »`,
		'avec N parmi :',
		...PARTIES_THEMATIQUES.map((p) => `  ${p.numero} = ${p.titre}`),
	],
	chapitre: [
		'À DÉCIDER (facultatif) — chapitre : l’identifiant d’un chapitre de cette partie (noms des',
		'fichiers de content/chapitres/), par exemple « chapitre: lien-et-utilite-sociale ».',
	],
	resume: [
		`À ÉCRIRE — ${named('resume')} : une ou deux phrases qui disent ce que fait`,
		'l’action, pour les listes, la recherche et les cartes ; ajoutez la ligne « resume: … ».',
	],
	types: [
		'À DÉCIDER — types : au moins un type de démarche ; ajoutez la ligne « types: [code, code] »',
		'avec les codes :',
		...TYPES.map((t) => `  ${t.code} = ${t.label}`),
	],
	determinants: [
		'À DÉCIDER — determinants : au moins un déterminant ; ajoutez la ligne',
		'« determinants: [code, code] » avec les codes :',
		...DETERMINANTS.map((d) => `  ${d.code} = ${d.label}`),
	],
} as const;

const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * A string as a YAML scalar, plain when nothing in it could be read as YAML syntax (so sheets
 * look like the hand-written ones), quoted otherwise. Words that YAML 1.1 reads as booleans
 * (`no`, `on`) are quoted too: Astro's parser and ours must read the same text.
 */
export function yamlString(value: string, indent: string): string {
	if (value.includes('\n')) {
		if (/^\s/.test(value) || /[\u0000-\u0008\u000B-\u001F]/.test(value))
			return JSON.stringify(value);
		return `|-\n${value
			.split('\n')
			.map((line) => (line ? `${indent}  ${line}` : ''))
			.join('\n')}`;
	}
	const plain =
		/^[^\s\-?:,[\]{}#&*!|>'"%@`0-9+.~]/.test(value) &&
		!/\s$/.test(value) &&
		!/: |:$| #|\t/.test(value) &&
		!YAML_WORDS.test(value);
	if (plain) return value;
	if (/[\u0000-\u001F\u007F]/.test(value)) return JSON.stringify(value);
	return `'${value.replace(/'/g, "''")}'`;
}

function comment(lines: readonly string[]): string[] {
	return lines.flatMap((line) => line.split('\n')).map((line) => `# ${line}`.trimEnd());
}

function listLines(key: string, values: readonly string[] | undefined, indent: string): string[] {
	if (!values?.length) return [];
	return [`${indent}${key}:`, ...values.map((v) => `${indent}  - ${yamlString(v, `${indent}  `)}`)];
}

function scalarLine(key: string, value: string | undefined, indent = ''): string[] {
	return value === undefined ? [] : [`${indent}${key}: ${yamlString(value, indent)}`];
}

function frontmatter(draft: FicheDraft): string[] {
	const lines: string[] = [];
	if (draft.remarques?.length) {
		lines.push(
			...comment([
				'À VÉRIFIER avant publication, puis supprimez ces lignes :',
				...draft.remarques.map((r) => `- ${r}`),
			]),
		);
	}
	const required = (key: keyof typeof PLACEHOLDERS, present: boolean, line: () => string[]) =>
		lines.push(...(present ? line() : comment(PLACEHOLDERS[key])));
	required('titre', draft.titre !== undefined, () => scalarLine('titre', draft.titre));
	required('ville', draft.ville !== undefined, () => scalarLine('ville', draft.ville));
	// Dates stay plain, as in the hand-written sheets: the validator reads them as text.
	required('date', draft.date !== undefined, () => [`date: ${draft.date}`]);
	required('partie', draft.partie !== undefined, () => [`partie: ${draft.partie}`]);
	if (draft.chapitre) lines.push(`chapitre: ${draft.chapitre}`);
	else if (draft.partie === undefined) lines.push(...comment(PLACEHOLDERS.chapitre));
	required('resume', draft.resume !== undefined, () => scalarLine('resume', draft.resume));
	lines.push(...scalarLine('periode', draft.periode));
	lines.push(...scalarLine('echelle', draft.echelle));
	lines.push(...scalarLine('porteur', draft.porteur));
	lines.push(...scalarLine('role_collectivite', draft.role_collectivite));
	lines.push(...listLines('services', draft.services, ''));
	lines.push(...listLines('partenaires', draft.partenaires, ''));
	lines.push(...scalarLine('partenaires_intitule', draft.partenaires_intitule));
	const budget = [
		...scalarLine('fonctionnement', draft.budget?.fonctionnement, '  '),
		...scalarLine('investissement', draft.budget?.investissement, '  '),
		...scalarLine('contribution', draft.budget?.contribution, '  '),
		...listLines('financeurs', draft.budget?.financeurs, '  '),
	];
	if (budget.length) lines.push('budget:', ...budget);
	required('types', Boolean(draft.types?.length), () => [`types: [${draft.types?.join(', ')}]`]);
	lines.push(...scalarLine('types_autre', draft.types_autre));
	if (draft.qpv) lines.push('qpv: true');
	lines.push(...scalarLine('territoire_autre', draft.territoire_autre));
	required('determinants', Boolean(draft.determinants?.length), () => [
		`determinants: [${draft.determinants?.join(', ')}]`,
	]);
	lines.push(...scalarLine('determinants_autre', draft.determinants_autre));
	if (draft.publics?.length) lines.push(`publics: [${draft.publics.join(', ')}]`);
	const contact = draft.contact;
	if (contact && [contact.nom, contact.fonction, contact.service, contact.email].some(Boolean)) {
		lines.push(
			'contact:',
			...scalarLine('nom', contact.nom, '  '),
			...scalarLine('fonction', contact.fonction, '  '),
			...scalarLine('service', contact.service, '  '),
			...scalarLine('email', contact.email, '  '),
			'  # true seulement avec l’accord écrit de la personne : sinon ses coordonnées ne sont',
			'  # publiées nulle part (site, recherche, PDF, données ouvertes).',
			`  public: ${contact.public === true}`,
		);
	}
	if (draft.liens?.length) {
		lines.push('liens:');
		for (const lien of draft.liens)
			lines.push(
				`  - titre: ${yamlString(lien.titre, '    ')}`,
				`    url: ${yamlString(lien.url, '    ')}`,
			);
	}
	if (draft.images?.length) {
		lines.push('images:');
		for (const image of draft.images)
			lines.push(
				`  - src: ${yamlString(image.src, '    ')}`,
				`    alt: ${yamlString(image.alt, '    ')}`,
			);
	}
	if (draft.ordre !== undefined) lines.push(`ordre: ${draft.ordre}`);
	if (draft.statut) lines.push(`statut: ${draft.statut}`);
	lines.push(...scalarLine('source', draft.source));
	return lines;
}

function body(draft: FicheDraft, scaffold: boolean): string[] {
	const chunks: string[] = [];
	for (const { titre, requis } of SECTIONS) {
		const text = draft.sections?.[titre]?.trim();
		if (text) chunks.push(`## ${titre}\n\n${text}`);
		else if (scaffold) chunks.push(`## ${titre}\n\n<!-- ${SECTION_HINTS[titre]} -->`);
		else if (requis) {
			chunks.push(
				`<!-- À COMPLÉTER — section obligatoire « ## ${titre} » : le formulaire ne dit rien ici. Écrivez ce titre et son texte : ${SECTION_HINTS[titre]} -->`,
			);
		}
	}
	return chunks;
}

/**
 * A sheet file. `scaffold` (for `npm run new-sheet`) writes every section heading with a comment
 * saying what to write; otherwise only answered sections are written, and a missing required
 * one becomes a comment without its heading, which the validator refuses.
 */
export function renderFiche(draft: FicheDraft, { scaffold }: { scaffold: boolean }): string {
	return `---\n${frontmatter(draft).join('\n')}\n---\n\n${body(draft, scaffold).join('\n\n')}\n`;
}

/** `Caen` + `RCP Psy : réunion…` → `caen-rcp-psy-reunion…`, cut at a word within 60 characters. */
export function ficheSlug(...parts: readonly string[]): string {
	const slug = slugify(parts.join(' '));
	if (slug.length <= 60) return slug;
	const cut = slug.slice(0, 61);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 60);
}
