import { z } from 'zod';
import { MONTH_NAMES, isStrictDate } from '../../schemas/date.ts';
import { FIELD } from '../../schemas/fields.ts';
import { SECTIONS, type SectionTitre } from '../../schemas/fiche.ts';
import { foldAccents } from '../../schemas/slug.ts';
import {
	DETERMINANTS,
	PUBLICS,
	TYPES,
	type DeterminantCode,
	type PublicCode,
	type TypeCode,
} from '../../schemas/vocabulary.ts';
import { suggest } from '../suggest.ts';
import { flatText, isBlank, normalizeBlocks, plainLines, sliceParagraph } from './blocks.ts';
import type { Block, DocxDocument, Paragraph } from './docx.ts';
import type { FicheDraft } from './fiche-writer.ts';
import { blocksToMarkdown } from './markdown.ts';

/**
 * Reads the RfVS form (sources/formulaire-fiche-action-2023.txt): a table of « label | answer » rows, the contact and
 * budget rows split in sub-rows, the ticked boxes of « Thématique(s) de l'action », and the free
 * answers. Labels are recognised by their words, accents and case aside, so a form whose layout
 * was touched (merged cells, answer typed after the label, label on two lines) still reads.
 */

/**
 * Lowercase without accents, `’` as `'`, one character for one character, so that an offset in
 * the folded text is the same offset in the original.
 */
function foldKeepingOffsets(text: string): string {
	let out = '';
	for (const char of text) {
		const base = foldAccents(char).toLowerCase();
		const folded = /[’‘]/.test(char) ? "'" : /[\u00A0\u202F]/.test(char) ? ' ' : base;
		out += folded.length === char.length ? folded : char;
	}
	return out;
}

type RowField =
	| 'ville'
	| 'date'
	| 'contact'
	| 'contact.nom'
	| 'contact.fonction'
	| 'contact.service'
	| 'contact.email'
	| 'presentation'
	| 'periode'
	| 'echelle'
	| 'porteur'
	| 'role_collectivite'
	| 'services'
	| 'partenaires'
	| 'budget'
	| 'budget.fonctionnement'
	| 'budget.investissement'
	| 'budget.contribution'
	| 'budget.financeurs'
	| 'thematiques'
	| 'publics'
	| 'description'
	| 'fin'
	| SectionTitre;

interface Label {
	field: RowField;
	/** Pattern on folded text, from the start of the cell. */
	pattern: string;
	/** The contact sub-labels (name, function…) count only inside the contact rows. */
	inContact?: true;
}

/** A question ends at its question mark (or, if someone removed it, with its first line). */
const QUESTION = '(?:[^?]*\\?|[^\\n]*)';
/** The budget rows start with a bullet on the form. */
const BULLET = '(?:[·•\\-–]\\s*)?';

