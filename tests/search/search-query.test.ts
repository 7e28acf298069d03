import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../src/search/query.ts';

describe('normalizeQuery', () => {
	it('drops every French elided word, with a straight or a typographic apostrophe', () => {
		for (const elided of [
			'l',
			'd',
			'j',
			'm',
			'n',
			's',
			't',
			'c',
			'qu',
			'jusqu',
			'lorsqu',
			'puisqu',
		]) {
			expect(normalizeQuery(`${elided}'école`), elided).toBe('école');
			expect(normalizeQuery(`${elided}’école`), elided).toBe('école');
		}
	});
	it('gives the pairs of the issue the same query', () => {
		expect(normalizeQuery("l'école")).toBe(normalizeQuery('école'));
		expect(normalizeQuery('d’habitants')).toBe(normalizeQuery('habitants'));
		expect(normalizeQuery('L’Accès aux soins')).toBe('Accès soins');
	});
	it('strips elisions inside a longer query and after punctuation', () => {
		expect(normalizeQuery("santé mentale de l'enfant (d'abord)")).toBe(
			'santé mentale enfant (abord)',
		);
		expect(normalizeQuery("jusqu'à l'âge")).toBe('âge');
	});
	it('keeps words whose apostrophe is not an elided article', () => {
		expect(normalizeQuery('aujourd’hui')).toBe("aujourd'hui");
		expect(normalizeQuery("presqu'île quelqu'un")).toBe("presqu'île quelqu'un");
		expect(normalizeQuery("l'")).toBe("l'");
	});
	it('treats every apostrophe the same and tidies spaces', () => {
		expect(normalizeQuery('  entr‘aide   ʼx  ')).toBe("entr'aide 'x");
	});
	it('leaves out the little words every sheet holds, unless nothing else is left', () => {
		expect(normalizeQuery('santé mentale des jeunes')).toBe('santé mentale jeunes');
		expect(normalizeQuery('Accès AUX soins et à la culture')).toBe('Accès soins culture');
		expect(normalizeQuery('de la')).toBe('de la');
		// Only whole words: « dessin », « Lesneven », « entre » stay.
		expect(normalizeQuery('dessin Lesneven entre')).toBe('dessin Lesneven entre');
	});
});
