import { describe, expect, it } from 'vitest';
import { citeFiche } from '../../src/model/citation.ts';
import {
	formatDate,
	frenchTypography,
	NBSP,
	NNBSP,
	typeset,
} from '../../src/model/text/typography.ts';
import { urls } from '../../src/model/urls.ts';
import { editDistance, fold, suggest } from '../../src/contribution/suggest.ts';

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

	it('writes « » for a pair of straight double quotes, and leaves a lone one', () => {
		expect(frenchTypography('appelé "Vis ma vie". Les "prescriptions muséales"')).toBe(
			'appelé «\u202FVis ma vie\u202F». Les «\u202Fprescriptions muséales\u202F»',
		);
		expect(frenchTypography('("Ville amie")')).toBe('(«\u202FVille amie\u202F»)');
		expect(frenchTypography('un écran de 27" et " seul')).toBe('un écran de 27" et " seul');
		const once = frenchTypography('le projet "Vis ma vie" : oui');
		expect(frenchTypography(once)).toBe(once);
	});
});

describe('frenchTypography of dates, amounts and ellipses', () => {
	it('ties a day to its month', () => {
		expect(frenchTypography('Du 25 au 28 avril 2023, le 1er mai')).toBe(
			`Du 25 au 28${NBSP}avril 2023, le 1er${NBSP}mai`,
		);
		expect(frenchTypography('12 mais pas 3 maisons')).toBe('12 mais pas 3 maisons');
	});
	it('groups the thousands of an amount and ties « € » to it', () => {
		expect(frenchTypography('1000€ et 36 800 € puis 2x3000€')).toBe(
			`1${NNBSP}000${NBSP}€ et 36${NNBSP}800${NBSP}€ puis 2x3${NNBSP}000${NBSP}€`,
		);
		expect(frenchTypography('20 000 euros, 950€, 25356,6 €')).toBe(
			`20${NNBSP}000 euros, 950${NBSP}€, 25${NNBSP}356,6${NBSP}€`,
		);
	});
	it('leaves years and other numbers alone', () => {
		expect(frenchTypography('en 2023 400 € et 2024 habitants')).toBe(
			`en 2023 400${NBSP}€ et 2024 habitants`,
		);
	});
	it('writes « … » for three dots, and stays idempotent', () => {
		expect(frenchTypography('parents...)')).toBe('parents…)');
		const once = frenchTypography('« 1000€ le 2 mai... » ?');
		expect(frenchTypography(once)).toBe(once);
	});
});

describe('typeset', () => {
	it('sets every string, keeps skipped keys, and sets what functions return', () => {
		const value = typeset(
			{
				a: 'Note : oui',
				url: 'https://x.fr/?a=b : c',
				list: ['« x »'],
				f: (n: number) => `${n} : ok`,
			},
			new Set(['url']),
		);
		expect(value.a).toBe(`Note${NBSP}: oui`);
		expect(value.url).toBe('https://x.fr/?a=b : c');
		expect(value.list).toEqual([`«${NNBSP}x${NNBSP}»`]);
		expect(value.f(2)).toBe(`2${NBSP}: ok`);
		expect(String(value.f)).toContain('${n} : ok');
	});
});

describe('formatDate', () => {
	it('writes dates the French way', () => {
		expect(formatDate('2023-05-25')).toBe(`25${NBSP}mai 2023`);
		expect(formatDate('2023-05-01')).toBe(`1er${NBSP}mai 2023`);
		expect(formatDate('2023-09')).toBe('septembre 2023');
		expect(formatDate('2023-08-02')).toBe(`2${NBSP}août 2023`);
	});
});

describe('urls', () => {
	it('gives a city its slug under /villes/', () => {
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
			`Caen, « RCP Psy », fiche-action (25${NBSP}mai 2023), dans Réseau français Villes-Santé, Repenser les actions de la ville au prisme de la santé mentale. Exemples d’actions des Villes-Santé, 2025. https://exemple.fr/fiches/caen-rcp-psy/`,
		);
	});
});
