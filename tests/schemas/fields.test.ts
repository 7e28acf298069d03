import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
	checkLength,
	FIELD,
	fieldAt,
	fieldHelp,
	FIELDS,
	fieldsShownIn,
	lengthLimits,
} from '../../src/schemas/fields.ts';
import { ficheSchema } from '../../src/schemas/fiche.ts';
import { PUBLICS } from '../../src/schemas/vocabulary.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every key path of a zod object, `budget.financeurs` and `liens[].url` included. */
function schemaKeys(schema: z.ZodType, prefix = ''): string[] {
	let node: z.ZodType = schema;
	// Optional and default wrappers hold the real schema.
	while (node instanceof z.ZodOptional || node instanceof z.ZodDefault)
		node = node.unwrap() as z.ZodType;
	if (node instanceof z.ZodArray) {
		const element = node.element as z.ZodType;
		return element instanceof z.ZodObject ? schemaKeys(element, `${prefix}[]`) : [];
	}
	if (!(node instanceof z.ZodObject)) return [];
	return Object.entries(node.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
		const path = prefix ? (prefix.endsWith('[]') ? `${prefix}.${key}` : `${prefix}.${key}`) : key;
		return [path, ...schemaKeys(child, path)];
	});
}

describe('the field table', () => {
	it('lists exactly the keys of the zod schema, in the schema’s order', () => {
		expect(FIELDS.map((f) => f.key)).toEqual(schemaKeys(ficheSchema));
	});

	it('gives every key a label, and no two keys the same label', () => {
		const labels = FIELDS.map((f) => f.label);
		expect(labels.every((l) => l.trim().length > 0)).toBe(true);
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('marks as required exactly what the schema requires', () => {
		const required = Object.entries(ficheSchema.shape)
			.filter(([, schema]) => !(schema as z.ZodType).safeParse(undefined).success)
			.map(([key]) => key);
		expect(FIELDS.filter((f) => f.required && !f.key.includes('.')).map((f) => f.key)).toEqual(
			required,
		);
	});

	it('bounds the schema by its limits', () => {
		const base = ficheSchema.shape;
		expect(base.titre.safeParse('x'.repeat(FIELD.titre.min)).success).toBe(true);
		expect(base.titre.safeParse('x'.repeat(FIELD.titre.min - 1)).success).toBe(false);
		expect(base.titre.safeParse('x'.repeat(FIELD.titre.max + 1)).success).toBe(false);
		expect(base.resume.safeParse('x'.repeat(FIELD.resume.max)).success).toBe(true);
		expect(base.resume.safeParse('x'.repeat(FIELD.resume.max + 1)).success).toBe(false);
	});

	it('words limits and help in French', () => {
		expect(lengthLimits(FIELD.titre)).toBe('de 5 à 160 caractères');
		expect(lengthLimits(FIELD.resume)).toBe('300 caractères au plus');
		expect(lengthLimits(FIELD.ville)).toBeUndefined();
		expect(fieldHelp('titre')).toBe('Le titre de la fiche, de 5 à 160 caractères.');
		expect(checkLength('titre', 'Abc')).toBe('3 caractères, attendu de 5 à 160 caractères');
		expect(checkLength('titre', '  Assez long  ')).toBeUndefined();
	});

	it('finds the field of a zod or YAML path', () => {
		expect(fieldAt(['budget', 'financeurs', 0])?.key).toBe('budget.financeurs');
		expect(fieldAt(['liens', 2, 'url'])?.key).toBe('liens[].url');
		expect(fieldAt(['publics', 1])?.key).toBe('publics');
		expect(fieldAt(['inconnue'])).toBeUndefined();
	});

	it('says where each field shows', () => {
		expect(fieldsShownIn('identite').map((f) => f.key)).toContain('publics');
		expect(fieldsShownIn('identite').map((f) => f.key)).not.toContain('titre');
	});
});

describe('the issue form « Proposer une fiche-action »', () => {
	interface FormField {
		id?: string;
		attributes: { label?: string; value?: string; options?: { label: string }[] };
	}
	const body = (
		parse(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE/proposer-une-fiche.yml'), 'utf8')) as {
			body: FormField[];
		}
	).body;

	it('labels each question of a frontmatter key with the table’s label', () => {
		const asked = body.filter((f) => f.id && f.id in FIELD);
		expect(asked.length).toBeGreaterThanOrEqual(15);
		for (const question of asked)
			expect([question.id, question.attributes.label]).toEqual([
				question.id,
				FIELD[question.id as keyof typeof FIELD].label,
			]);
	});

	it('offers the publics of the vocabulary, and the QPV box under its label', () => {
		const options = (id: string) =>
			(body.find((f) => f.id === id)?.attributes.options ?? []).map((o) => o.label);
		expect(options('publics')).toEqual(PUBLICS.map((p) => p.label));
		expect(options('territoire')).toEqual([FIELD.qpv.label]);
	});

	it('names the budget lines as the table does', () => {
		const budget = body.find((f) => f.id === 'budget')?.attributes.value ?? '';
		expect(budget.trim().split('\n')).toEqual(
			(['fonctionnement', 'investissement', 'contribution', 'financeurs'] as const).map(
				(key) => `${FIELD[`budget.${key}`].label} :`,
			),
		);
	});
});
