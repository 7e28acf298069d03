import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Block } from '../../src/contribution/import/docx.ts';
import { ficheSlug, renderFiche, yamlString } from '../../src/contribution/import/fiche-writer.ts';
import { blocksToMarkdown, escapeMarkdown } from '../../src/contribution/import/markdown.ts';
import { parseFormDate } from '../../src/contribution/import/form.ts';
import { parseMarkdown } from '../../src/model/text/markdown.ts';
import { toString } from 'mdast-util-to-string';

const p = (text: string, list?: { level: number; ordered: boolean }): Block => ({
	type: 'paragraph',
	inlines: [{ type: 'text', text }],
	...(list ? { list } : {}),
});

describe('escapeMarkdown', () => {
	it.each([
		['# pas un titre', '\\# pas un titre'],
		['> pas une citation', '\\> pas une citation'],
		['- pas une puce', '\\- pas une puce'],
		['2022. Puis', '2022\\. Puis'],
		['---', '\\---'],
		['5 * 3 = 15 et [note] `code`', '5 \\* 3 = 15 et \\[note\\] \\`code\\`'],
		['<script>alert(1)</script> et < 18 ans', '\\<script>alert(1)\\</script> et < 18 ans'],
		['snake_case mais _souligné_', 'snake_case mais \\_souligné\\_'],
		['~30 personnes, C:\\dossier, &amp; #1', '\\~30 personnes, C:\\\\dossier, \\&amp; #1'],
	])('keeps « %s » as text', (text, expected) => {
		const escaped = escapeMarkdown(text, true);
		expect(escaped).toBe(expected);
		expect(toString(parseMarkdown(escaped))).toBe(text);
	});
});

describe('blocksToMarkdown', () => {
	it('nests Word list levels under the right marker width and separates lists of two kinds', () => {
		expect(
			blocksToMarkdown([
				p('Intro'),
				p('un', { level: 0, ordered: true }),
				p('un.un', { level: 1, ordered: false }),
				p('un.un.un', { level: 2, ordered: true }),
				p('deux', { level: 0, ordered: true }),
				p('puce', { level: 0, ordered: false }),
				p('saut de niveau', { level: 3, ordered: false }),
				p('Fin'),
			]),
		).toBe(`Intro

1. un
   - un.un
     1. un.un.un
2. deux

- puce
  - saut de niveau

Fin`);
	});

	it('turns typed bullets and line breaks into Markdown lists and paragraphs', () => {
		const typed: Block = {
			type: 'paragraph',
			inlines: [
				{ type: 'text', text: '• Première' },
				{ type: 'break' },
				{ type: 'text', text: '• Seconde' },
				{ type: 'break' },
				{ type: 'text', text: 'Suite' },
			],
		};
		expect(blocksToMarkdown([typed])).toBe('- Première\n- Seconde\n\nSuite');
	});

	it('writes tables as GitHub tables', () => {
		const cell = (text: string) => ({ blocks: [p(text)], continued: false });
		expect(
			blocksToMarkdown([
				{
					type: 'table',
					rows: [
						[cell('Année'), cell('Participants')],
						[cell('2022'), cell('12 | 15')],
					],
				},
			]),
		).toBe('| Année | Participants |\n| --- | --- |\n| 2022 | 12 \\| 15 |');
	});
});

describe('yamlString', () => {
	it.each([
		'Caen',
		'Non',
		'no',
		'0',
		'2023-05-25',
		'Minimum : 6 448€',
		'# pas un commentaire',
		'- pas une liste',
		"L'été « chaud »",
		'@mairie',
		'fin :',
		'a #b',
		'  espaces',
		'ligne 1\nligne 2',
		'tab\tulation',
		'emoji 🙂 et « guillemets »',
	])('writes « %s » so that YAML reads it back unchanged', (value) => {
		expect(parse(`cle: ${yamlString(value, '')}`, { schema: 'core' })).toEqual({ cle: value });
		expect(parse(`cle: ${yamlString(value, '')}`, { version: '1.1' })).toEqual({ cle: value });
	});
});

describe('ficheSlug', () => {
	it('makes a lowercase ASCII slug cut at a word', () => {
		expect(ficheSlug('Saint-Étienne', 'Cœur de ville : l’été « ensemble »')).toBe(
			'saint-etienne-coeur-de-ville-l-ete-ensemble',
		);
		expect(
			ficheSlug(
				'Rennes Métropole',
				'Modification du plan local d’urbanisme intercommunal pour la santé mentale',
			),
		).toBe('rennes-metropole-modification-du-plan-local-d-urbanisme');
	});
});

describe('parseFormDate', () => {
	it.each([
		['25.05.2023', '2023-05-25'],
		['Date : 3/4/24', '2024-04-03'],
		['05.2023', '2023-05'],
		['1er juin 2023', '2023-06-01'],
		['Février 2024', '2024-02'],
		['2023-05', '2023-05'],
		['31.02.2023', undefined],
		['bientôt', undefined],
	])('reads « %s » as %s', (text, expected) => {
		expect(parseFormDate(text)).toBe(expected);
	});
});

describe('renderFiche', () => {
	it('writes a scaffold with every heading and a comment, and a placeholder for each missing key', () => {
		const markdown = renderFiche(
			{ ville: 'Caen', titre: 'Essai de fiche', statut: 'brouillon' },
			{ scaffold: true },
		);
		expect(markdown).toMatch(/^---\ntitre: Essai de fiche\nville: Caen\n# À COMPLÉTER — date/);
		expect(markdown.match(/^## /gm)).toHaveLength(10);
		expect(markdown).toContain('## Contexte\n\n<!-- Pourquoi cette action ?');
		expect(markdown).toContain('statut: brouillon\n---\n');
	});
});
