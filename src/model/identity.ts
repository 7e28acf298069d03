import { fr } from '../i18n/fr.ts';
import { FIELD, type FieldKey } from '../schemas/fields.ts';
import type { FicheData } from '../schemas/fiche.ts';
import {
	determinantLabel,
	publicLabel,
	typeLabel,
	type DeterminantCode,
	type PublicCode,
	type TypeCode,
} from '../schemas/vocabulary.ts';
import { formatDate } from './text/typography.ts';
import { urls } from './urls.ts';

/**
 * The identity box of a sheet (« Carte d'identité de l'action »): the form's short answers as
 * rows, label then value, empty fields left out. The site (FicheIdentity.astro) and the PDF
 * (book-to-typst.ts) only render these rows, so both show the same facts in the same order with
 * the same wording; values stay raw text, each renderer applies typography and escaping.
 */

/** A value of a closed vocabulary, with the page that lists its sheets when there is one. */
export interface IdentityCode {
	code: string;
	label: string;
	href?: string;
}

export type IdentityValue =
	/** One answer; `href` when the site has a page for it (the city). */
	| { kind: 'text'; text: string; href?: string }
	/** `iso` as written (`2023-05-25` or `2023-05`), `text` in French (« 25 mai 2023 »). */
	| { kind: 'date'; iso: string; text: string }
	/**
	 * Several answers, one item each (services, partners); `intro` is the form's own words before
	 * them when the list is not plain partners (« Membres du comité de pilotage »).
	 */
	| { kind: 'list'; items: string[]; intro?: string }
	/** The ticked boxes of a vocabulary. */
	| { kind: 'codes'; vocabulary: 'types' | 'determinants' | 'publics'; items: IdentityCode[] }
	/** Sub-rows with their own label: the budget lines. */
	| { kind: 'pairs'; items: { label: string; text: string }[] }
	/** Who to contact (name, function, service in one line) and their address. */
	| { kind: 'contact'; who?: string; email?: string };

export interface IdentityRow {
	key: FieldKey;
	label: string;
	/** A long value takes the box's whole width on the site. */
	wide: boolean;
	value: IdentityValue;
}

/** Between the funders of one budget line, the one separator of a list inside a line. */
export const FUNDER_SEPARATOR = ' ; ';

function row(key: FieldKey, value: IdentityValue | undefined, wide = false): IdentityRow[] {
	return value ? [{ key, label: FIELD[key].label, wide, value }] : [];
}

const text = (value: string | undefined): IdentityValue | undefined =>
	value ? { kind: 'text', text: value } : undefined;

const list = (items: readonly string[] | undefined, intro?: string): IdentityValue | undefined =>
	items?.length ? { kind: 'list', items: [...items], ...(intro ? { intro } : {}) } : undefined;

function budget(value: FicheData['budget']): IdentityValue | undefined {
	if (!value) return undefined;
	const items = [
		['budget.fonctionnement', value.fonctionnement],
		['budget.investissement', value.investissement],
		['budget.contribution', value.contribution],
		['budget.financeurs', value.financeurs?.join(FUNDER_SEPARATOR)],
	] as const;
	const pairs = items.flatMap(([key, text]) => (text ? [{ label: FIELD[key].label, text }] : []));
	return pairs.length ? { kind: 'pairs', items: pairs } : undefined;
}

/** Only with the person's consent (`public: true`); otherwise the contact is never shown. */
function contact(value: FicheData['contact']): IdentityValue | undefined {
	if (!value?.public) return undefined;
	const who = [value.nom, value.fonction, value.service].filter(Boolean).join(', ');
	if (!who && !value.email) return undefined;
	return {
		kind: 'contact',
		...(who ? { who } : {}),
		...(value.email ? { email: value.email } : {}),
	};
}

/** The chips of one vocabulary: label, and the page of its sheets when the site has one. */
export function codeItems(
	vocabulary: 'types' | 'determinants' | 'publics',
	codes: readonly string[],
): IdentityCode[] {
	return codes.map((code) => {
		switch (vocabulary) {
			case 'types':
				return { code, label: typeLabel(code as TypeCode), href: urls.type(code) };
			case 'determinants':
				return {
					code,
					label: determinantLabel(code as DeterminantCode),
					href: urls.determinant(code),
				};
			case 'publics':
				return { code, label: publicLabel(code as PublicCode) };
		}
	});
}

function codes(
	vocabulary: 'types' | 'determinants' | 'publics',
	values: readonly string[] | undefined,
): IdentityValue | undefined {
	return values?.length
		? { kind: 'codes', vocabulary, items: codeItems(vocabulary, values) }
		: undefined;
}

/** The rows of a sheet's identity box, in the order of the field table. */
export function identityRows(data: FicheData): IdentityRow[] {
	return [
		...row('ville', { kind: 'text', text: data.ville, href: urls.ville(data.ville) }),
		...row('date', { kind: 'date', iso: data.date, text: formatDate(data.date) }),
		...row('periode', text(data.periode)),
		...row('echelle', text(data.echelle)),
		...row('porteur', text(data.porteur)),
		...row('role_collectivite', text(data.role_collectivite)),
		...row('services', list(data.services), true),
		...row('partenaires', list(data.partenaires, data.partenaires_intitule), true),
		...row('budget', budget(data.budget), true),
		...row('types', codes('types', data.types), true),
		...row('types_autre', text(data.types_autre), true),
		...row('qpv', data.qpv ? { kind: 'text', text: fr.fiche.qpvOui } : undefined),
		...row('territoire_autre', text(data.territoire_autre)),
		...row('determinants', codes('determinants', data.determinants), true),
		...row('determinants_autre', text(data.determinants_autre), true),
		...row('publics', codes('publics', data.publics), true),
		...row('contact', contact(data.contact), true),
		...row('source', text(data.source), true),
	];
}

/** The words before a list as every edition prints them: « Membres du comité de pilotage : ». */
export const introLine = (intro: string): string => `${intro} :`;

/** A row as plain text, the same for every renderer: what a test compares across editions. */
export function identityRowText(value: IdentityValue): string[] {
	switch (value.kind) {
		case 'text':
		case 'date':
			return [value.text];
		case 'list':
			return value.intro ? [introLine(value.intro), ...value.items] : value.items;
		case 'codes':
			return value.items.map((item) => item.label);
		case 'pairs':
			return value.items.map((item) => `${item.label} : ${item.text}`);
		case 'contact':
			return [value.who, value.email].filter((v): v is string => Boolean(v));
	}
}
