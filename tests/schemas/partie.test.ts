import { describe, expect, test } from 'vitest';
import { chapitreSchema, partieSchema } from '../../src/schemas/partie.ts';

const codes = (result: {
	error?: { issues: { path: PropertyKey[]; code: string }[] } | undefined;
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('partieSchema', () => {
	const partie = { numero: 2, resume: 'Renforcer l’action communautaire.' };

	test('a part needs its number and summary; statut defaults to publie', () => {
		expect(partieSchema.parse(partie)).toEqual({ ...partie, statut: 'publie' });
		expect(codes(partieSchema.safeParse({}))).toEqual([
			'numero:invalid_type',
			'resume:invalid_type',
		]);
	});

	test('numbers run from 0 (the introduction) to 6, integers only', () => {
		for (const numero of [0, 6])
			expect(codes(partieSchema.safeParse({ ...partie, numero }))).toEqual([]);
		expect(codes(partieSchema.safeParse({ ...partie, numero: -1 }))).toEqual(['numero:too_small']);
		expect(codes(partieSchema.safeParse({ ...partie, numero: 7 }))).toEqual(['numero:too_big']);
		expect(codes(partieSchema.safeParse({ ...partie, numero: 1.5 }))).toEqual([
			'numero:invalid_type',
		]);
	});

	test('summary is 1 to 300 characters; unknown keys are refused', () => {
		expect(
			codes(partieSchema.safeParse({ ...partie, resume: 'a'.repeat(301), titre: 'X' })),
		).toEqual(['resume:too_big', ':unrecognized_keys']);
	});
});

describe('chapitreSchema', () => {
	const chapitre = { titre: 'Favoriser le lien', partie: 2, ordre: 1, resume: 'Le lien social.' };

	test('a chapter needs its title, part, position and summary; statut defaults to publie', () => {
		expect(chapitreSchema.parse(chapitre)).toEqual({ ...chapitre, statut: 'publie' });
		expect(codes(chapitreSchema.safeParse({}))).toEqual([
			'titre:invalid_type',
			'partie:invalid_type',
			'ordre:invalid_type',
			'resume:invalid_type',
		]);
	});

	test('titre has 3 to 160 characters', () => {
		expect(codes(chapitreSchema.safeParse({ ...chapitre, titre: 'Ab' }))).toEqual([
			'titre:too_small',
		]);
		expect(codes(chapitreSchema.safeParse({ ...chapitre, titre: 'a'.repeat(161) }))).toEqual([
			'titre:too_big',
		]);
	});

	test('chapters belong to parts 1-6, never to the introduction', () => {
		expect(codes(chapitreSchema.safeParse({ ...chapitre, partie: 0 }))).toEqual([
			'partie:too_small',
		]);
		expect(codes(chapitreSchema.safeParse({ ...chapitre, partie: 7 }))).toEqual(['partie:too_big']);
	});

	test('ordre is a positive integer; unknown keys are refused', () => {
		expect(codes(chapitreSchema.safeParse({ ...chapitre, ordre: 0, numero: 1 }))).toEqual([
			'ordre:too_small',
			':unrecognized_keys',
		]);
	});
});
