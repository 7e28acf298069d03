import { describe, expect, test } from 'vitest';
import { ficheSchema, type FicheInput } from '../../src/schemas/fiche.ts';
import { DETERMINANT_CODES, TYPE_CODES } from '../../src/schemas/vocabulary.ts';

const MINIMAL = {
	titre: 'Une action de test',
	ville: 'Testville',
	date: '2024-05-25',
	partie: 2,
	resume: 'Un résumé.',
	types: ['gouvernance'],
	determinants: ['logement'],
} as const satisfies FicheInput;

/** The sheet's issues as `path:code`, e.g. `contact.email:invalid_format`. */
function issues(overrides: Record<string, unknown>, without?: keyof typeof MINIMAL): string[] {
	const data: Record<string, unknown> = { ...MINIMAL, ...overrides };
	if (without) delete data[without];
	const result = ficheSchema.safeParse(data);
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.code}`);
}

test('a sheet with only the required keys is valid, with the defaults filled in', () => {
	expect(ficheSchema.parse(MINIMAL)).toEqual({ ...MINIMAL, qpv: false, statut: 'publie' });
});

test.each(['titre', 'ville', 'date', 'partie', 'resume', 'types', 'determinants'] as const)(
	'%s is required',
	(key) => expect(issues({}, key)).toEqual([`${key}:invalid_type`]),
);

describe('lengths', () => {
	test('titre has 5 to 160 characters, counted without surrounding spaces', () => {
		expect(issues({ titre: 'Abcde' })).toEqual([]);
		expect(issues({ titre: 'a'.repeat(160) })).toEqual([]);
		expect(issues({ titre: 'Abcd' })).toEqual(['titre:too_small']);
		expect(issues({ titre: '   Abcd   ' })).toEqual(['titre:too_small']);
		expect(issues({ titre: 'a'.repeat(161) })).toEqual(['titre:too_big']);
	});

	test('resume has 1 to 300 characters', () => {
		expect(issues({ resume: 'a'.repeat(300) })).toEqual([]);
		expect(issues({ resume: 'a'.repeat(301) })).toEqual(['resume:too_big']);
		expect(issues({ resume: '  ' })).toEqual(['resume:too_small']);
	});

	test('free texts are not blank', () => {
		expect(issues({ ville: ' ', porteur: '', services: ['Service santé', ''] })).toEqual([
			'ville:too_small',
			'porteur:too_small',
			'services.1:too_small',
		]);
	});
});

describe('closed lists', () => {
	test('every type and determinant of the vocabulary is accepted', () => {
		expect(issues({ types: TYPE_CODES, determinants: DETERMINANT_CODES })).toEqual([]);
	});

	test('types and determinants hold at least one value', () => {
		expect(issues({ types: [], determinants: [] })).toEqual([
			'types:too_small',
			'determinants:too_small',
		]);
	});

	test('a value outside the list is refused, case included', () => {
		expect(
			issues({ types: ['gouvernance', 'sport'], determinants: ['logment'], statut: 'Brouillon' }),
		).toEqual(['types.1:invalid_value', 'determinants.0:invalid_value', 'statut:invalid_value']);
	});

	test('a single value is not a list', () => {
		expect(issues({ types: 'gouvernance' })).toEqual(['types:invalid_type']);
	});
});

describe('date', () => {
	test.each(['2024-02-29', '2023-05'])('%s is accepted', (date) =>
		expect(issues({ date })).toEqual([]),
	);
	test.each(['2024-13-45', '2023-02-29', '2023-5-1', '2023-05-25T10:00:00Z'])(
		'%s is refused',
		(date) => expect(issues({ date })).toEqual(['date:custom']),
	);
	test('a bare year read as a number is refused', () =>
		expect(issues({ date: 2023 })).toEqual(['date:invalid_type']));
});

describe('partie', () => {
	test.each([1, 2, 3, 4, 5, 6])('%i is a part that holds sheets', (partie) =>
		expect(issues({ partie })).toEqual([]),
	);
	test.each([
		[0, 'too_small'],
		[7, 'too_big'],
		[2.5, 'invalid_type'],
		['2', 'invalid_type'],
	])('%j is refused (%s)', (partie, code) =>
		expect(issues({ partie })).toEqual([`partie:${code}`]),
	);
});

test('chapitre is a slug', () => {
	expect(issues({ chapitre: 'lien-et-utilite-sociale' })).toEqual([]);
	for (const chapitre of ['Lien-et-utilite', 'lien--social', 'lien_social', 'utilité', '-lien'])
		expect(issues({ chapitre })).toEqual(['chapitre:invalid_format']);
});

describe('contact', () => {
	test('is never public unless it says so', () => {
		expect(ficheSchema.parse({ ...MINIMAL, contact: { nom: 'Camille Martin' } }).contact).toEqual({
			nom: 'Camille Martin',
			public: false,
		});
		expect(ficheSchema.parse({ ...MINIMAL, contact: { public: true } }).contact?.public).toBe(true);
	});

	test('public is a boolean, not a French word', () => {
		expect(issues({ contact: { public: 'oui' } })).toEqual(['contact.public:invalid_type']);
	});

	test('email must be an address', () => {
		expect(issues({ contact: { email: 'camille.martin@testville.fr' } })).toEqual([]);
		for (const email of [
			'camille.martin@testville',
			'camille.martin',
			'camille martin@testville.fr',
		])
			expect(issues({ contact: { email } })).toEqual(['contact.email:invalid_format']);
	});
});

test('liens are web addresses with their protocol', () => {
	const lien = (url: string) => ({ liens: [{ titre: 'Site', url }] });
	expect(issues(lien('https://www.testville.fr'))).toEqual([]);
	expect(issues(lien('http://www.testville.fr'))).toEqual([]);
	for (const url of ['www.testville.fr', 'ftp://testville.fr', 'javascript:alert(1)'])
		expect(issues(lien(url))).toEqual(['liens.0.url:invalid_format']);
	expect(issues({ liens: [{ url: 'https://www.testville.fr' }] })).toEqual([
		'liens.0.titre:invalid_type',
	]);
});

test('images need a non-empty alt', () => {
	expect(issues({ images: [{ src: '../medias/a.jpg', alt: 'Un atelier' }] })).toEqual([]);
	expect(issues({ images: [{ src: '../medias/a.jpg' }] })).toEqual(['images.0.alt:invalid_type']);
	expect(issues({ images: [{ src: '../medias/a.jpg', alt: ' ' }] })).toEqual([
		'images.0.alt:too_small',
	]);
});

test('qpv is a boolean that defaults to false', () => {
	expect(ficheSchema.parse({ ...MINIMAL, qpv: true }).qpv).toBe(true);
	expect(issues({ qpv: 'Non' })).toEqual(['qpv:invalid_type']);
	expect(issues({ qpv: 1 })).toEqual(['qpv:invalid_type']);
});

test('ordre is a positive integer', () => {
	expect(issues({ ordre: 1 })).toEqual([]);
	expect(issues({ ordre: 0 })).toEqual(['ordre:too_small']);
	expect(issues({ ordre: -1 })).toEqual(['ordre:too_small']);
	expect(issues({ ordre: 1.5 })).toEqual(['ordre:invalid_type']);
});

test('statut is brouillon or publie', () => {
	expect(ficheSchema.parse({ ...MINIMAL, statut: 'brouillon' }).statut).toBe('brouillon');
});

describe('unknown keys are refused everywhere', () => {
	test.each([
		[{ dat: '2024-05-25' }, 'unrecognized_keys'],
		[{ budget: { total: '3 €' } }, 'budget:unrecognized_keys'],
		[{ contact: { telephone: '01 23 45 67 89' } }, 'contact:unrecognized_keys'],
		[{ liens: [{ titre: 'Site', url: 'https://a.fr', type: 'pdf' }] }, 'liens.0:unrecognized_keys'],
		[{ images: [{ src: 'a.jpg', alt: 'A', legende: 'B' }] }, 'images.0:unrecognized_keys'],
	])('%j', (overrides, expected) =>
		expect(issues(overrides).map((i) => i.replace(/^:/, ''))).toEqual([expected]),
	);
});