/** A label of the field table as a pattern on folded text: its words, hyphens or spaces between. */
function labelPattern(label: string): string {
	return foldKeepingOffsets(label)
		.split(/[^a-z0-9']+/)
		.filter(Boolean)
		.join('[-\\s]*');
}

/** Most specific first: `budget.financeurs` before `partenaires`. */
const LABELS: readonly Label[] = [
	{ field: 'ville', pattern: labelPattern(FIELD.ville.label) },
	{ field: 'date', pattern: 'date(?:\\s+de\\s+redaction)?(?:\\s+de\\s+la\\s+fiche[- ]?action)?' },
	{
		field: 'contact',
		pattern: "personne\\s+a\\s+contacter(?:\\s+pour\\s+plus\\s+d'informations?)?",
	},
	{
		field: 'contact.nom',
		pattern: 'nom(?:\\s+et\\s+prenom)?|prenom(?:\\s+et\\s+nom)?',
		inContact: true,
	},
	{ field: 'contact.fonction', pattern: 'fonction', inContact: true },
	{
		field: 'contact.service',
		pattern: 'service(?:\\s*\\/\\s*direction)?|direction',
		inContact: true,
	},
	{
		field: 'contact.email',
		pattern: 'e-?mail|courriel|adresse\\s+(?:e-?mail|electronique|mail)',
		inContact: true,
	},
	{ field: 'presentation', pattern: `seriez[- ]vous\\s+interesse${QUESTION}` },
	{ field: 'periode', pattern: 'periode(?:\\s*\\/\\s*duree)?|duree' },
	{ field: 'echelle', pattern: 'echelle(?:\\s+de\\s+territoire)?(?:\\s+concernee?)?' },
	{ field: 'porteur', pattern: 'porteur(?:\\s*\\/\\s*pilote)?(?:\\s+principal)?' },
	{ field: 'role_collectivite', pattern: 'role\\s+de\\s+la\\s+collectivite' },
	{
		field: 'services',
		pattern: 'services\\s+et\\s+elus(?:\\s+de\\s+la\\s+collectivite)?(?:\\s+impliques)?',
	},
	{ field: 'budget.financeurs', pattern: `${BULLET}partenaires\\s+financiers` },
	{ field: 'partenaires', pattern: 'partenaires' },
	{
		field: 'budget.fonctionnement',
		pattern: `${BULLET}budget\\s+de\\s+fonctionnement(?:\\s+annuel)?(?:\\s*\\(reel\\s+ou\\s+estime\\))?`,
	},
	{
		field: 'budget.investissement',
		pattern: `${BULLET}budget\\s+d'investissement(?:\\s*\\(reel\\s+ou\\s+estime\\))?`,
	},
	{ field: 'budget.contribution', pattern: `${BULLET}contribution\\s+de\\s+votre\\s+collectivite` },
	{ field: 'budget', pattern: 'budget' },
	// Not on the 2023 form: a `publics` row added by a city or a later form.
	{ field: 'publics', pattern: 'publics?(?:\\s+(?:concernes?|vises?|cibles?))?' },
	{ field: 'thematiques', pattern: "thematique(?:\\(s\\)|s)?\\s+de\\s+l'action" },
	{ field: 'description', pattern: "description\\s+de\\s+l'action(?:\\s*\\([^)]*\\))?" },
	{
		field: 'Prise en compte de la santé mentale',
		pattern: `la\\s+sante\\s+mentale\\s+a[- ]t[- ]elle\\s+ete\\s+explicitement${QUESTION}(?:\\s*comment\\s*\\?)?`,
	},
	{ field: 'Facteurs favorables', pattern: `quels\\s+facteurs\\s+ont\\s+favorise${QUESTION}` },
	{
		field: 'Difficultés',
		pattern: `quels\\s+facteurs\\s+l'ont\\s+mise?\\s+en\\s+difficulte${QUESTION}`,
	},
	{
		field: 'Inégalités sociales et territoriales',
		pattern: `l'action\\s+a[- ]t[- ]elle\\s+contribue\\s+a\\s+reduire${QUESTION}`,
	},
	{
		field: 'Apprentissages',
		pattern: `la\\s+mise\\s+en\\s+(?:œ|oe)uvre\\s+de\\s+cette\\s+action${QUESTION}`,
	},
	{
		field: 'Effets sur la santé mentale',
		pattern: `en\\s+quoi\\s+cette\\s+action\\s+contribue[- ]t[- ]elle\\s+a\\s+ameliorer${QUESTION}(?:\\s*\\([^)]*\\))?`,
	},
	{
		field: 'Santé mentale dans toutes les politiques',
		pattern: `en\\s+quoi\\s+cette\\s+action\\s+contribue[- ]t[- ]elle\\s+a\\s+integrer${QUESTION}`,
	},
	{ field: 'fin', pattern: "n'hesitez\\s+pas\\s+a\\s+nous\\s+transmettre" },
];

/** The form's own heading, after which its title box comes. */
const FORM_HEADING = /^\s*fiche[- ]?action\s*«/;

/**
 * A label at the start of a cell, and what follows it in the same cell (an answer typed right
 * after the contact name label). Outside the table, only « Label : value » lines count.
 */
function matchLabel(
	blocks: readonly Block[],
	options: { inContact: boolean; strict: boolean },
): { field: RowField; rest: Block[] } | undefined {
	const paragraphs = normalizeBlocks(blocks);
	const first = paragraphs[0];
	if (!first || first.type !== 'paragraph') return undefined;
	const texts = paragraphs.map((b) => (b.type === 'paragraph' ? flatText(b) : ''));
	const folded = foldKeepingOffsets(texts.join('\n'));
	for (const label of LABELS) {
		if (label.inContact && !options.inContact) continue;
		const end = options.strict ? '\\s*:\\s*' : '\\s*:?\\s*';
		const match = new RegExp(`^\\s*(?:${label.pattern})(?![\\p{L}\\p{N}])${end}`, 'u').exec(folded);
		if (!match) continue;
		let offset = match[0].length;
		let index = 0;
		while (index < texts.length && offset > texts[index]!.length) {
			offset -= texts[index]!.length + 1;
			index++;
		}
		const paragraph = paragraphs[index];
		const rest = paragraphs.slice(index + 1);
		if (paragraph?.type === 'paragraph') rest.unshift(sliceParagraph(paragraph, offset));
		return { field: label.field, rest: rest.filter((b) => !isBlank(b)) };
	}
	return undefined;
}

/** A piece of the document read as one: a paragraph outside the table, or one table cell. */
interface Unit {
	blocks: Block[];
	/** In the label column (or alone on its row), where a label can start the cell. */
	labelPosition: boolean;
	inTable: boolean;
}

function units(document: DocxDocument): Unit[] {
	const out: Unit[] = [];
	for (const block of document.blocks) {
		if (block.type === 'paragraph') {
			out.push({ blocks: [block], labelPosition: true, inTable: false });
			continue;
		}
		for (const row of block.rows) {
			const cells = row.filter((cell) => !cell.continued);
			cells.forEach((cell, index) =>
				out.push({
					blocks: cell.blocks,
					labelPosition: cells.length === 1 || index < cells.length - 1,
					inTable: true,
				}),
			);
		}
	}
	return out;
}

interface RawAnswers {
	title: Paragraph | undefined;
	fields: Map<RowField, Block[]>;
}

function readRows(document: DocxDocument): RawAnswers {
	const fields = new Map<RowField, Block[]>();
	let field: RowField | undefined;
	let started = false;
	let candidates: Paragraph[] = [];
	let afterHeading = false;
	const append = (key: RowField, blocks: readonly Block[]) =>
		fields.set(key, [...(fields.get(key) ?? []), ...blocks]);
	for (const unit of units(document)) {
		const text = foldKeepingOffsets(
			unit.blocks.map((b) => (b.type === 'paragraph' ? flatText(b) : '')).join('\n'),
		);
		if (FORM_HEADING.test(text)) {
			afterHeading = true;
			candidates = [];
			continue;
		}
		const label = unit.labelPosition
			? matchLabel(unit.blocks, {
					inContact: field?.startsWith('contact') ?? false,
					strict: !unit.inTable,
				})
			: undefined;
		if (label) {
			append(label.field, label.rest);
			// Outside the table a label holds its answer on its own line: nothing else follows it.
			if (unit.inTable) {
				field = label.field;
				started = true;
			}
			continue;
		}
		if (!started) {
			for (const block of unit.blocks)
				if (block.type === 'paragraph' && !isBlank(block)) candidates.push(block);
			continue;
		}
		if (unit.inTable && field) append(field, unit.blocks);
	}
	// After the form's heading, its first line is the title box; without the heading, the line
	// just above the table is.
	const title = afterHeading ? candidates[0] : candidates.at(-1);
	return { title, fields };
}

/** The month names as the folded text spells them (`fevrier`, `aout`). */
const MONTHS = MONTH_NAMES.map((name) => foldAccents(name));

/**
 * `25.05.2023`, `25/05/23`, `05.2023`, `25 mai 2023`, `mai 2023` or `2023-05-25` to the
 * contract's `YYYY-MM-DD` / `YYYY-MM`; undefined when no real date is found.
 */
export function parseFormDate(text: string): string | undefined {
	const folded = foldKeepingOffsets(text);
	const pad = (n: string) => n.padStart(2, '0');
	const year = (y: string) => (y.length === 2 ? `20${y}` : y);
	const candidates: string[] = [];
	const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(folded);
	if (iso) candidates.push(iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`);
	const full = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/.exec(folded);
	if (full) candidates.push(`${year(full[3]!)}-${pad(full[2]!)}-${pad(full[1]!)}`);
	const monthYear = /(?<![\d./-])(\d{1,2})[./-](\d{4})\b/.exec(folded);
	if (monthYear) candidates.push(`${monthYear[2]}-${pad(monthYear[1]!)}`);
	const words = new RegExp(`\\b(?:(1er|\\d{1,2})\\s+)?(${MONTHS.join('|')})\\s+(\\d{4})\\b`).exec(
		folded,
	);
	if (words) {
		const month = pad(String(MONTHS.indexOf(words[2]!) + 1));
		candidates.push(
			words[1] ? `${words[3]}-${month}-${pad(words[1].replace('er', ''))}` : `${words[3]}-${month}`,
		);
	}
	return candidates.find(isStrictDate);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function oneLine(blocks: readonly Block[] | undefined): string | undefined {
	const lines = plainLines(blocks ?? []);
	return lines.length ? lines.join(' ') : undefined;
}

/** Several answer lines stay several lines (a YAML block), as the city wrote them. */
function text(blocks: readonly Block[] | undefined): string | undefined {
	const lines = plainLines(blocks ?? []);
	return lines.length ? lines.join('\n') : undefined;
}

/** One item per line or per `;`, trailing `;` and `,` dropped. */
function list(blocks: readonly Block[] | undefined): string[] | undefined {
	const items = plainLines(blocks ?? [])
		.flatMap((line) => line.split(/\s*;\s*/))
		.map((item) => item.replace(/[\s,;]+$/, '').trim())
		.filter(Boolean);
	return items.length ? items : undefined;
}

type Group = 'types' | 'territoire' | 'determinants';

/** How the form names each group of boxes, for the remarks. */
const GROUP_NAMES: Record<Group, string> = {
	types: FIELD.types.label,
	territoire: 'Spécificités du territoire',
	determinants: FIELD.determinants.label,
};

const GROUP_HEADINGS: readonly [Group, RegExp][] = [
	['types', /^\s*type\s+de\s+projet/],
	['territoire', /^\s*(?:eventuelles\s+)?specificites\s+du\s+territoire/],
	['determinants', /^\s*determinants\s+de\s+la\s+sante\s+mentale/],
];

const AUTRE = /^\s*autres?(?:\s*\(s\))?\s*[:,]?\s*(?:precisez)?\s*[:,]?/;
const FILLER = /^[\s.…_:,-]+|[\s.…_]+$/g;
const TICK = /^\s*(?:[xX✓✔✅]|\[[xX]\])\s+/;

function normalizeLabel(value: string): string {
	return foldKeepingOffsets(value)
		.replace(/\s+/g, ' ')
		.replace(/[\s.:;,]+$/, '')
		.trim();
}

function matchVocabulary<Code extends string>(
	text: string,
	vocabulary: readonly { code: Code; label: string }[],
): Code | undefined {
	const found = normalizeLabel(text);
	if (!found) return undefined;
	for (const { code, label } of vocabulary) {
		const expected = normalizeLabel(label);
		const shorter = Math.min(found.length, expected.length);
		if (
			found === expected ||
			(shorter >= 10 && (found.startsWith(expected) || expected.startsWith(found)))
		) {
			return code;
		}
	}
	const near = suggest(
		found,
		vocabulary.map((v) => normalizeLabel(v.label)),
	);
	return vocabulary.find((v) => normalizeLabel(v.label) === near)?.code;
}

interface Thematiques {
	types: TypeCode[];
	types_autre?: string;
	qpv: boolean;
	territoire_autre?: string;
	determinants: DeterminantCode[];
	determinants_autre?: string;
	remarques: string[];
}

/** One box and the words after it, up to the next box. */
interface Tick {
	checked: boolean;
	text: string;
}

function ticks(paragraph: Paragraph): { before: string; boxes: Tick[] } {
	let before = '';
	const boxes: Tick[] = [];
	for (const inline of paragraph.inlines) {
		const current = boxes.at(-1);
		if (inline.type === 'checkbox') boxes.push({ checked: inline.checked, text: '' });
		else if (current) current.text += inline.type === 'text' ? inline.text : ' ';
		else before += inline.type === 'text' ? inline.text : ' ';
	}
	const typed = TICK.exec(before);
	// « X Logement » typed instead of ticking the box.
	if (!boxes.length && typed)
		return { before: '', boxes: [{ checked: true, text: before.slice(typed[0].length) }] };
	return { before, boxes };
}

function readThematiques(blocks: readonly Block[]): Thematiques {
	const result: Thematiques = { types: [], qpv: false, determinants: [], remarques: [] };
	const autres: Record<Group, string[]> = { types: [], territoire: [], determinants: [] };
	let group: Group | undefined;
	let lastWasAutre = false;
	for (const block of normalizeBlocks(blocks)) {
		if (block.type !== 'paragraph') continue;
		const { before, boxes } = ticks(block);
		const heading = GROUP_HEADINGS.find(([, pattern]) => pattern.test(foldKeepingOffsets(before)));
		if (heading) {
			group = heading[0];
			lastWasAutre = false;
		} else if (!boxes.length && before.trim()) {
			if (group && lastWasAutre) autres[group].push(before.trim());
			else
				result.remarques.push(
					`texte non reconnu dans « Thématique(s) de l’action » : « ${before.trim()} »`,
				);
		}
		for (const box of boxes) {
			const folded = foldKeepingOffsets(box.text);
			const autre = AUTRE.exec(folded);
			if (autre) {
				const precision = box.text.slice(autre[0].length).replace(FILLER, '').trim();
				lastWasAutre = true;
				if (!group)
					result.remarques.push(
						'case « Autre » trouvée hors d’un groupe de cases : vérifiez les types, QPV et déterminants',
					);
				else if (precision) autres[group].push(precision);
				else if (box.checked)
					result.remarques.push(
						`case « Autre » cochée sans précision (${GROUP_NAMES[group]}) : demandez à la ville de préciser`,
					);
				if (group && precision && !box.checked) {
					result.remarques.push(
						`« Autre » précisé mais non coché (${GROUP_NAMES[group]}) : « ${precision} » repris, vérifiez`,
					);
				}
				continue;
			}
			lastWasAutre = false;
			if (!box.checked) continue;
			const type = group === 'types' || !group ? matchVocabulary(box.text, TYPES) : undefined;
			const determinant =
				group === 'determinants' || !group ? matchVocabulary(box.text, DETERMINANTS) : undefined;
			const qpv = (group === 'territoire' || !group) && /^\s*quartiers?/.test(folded);
			if (type && !result.types.includes(type)) result.types.push(type);
			else if (determinant && !result.determinants.includes(determinant))
				result.determinants.push(determinant);
			else if (qpv) result.qpv = true;
			else if (!type && !determinant) {
				result.remarques.push(
					`case cochée non reconnue : « ${box.text.trim()} » — ajoutez le code qui convient à la main`,
				);
			}
		}
	}
	const joined = (group: Group) =>
		autres[group].length ? { [`${group}_autre`]: autres[group].join(' ') } : {};
	return { ...result, ...joined('types'), ...joined('territoire'), ...joined('determinants') };
}

const DESCRIPTION_PARTS: readonly [SectionTitre, RegExp][] = [
	['Contexte', /^\s*contexte\s*(?::\s*|$)/],
	['Objectifs', /^\s*objectifs?(?:\s*\(s\))?\s*(?::\s*|$)/],
	['Déroulé', /^\s*deroule(?:\s+de\s+l'action)?\s*(?::\s*|$)/],
];

/**
 * Splits « Description de l'action » at its « Contexte : », « Objectif(s) : » and « Déroulé de
 * l'action : » lines, taken in that order only, so a sentence starting with « Objectif : » later
 * in the text stays where it is. Text before the first of them is context.
 */
function readDescription(blocks: readonly Block[]): Map<SectionTitre, Block[]> {
	const parts = new Map<SectionTitre, Block[]>();
	let current: SectionTitre = 'Contexte';
	let next = 0;
	for (const block of normalizeBlocks(blocks)) {
		if (block.type === 'paragraph') {
			const folded = foldKeepingOffsets(flatText(block));
			const index = DESCRIPTION_PARTS.findIndex(
				([, pattern], i) => i >= next && pattern.test(folded),
			);
			if (index !== -1) {
				const [title, pattern] = DESCRIPTION_PARTS[index]!;
				current = title;
				next = index + 1;
				const rest = sliceParagraph(block, pattern.exec(folded)![0].length);
				if (!isBlank(rest)) parts.set(current, [...(parts.get(current) ?? []), rest]);
				continue;
			}
		}
		parts.set(current, [...(parts.get(current) ?? []), block]);
	}
	return parts;
}

/** The publics row, one per line or per `;`, each matched to the closed list by its label. */
function readPublics(blocks: readonly Block[] | undefined, remarques: string[]): PublicCode[] {
	const codes: PublicCode[] = [];
	for (const item of list(blocks) ?? []) {
		const code =
			PUBLICS.find((p) => p.code === item.trim())?.code ?? matchVocabulary(item, PUBLICS);
		if (!code)
			remarques.push(
				`public non reconnu : « ${item} » — choisissez un code de la liste « publics » à la main`,
			);
		else if (!codes.includes(code)) codes.push(code);
	}
	return codes;
}

function readContact(fields: Map<RowField, Block[]>, remarques: string[]): FicheDraft['contact'] {
	const general = oneLine(fields.get('contact'));
	const nom = oneLine(fields.get('contact.nom'));
	const fonction = oneLine(fields.get('contact.fonction'));
	const service = oneLine(fields.get('contact.service'));
	const emailText = oneLine(fields.get('contact.email')) ?? general;
	const found = emailText ? EMAIL.exec(emailText)?.[0] : undefined;
	const email = found && z.email().safeParse(found).success ? found : undefined;
	if (emailText && fields.has('contact.email') && !email) {
		remarques.push(
			`adresse électronique du contact illisible : « ${emailText} » — écrivez-la dans « contact.email »`,
		);
	}
	if (general && !nom)
		remarques.push(
			`contact écrit d’un seul tenant : « ${general} » — répartissez-le entre nom, fonction, service et email`,
		);
	const name = nom ?? general;
	const contact = {
		...(name ? { nom: name } : {}),
		...(fonction ? { fonction } : {}),
		...(service ? { service } : {}),
		...(email ? { email } : {}),
	};
	return Object.keys(contact).length ? contact : undefined;
}

/** Everything the form says, as a draft; what it cannot say (partie, resume) stays missing. */
export function formToDraft(document: DocxDocument): FicheDraft {
	const { title, fields } = readRows(document);
	const remarques: string[] = [];
	const draft: FicheDraft = {};
	const titre = title
		? flatText(title)
				.replace(/\s+/g, ' ')
				.trim()
				.replace(/^\[(.*)\]$/, '$1')
				.trim()
		: '';
	// A form sent back blank still has the title box's own label in it.
	if (titre && foldKeepingOffsets(titre) !== foldKeepingOffsets(FIELD.titre.label))
		draft.titre = titre;
	const ville = oneLine(fields.get('ville'));
	if (ville) draft.ville = ville;
	const dateText = oneLine(fields.get('date'));
	const date = dateText ? parseFormDate(dateText) : undefined;
	if (date) draft.date = date;
	else if (dateText)
		remarques.push(`date illisible : « ${dateText} » — écrivez « date: AAAA-MM-JJ »`);

	for (const key of ['periode', 'echelle', 'porteur', 'role_collectivite'] as const) {
		const value = text(fields.get(key));
		if (value) draft[key] = value;
	}
	const services = list(fields.get('services'));
	if (services) draft.services = services;
	const partenaires = list(fields.get('partenaires'));
	if (partenaires) {
		// The answer may open with the city's own words for the list (Rennes: « Membres du comité
		// de pilotage : »), which the sheet keeps as the list's heading, not as a partner.
		const [first = '', ...rest] = partenaires;
		if (rest.length && /:$/.test(first)) {
			draft.partenaires_intitule = first.replace(/\s*:$/, '');
			draft.partenaires = rest;
		} else draft.partenaires = partenaires;
	}

	const budget: NonNullable<FicheDraft['budget']> = {};
	for (const key of ['fonctionnement', 'investissement', 'contribution'] as const) {
		const value = text(fields.get(`budget.${key}`));
		if (value) budget[key] = value;
	}
	const financeurs = list(fields.get('budget.financeurs'));
	if (financeurs) budget.financeurs = financeurs;
	if (Object.keys(budget).length) draft.budget = budget;
	const budgetNote = oneLine(fields.get('budget'));
	if (budgetNote)
		remarques.push(
			`texte écrit à côté de « ${FIELD.budget.label} : » : « ${budgetNote} » — reportez-le dans la bonne ligne de budget`,
		);

	const thematiques = readThematiques(fields.get('thematiques') ?? []);
	const { remarques: thematiqueRemarques, qpv, ...codes } = thematiques;
	if (codes.types.length) draft.types = codes.types;
	if (codes.types_autre) draft.types_autre = codes.types_autre;
	if (qpv) draft.qpv = true;
	if (codes.territoire_autre) draft.territoire_autre = codes.territoire_autre;
	if (codes.determinants.length) draft.determinants = codes.determinants;
	if (codes.determinants_autre) draft.determinants_autre = codes.determinants_autre;
	remarques.push(...thematiqueRemarques);

	const publics = readPublics(fields.get('publics'), remarques);
	if (publics.length) draft.publics = publics;

	const contact = readContact(fields, remarques);
	if (contact) draft.contact = contact;

	const sections: NonNullable<FicheDraft['sections']> = {};
	const description = readDescription(fields.get('description') ?? []);
	for (const [titre, blocks] of [...description, ...fields] as [string, Block[]][]) {
		const markdown = blocksToMarkdown(blocks);
		if (markdown && isSection(titre)) sections[titre] = markdown;
	}
	draft.sections = sections;
	if (remarques.length) draft.remarques = remarques;
	return draft;
}

const SECTION_TITLES = new Set<string>(SECTIONS.map((section) => section.titre));

function isSection(titre: string): titre is SectionTitre {
	return SECTION_TITLES.has(titre);
}
