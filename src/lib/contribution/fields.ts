import { SECTIONS, type SectionTitre } from '../../schemas/fiche.ts';
import {
	FORM_BOX_GROUPS,
	FORM_DESCRIPTION,
	FORM_QUESTIONS,
	FORM_ROWS,
	FORM_THEMATIQUES_LABEL,
	FORM_TITLE_PLACEHOLDER,
	ONLINE_ONLY_FIELDS,
} from '../../schemas/formulaire.ts';
import { SECTION_HINTS } from '../import/fiche-writer.ts';

/**
 * The online form's layout: one field per key of the sheet contract a city can answer, with the
 * Word form's labels (src/schemas/formulaire.ts), grouped as on the form. The page draws its
 * inputs from this list and its script reads them back by `key`; no label is written twice.
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
	/** The form's own heading for the group; empty when the page names it (fr.contribuer). */
	legend: string;
	fields: FormField[];
}

/** A printed label as one line, without its trailing colon or leading bullet. */
const clean = (label: string) =>
	label
		.replace(/\n/g, ' ')
		.replace(/^·\s*/, '')
		.replace(/\s*:\s*$/, '')
		.trim();

const row = (key: string) => FORM_ROWS.find((r) => r.key === key)!;
const sub = (key: string) => FORM_ROWS.flatMap((r) => r.rows ?? []).find((r) => r.key === key)!;
const isRequired = (titre: SectionTitre) => SECTIONS.find((s) => s.titre === titre)!.requis;

function text(key: string, kind: FieldKind = 'text', required = false): FormField {
	return { key, kind, label: clean(row(key).label), required };
}

export const FORM_GROUPS: readonly FormGroup[] = [
	{
		id: 'identite',
		legend: '',
		fields: [
			{
				key: 'titre',
				kind: 'text',
				label: clean(FORM_TITLE_PLACEHOLDER.replace(/^\[|\]$/g, '')),
				required: true,
			},
			text('ville', 'text', true),
			text('date', 'date', true),
			{ key: 'partie', kind: 'partie', ...ONLINE_ONLY_FIELDS.partie, required: true },
			{ key: 'chapitre', kind: 'chapitre', ...ONLINE_ONLY_FIELDS.chapitre, required: false },
			{ key: 'resume', kind: 'textarea', ...ONLINE_ONLY_FIELDS.resume, required: true },
		],
	},
	{
		id: 'portage',
		legend: '',
		fields: [
			text('periode'),
			text('echelle'),
			text('porteur'),
			text('role_collectivite', 'textarea'),
			text('services', 'list'),
			text('partenaires', 'list'),
		],
	},
	{
		id: 'budget',
		legend: clean(row('budget').label),
		fields: [
			text('budget.fonctionnement'),
			text('budget.investissement'),
			text('budget.contribution'),
			text('budget.financeurs', 'list'),
		],
	},
	{
		id: 'thematiques',
		legend: clean(FORM_THEMATIQUES_LABEL),
		fields: FORM_BOX_GROUPS.flatMap((group): FormField[] => [
			group.key === 'qpv'
				? { key: 'qpv', kind: 'checkbox', label: group.boxes[0]!.label, required: false }
				: {
						key: group.key,
						kind: 'codes',
						label: clean(group.heading),
						required: true,
						options: group.boxes,
					},
			{ key: group.autre.key, kind: 'text', label: clean(group.autre.label), required: false },
		]),
	},
	{
		id: 'contact',
		legend: clean(row('contact').label),
		fields: [
			...(['contact.nom', 'contact.fonction', 'contact.service'] as const).map(
				(key): FormField => ({ key, kind: 'text', label: clean(sub(key).label), required: false }),
			),
			{
				key: 'contact.email',
				kind: 'email',
				label: clean(sub('contact.email').label),
				required: false,
			},
			{ key: 'contact.public', kind: 'consent', label: '', required: false },
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
		legend: ONLINE_ONLY_FIELDS.liens.label,
		fields: [{ key: 'liens', kind: 'liens', ...ONLINE_ONLY_FIELDS.liens, required: false }],
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
