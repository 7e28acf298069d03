import { describe, expect, test } from 'vitest';
import { SECTIONS } from '../../src/schemas/fiche.ts';
import { DETERMINANT_CODES, TYPE_CODES } from '../../src/schemas/vocabulary.ts';
import { editDistance, fold, suggest } from '../../src/contribution/suggest.ts';

const SECTION_TITLES = SECTIONS.map((s) => s.titre);

describe('suggest', () => {
	test.each([
		['logment', DETERMINANT_CODES, 'logement'],
		['logemnet', DETERMINANT_CODES, 'logement'],
		['arts-et-culture', DETERMINANT_CODES, 'arts-culture'],
		['activité-physique', DETERMINANT_CODES, 'activite-physique'],
		['lien', DETERMINANT_CODES, 'lien-social'],
		['GOUVERNANCE', TYPE_CODES, 'gouvernance'],
		['acces-aux-soin', TYPE_CODES, 'acces-aux-soins'],
		['Deroule', SECTION_TITLES, 'Déroulé'],
		['contexte', SECTION_TITLES, 'Contexte'],
		['Difficultes', SECTION_TITLES, 'Difficultés'],
	])('« %s » is a near miss', (found, allowed, expected) => {
		expect(suggest(found, allowed)).toBe(expected);
	});

	test.each([
		['sport', TYPE_CODES],
		['santé', DETERMINANT_CODES],
		['Résultats', SECTION_TITLES],
		['', TYPE_CODES],
		['   ', TYPE_CODES],
		['logement', []],
	])('« %s » suggests nothing', (found, allowed) => {
		expect(suggest(found, allowed)).toBeUndefined();
	});

	test('returns the allowed value as written, accents and capitals kept', () => {
		expect(suggest('prise en compte de la sante mentale', SECTION_TITLES)).toBe(
			'Prise en compte de la santé mentale',
		);
	});
});

describe('fold', () => {
	test('ignores case and accents', () => {
		expect(fold('Déroulé')).toBe('deroule');
		expect(fold('ÉDUCATION')).toBe('education');
	});

	test('ignores French typography: curly apostrophes and no-break spaces', () => {
		expect(fold('L’action\u00a0: «\u202fBien-être\u202f»')).toBe(fold("l'action : « Bien-etre »"));
		expect(fold('  Rennes   Métropole ')).toBe('rennes metropole');
	});
});

test('editDistance counts a swap of two letters as one edit', () => {
	expect(editDistance('logement', 'logement')).toBe(0);
	expect(editDistance('logmeent', 'logement')).toBe(1);
	expect(editDistance('logment', 'logement')).toBe(1);
	expect(editDistance('', 'abc')).toBe(3);
});
