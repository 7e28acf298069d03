import { describe, expect, it } from 'vitest';
import { citeFiche } from '../../src/lib/citation.ts';
import { formatDate, frenchTypography, NBSP, NNBSP } from '../../src/lib/typography.ts';
import { slugify, urls } from '../../src/lib/urls.ts';
import { editDistance, fold, suggest } from '../../src/lib/suggest.ts';

describe('frenchTypography', () => {
	it('makes spaces before ; ! ? narrow and unbreakable, and before : unbreakable', () => {
		expect(frenchTypography('Pourquoi ? Parce que ; enfin !')).toBe(
			`Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}!`,
		);
		expect(frenchTypography('Objectifs : agir')).toBe(`Objectifs${NBSP}: agir`);
	});
	it('puts narrow no-break spaces inside « »', () => {
		expect(frenchTypography('« Lien social »')).toBe(`«${NNBSP}Lien social${NNBSP}»`);
		expect(frenchTypography('«Lien»')).toBe(`«${NNBSP}Lien${NNBSP}»`);
	});
	it('turns straight apostrophes between letters into typographic ones', () => {
		expect(frenchTypography("l'accès aujourd'hui")).toBe('l’accès aujourd’hui');
	});
	it('leaves URLs, times and ratios alone and is idempotent', () => {
		const text = 'Voir https://villes-sante.com/x à 14:30, ratio 1:2.';
		expect(frenchTypography(text)).toBe(text);
		const once = frenchTypography('« Quoi ? » : oui !');
		expect(frenchTypography(once)).toBe(once);
	});
});

describe('formatDate', () => {
	it('writes dates the French way', () => {
		expect(formatDate('2023-05-25')).toBe('25 mai 2023');
		expect(formatDate('2023-05-01')).toBe('1er mai 2023');
		expect(formatDate('2023-09')).toBe('septembre 2023');
		expect(formatDate('2023-08-02')).toBe('2 août 2023');
	});
});

describe('urls and slugs', () => {
	it('slugifies city names', () => {
		expect(slugify('Saint-Quentin-en-Yvelines')).toBe('saint-quentin-en-yvelines');
		expect(slugify('Caen la Mer')).toBe('caen-la-mer');
		expect(slugify('Évreux')).toBe('evreux');
		expect(slugify('L’Haÿ-les-Roses')).toBe('l-hay-les-roses');
		expect(urls.ville('Rennes Métropole')).toBe('/villes/rennes-metropole/');
	});
});

describe('suggest', () => {
	it('finds near misses, ignoring accents and case', () => {
		expect(suggest('logment', ['nature', 'logement'])).toBe('logement');
		expect(suggest('Deroule', ['Contexte', 'Déroulé'])).toBe('Déroulé');
		expect(suggest('lien', ['lien-social', 'soutien-social'])).toBe('lien-social');
		expect(suggest('zzzzzz', ['nature', 'logement'])).toBeUndefined();
		expect(fold('ÉTÉ')).toBe('ete');
		expect(editDistance('ab', 'ba')).toBe(1);
	});
});

describe('citeFiche', () => {
	it('gives a ready citation with the address', () => {
		expect(
			citeFiche(
				{ ville: 'Caen', titre: 'RCP Psy', date: '2023-05-25' },
				'https://exemple.fr/fiches/caen-rcp-psy/',
			),
		).toBe(
			'Caen, « RCP Psy », fiche-action (25 mai 2023), dans Réseau français Villes-Santé, Repenser les actions de la ville au prisme de la santé mentale. Exemples d’actions des Villes-Santé, 2025. https://exemple.fr/fiches/caen-rcp-psy/',
		);
	});
});
