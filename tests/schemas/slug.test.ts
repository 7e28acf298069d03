import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, foldAccents, slugify } from '../../src/schemas/slug.ts';
import { fold } from '../../src/contribution/suggest.ts';
import { ficheSlug } from '../../src/contribution/import/fiche-writer.ts';

describe('slugify', () => {
	it('spells the French ligatures out', () => {
		expect(slugify('Cœur')).toBe('coeur');
		expect(slugify('« Cœur de ville »')).toBe('coeur-de-ville');
		expect(slugify('ŒUVRE ET Æ')).toBe('oeuvre-et-ae');
	});

	it('drops accents and keeps the hyphens of compound names', () => {
		expect(slugify('Saint-Étienne')).toBe('saint-etienne');
		expect(slugify('Évreux')).toBe('evreux');
		expect(slugify('Saint-Quentin-en-Yvelines')).toBe('saint-quentin-en-yvelines');
		expect(slugify('Caen la Mer')).toBe('caen-la-mer');
	});

	it('turns an apostrophe, straight or curly, into a hyphen and folds the diaeresis', () => {
		expect(slugify('L’Haÿ-les-Roses')).toBe('l-hay-les-roses');
		expect(slugify("L'Haÿ-les-Roses")).toBe('l-hay-les-roses');
	});

	it('always gives a slug of the contract, or nothing', () => {
		for (const text of ['Cœur', 'Saint-Étienne', 'L’Haÿ-les-Roses', ' -- Aix  en Provence -- '])
			expect(slugify(text)).toMatch(SLUG_PATTERN);
		expect(slugify('« — »')).toBe('');
	});
});

describe('foldAccents', () => {
	it('keeps case and punctuation, removes only accents and ligatures', () => {
		expect(foldAccents('L’Haÿ-les-Roses')).toBe('L’Hay-les-Roses');
		expect(foldAccents('Cœur, ŒUVRE, Cæsar')).toBe('Coeur, OEUVRE, Caesar');
	});

	it('is what suggestions and sheet file names fold with', () => {
		expect(fold('Cœur')).toBe(fold('coeur'));
		expect(ficheSlug('Saint-Étienne', 'Cœur de ville')).toBe('saint-etienne-coeur-de-ville');
	});
});
