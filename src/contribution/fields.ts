import { FIELD, fieldHelp, type FieldKey } from '../schemas/fields.ts';
import { SECTIONS, type SectionTitre } from '../schemas/fiche.ts';
import { FORM_DESCRIPTION, FORM_QUESTIONS, FORM_THEMATIQUES_LABEL } from '../schemas/formulaire.ts';
import { DETERMINANTS, PUBLICS, TYPES } from '../schemas/vocabulary.ts';
import { SECTION_HINTS } from './import/fiche-writer.ts';

/**
 * The online form's layout: one field per key of the sheet contract a city can answer, with the
 * labels, help and limits of the field table (src/schemas/fields.ts) and, for the body, the Word
 * form's questions (src/schemas/formulaire.ts). The page draws its inputs from this list and its
 * script reads them back by `key`; no label is written here.
 */
export type FieldKind =
	| 'text'
	| 'email'
	| 'date'
	| 'textarea'
	/** One value per line. */
	| 'list'
	| 'partie'
	| 'chapitre'
	/** Closed vocabulary: one checkbox per code. */
	| 'codes'
	| 'checkbox'
	| 'consent'
	/** `titre | https://…` per line. */
	| 'liens'
	/** Markdown of one body section. */
	| 'section';

export interface FormField {
	/** Contract key (`budget.fonctionnement`), or `section:<titre>` for a body section. */
	key: string;
	kind: FieldKind;
	label: string;
	help?: string;
	required: boolean;
	/** For `codes`: the vocabulary. */
	options?: readonly { code: string; label: string }[];
}

export interface FormGroup {
	id: string;
	/** The group's heading: a field's label, or empty when the page names it (fr.contribuer). */
	legend: string;
	fields: FormField[];
}

/**
 * Help written for people who edit the YAML (codes, `true`) is left to the form's own controls:
 * a checkbox needs no « true », a list of boxes no codes.
 */
const SYNTAX_HELP = new Set<FieldKey>([
	'types',
	'determinants',
	'publics',
	'qpv',
	'contact.public',
]);

function field(key: FieldKey, kind: FieldKind, extra: Partial<FormField> = {}): FormField {
	const help = SYNTAX_HELP.has(key) ? '' : fieldHelp(key);
	return {
		key,
		kind,
		label: FIELD[key].label,
		...(help ? { help } : {}),
		required: FIELD[key].required,
		...extra,
	};
}

const isRequired = (titre: SectionTitre) => SECTIONS.find((s) => s.titre === titre)!.requis;
/** A printed label as one line, without its trailing colon. */
const clean = (label: string) =>
	label
		.replace(/\n/g, ' ')
		.replace(/\s*:\s*$/, '')
		.trim();

export const FORM_GROUPS: readonly FormGroup[] = [
	{
		id: 'identite',
		legend: '',
		fields: [
			field('titre', 'text'),
			field('ville', 'text'),
			field('date', 'date'),
			field('partie', 'partie'),
			field('chapitre', 'chapitre'),
			field('resume', 'textarea'),
		],
	},
	{
		id: 'portage',
		legend: '',
		fields: [
			field('periode', 'text'),
			field('echelle', 'text'),
			field('porteur', 'text'),
			field('role_collectivite', 'textarea'),
			field('services', 'list'),
			field('partenaires', 'list'),
			field('partenaires_intitule', 'text'),
		],
	},
	{
		id: 'budget',
		legend: FIELD.budget.label,
		fields: [
			field('budget.fonctionnement', 'text'),
			field('budget.investissement', 'text'),
			field('budget.contribution', 'text'),
			field('budget.financeurs', 'list'),
		],
	},
	{
		id: 'thematiques',
		legend: clean(FORM_THEMATIQUES_LABEL),
		fields: [
			field('types', 'codes', { options: TYPES }),
			field('types_autre', 'text'),
			field('qpv', 'checkbox'),
			field('territoire_autre', 'text'),
			field('determinants', 'codes', { options: DETERMINANTS }),
			field('determinants_autre', 'text'),
			field('publics', 'codes', { options: PUBLICS }),
		],
	},
	{
		id: 'contact',
		legend: FIELD.contact.label,
		fields: [
			field('contact.nom', 'text'),
			field('contact.fonction', 'text'),
			field('contact.service', 'text'),
			field('contact.email', 'email'),
			field('contact.public', 'consent'),
		],
	},
	{
		id: 'description',
		legend: clean(FORM_DESCRIPTION.label),
		fields: FORM_DESCRIPTION.parts.map((part) => ({
			key: `section:${part.section}`,
			kind: 'section',
			label: clean(part.label),
			help: SECTION_HINTS[part.section],
			required: isRequired(part.section),
		})),
	},
	{
		id: 'questions',
		legend: '',
		fields: FORM_QUESTIONS.map((q) => ({
			key: `section:${q.section}`,
			kind: 'section',
			label: clean(q.question),
			required: isRequired(q.section),
		})),
	},
	{
		id: 'liens',
		legend: '',
		fields: [field('liens', 'liens')],
	},
];

/** Every field, in the form's order. */
export const FORM_FIELDS: readonly FormField[] = FORM_GROUPS.flatMap((g) => g.fields);

/**
 * The field a validator problem is about: its key (`budget.financeurs[0]` → `budget.financeurs`,
 * `liens[1].url` → `liens`), or for the body the section its message names.
 */
export function fieldOfProblem(key: string, message: string): FormField | undefined {
	if (key === 'corps') {
		const titre = /« ## ([^»]+?) »/.exec(message)?.[1];
		return titre ? FORM_FIELDS.find((f) => f.key === `section:${titre}`) : undefined;
	}
	const base = key.replace(/\[\d+\].*$/, '').replace(/\[\d+\]/g, '');
	return (
		FORM_FIELDS.find((f) => f.key === base) ?? FORM_FIELDS.find((f) => base.startsWith(`${f.key}.`))
	);
}
