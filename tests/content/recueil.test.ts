/**
 * The real corpus against its source: each of the 26 forms of the 2023 recueil is one sheet whose
 * date and ticked boxes (☒) equal the form's. The boxes are read from the source text itself, so
 * a box added to or dropped from a sheet fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/contribution/suggest.ts';
import { DETERMINANTS, PARTIES_THEMATIQUES, TYPES } from '../../src/schemas/vocabulary.ts';
import { loadContent, ROOT } from '../../scripts/lib/content.ts';

// The recueil is kept in the repository (sources/README.md), so the test needs nothing beside it.
const RECUEIL = join(ROOT, 'sources', 'recueil-actions-2023.txt');

/** The sheet made from each form, in the recueil's order. */
const FORMS = [
	'caen-rcp-psy',
	'caen-sante-mentale-des-jeunes',
	'lyon-ecovip',
	'metz-logement-accompagne',
	'paris-porte-de-bagnolet',
	'rennes-metropole-modification-plui',
	'roanne-groupe-habitat-sante-mentale',
	'boulogne-billancourt-et-si-on-parlait-d-amour',
	'lorient-echanges-psychologue-quartiers',
	'poitiers-balades-vertes-etudiants',
	'poitiers-activite-physique-ete',
	'rennes-arts-et-soins-en-mouvement',
	'valence-semaine-sante-mentale-jeunes',
	'limoges-sensibilisation-sante-mentale-qpv',
	'montreuil-bibliotheque-vivante',
	'poitiers-regards-sur-l-art',
	'bordeaux-promotion-3114',
	'bourg-en-bresse-ateliers-slam-parents-enfants',
	'lille-espaces-ecoute-sante',
	'caen-la-mer-formations-pssm',
	'caen-sante-mentale-dans-mon-quartier',
	'lille-premiers-secours-sante-mentale',
	'lille-petits-dejeuners-habitat-sante-mentale',
	'nantes-sante-mentale-dans-mon-quartier',
	'poitiers-competences-psychosociales-creches',
	'poitiers-seminaire-elus-sante-mentale',
];

interface Form {
	date: string;
	types: string[];
	determinants: string[];
	qpv: boolean;
}

/** The vocabulary code whose form label the ticked line starts with (labels may wrap). */
function codeOf(
	line: string,
	vocabulary: readonly { code: string; label: string }[],
): string | undefined {
	const text = fold(line).replace(/\s+/g, ' ');
	return vocabulary.find((v) => {
		const label = fold(v.label).replace(/\s+/g, ' ');
		// Only the first words: the filled forms carry typos further on (« paire-aidance »).
		const head = label.slice(0, Math.min(label.length, text.length, 16));
		return head.length >= 5 && text.startsWith(head);
	})?.code;
}

/** Splits the recueil at its `Date :` lines and reads each form's date and ticked boxes. */
function readForms(text: string): Form[] {
	const lines = text.split('\n');
	const starts = lines.flatMap((line, index) => (/^\s*Date :/.test(line) ? [index] : []));
	return starts.map((start, i) => {
		const block = lines.slice(start, starts[i + 1] ?? lines.length);
		const [, day, month, year] = /Date :\s*(?:(\d{2})\.)?(\d{2})\.(\d{4})/.exec(block[0]!)!;
		const section = (from: RegExp, to: RegExp) => {
			const a = block.findIndex((l) => from.test(l));
			const b = block.findIndex((l, j) => j > a && to.test(l));
			return block.slice(a, b === -1 ? undefined : b);
		};
		const ticked = (part: string[]) =>
			part.filter((l) => l.includes('☒')).map((l) => l.split('☒')[1]!.trim());
		const types = ticked(section(/Type de projet/, /spécificités du territoire/));
		const territoire = ticked(section(/spécificités du territoire/, /Déterminants de la santé/));
		const determinants = ticked(section(/Déterminants de la santé/, /Description de l/));
		return {
			date: day ? `${year}-${month}-${day}` : `${year}-${month}`,
			types: types.flatMap((l) => codeOf(l, TYPES) ?? []),
			determinants: determinants.flatMap((l) => codeOf(l, DETERMINANTS) ?? []),
			qpv: territoire.some((l) => /^Quartier/.test(l)),
		};
	});
}

describe('the content against the 2023 recueil', () => {
	const content = loadContent();

	it('validates: no error in any file', () => {
		expect(content.problems.filter((p) => p.severity === 'erreur')).toEqual([]);
	});

	const forms = readForms(readFileSync(RECUEIL, 'utf8'));

	it('reads 26 forms, and each is one sheet dated as written on the form', () => {
		expect(forms).toHaveLength(26);
		const dates = FORMS.map((id) => content.fiches.find((f) => f.id === id)?.data.date);
		expect(dates).toEqual(forms.map((f) => f.date));
		expect(
			content.fiches
				.filter((f) => f.data.date.startsWith('2023'))
				.map((f) => f.id)
				.sort(),
		).toEqual([...FORMS].sort());
	});

	it('ticks exactly the boxes of each form: types, determinants and QPV', () => {
		const sheets = FORMS.map((id) => {
			const { types, determinants, qpv } = content.fiches.find((f) => f.id === id)!.data;
			return { id, types, determinants, qpv };
		});
		expect(sheets).toEqual(
			forms.map((f, i) => ({
				id: FORMS[i],
				types: f.types,
				determinants: f.determinants,
				qpv: f.qpv,
			})),
		);
	});

	it('has at least one sheet in every part and no two sheets with the same title and city', () => {
		for (const partie of PARTIES_THEMATIQUES)
			expect(
				content.fiches.some((f) => f.data.partie === partie.numero),
				`partie ${partie.numero}`,
			).toBe(true);
		const keys = content.fiches.map((f) => `${fold(f.data.titre)}|${fold(f.data.ville)}`);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
