import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readGlossaire, splitAtAcronyms } from '../../src/model/glossaire.ts';
import {
	frenchTypographyPlugin,
	glossaryPlugin,
	sectionLinksPlugin,
} from '../../src/site/markdown-plugins.ts';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { checkGlossaire } from '../../src/contribution/validation/glossaire.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sigles = [
	{ sigle: 'CH', developpement: 'Centre hospitalier', source: 'sources/x.txt:1' },
	{ sigle: 'CHU', developpement: 'Centre Hospitalier Universitaire', source: 'sources/x.txt:2' },
	{
		sigle: 'PLUi',
		developpement: 'Plan Local d’Urbanisme Intercommunal',
		source: 'sources/x.txt:3',
	},
];

describe('acronyms in a text', () => {
	it('are found as whole words, each once per page, the longest first', () => {
		const seen = new Set<string>();
		expect(splitAtAcronyms('Le CHU, le CH et le CHU ; CHUM et PLUis non.', sigles, seen)).toEqual([
			'Le ',
			sigles[1],
			', le ',
			sigles[0],
			' et le CHU ; CHUM et PLUis non.',
		]);
		expect(splitAtAcronyms('Encore le CH, puis le PLUi.', sigles, seen)).toEqual([
			'Encore le CH, puis le ',
			sigles[2],
			'.',
		]);
		expect(splitAtAcronyms('Rien à voir.', sigles, seen)).toEqual(['Rien à voir.']);
	});
});

describe('the Markdown plugin', () => {
	it('explains each acronym of the glossary at its first use in the text, not in headings, links or code', () => {
		const markdown =
			'## Le CLSM\n\nLe CLSM et le [CCAS](https://example.org) avec le `CCAS`, puis le CCAS et le CLSM.\n';
		const { html } = markdownToHtml(markdown, {
			hastPlugins: [frenchTypographyPlugin, sectionLinksPlugin, glossaryPlugin],
			features: { smartPunctuation: false },
		} as never) as unknown as { html: string };
		const clsm = readGlossaire().find((s) => s.sigle === 'CLSM')!;
		expect(html).toContain(`Le <abbr title="${clsm.developpement}">CLSM</abbr> et le`);
		expect(html.match(/<abbr/g)).toHaveLength(2);
		expect(html).toContain('<h2 id="le-clsm">Le CLSM</h2>');
		expect(html).toContain('<code>CCAS</code>');
		expect(html).toMatch(
			/puis le <abbr title="Centre Communal d’Action Sociale">CCAS<\/abbr> et le CLSM/,
		);
	});
});

describe('the Markdown plugin, page by page', () => {
	const render = (markdown: string) =>
		(
			markdownToHtml(markdown, {
				hastPlugins: [frenchTypographyPlugin, sectionLinksPlugin, glossaryPlugin],
				features: { smartPunctuation: false },
			} as never) as unknown as { html: string }
		).html;
	const expansionOf = (sigle: string) =>
		frenchTypography(readGlossaire().find((s) => s.sigle === sigle)!.developpement);

	it('explains each acronym again in the next page: what a reader has met is counted per page', () => {
		const first = render('Le CLSM de Caen.\n');
		const second = render('Le CLSM de Metz.\n');
		for (const html of [first, second])
			expect(html).toContain(`<abbr title="${expansionOf('CLSM')}">CLSM</abbr>`);
	});

	it('finds acronyms beside the no-break spaces of French typography, and typesets the expansion', () => {
		const html = render('Le CCAS : un partenaire ; « CLSM » et QPV !\n');
		expect(html).toContain(`Le <abbr title="${expansionOf('CCAS')}">CCAS</abbr>\u00a0:`);
		expect(html).toContain(`«\u202f<abbr title="${expansionOf('CLSM')}">CLSM</abbr>\u202f»`);
		expect(html).toContain(`<abbr title="${expansionOf('QPV')}">QPV</abbr>\u202f!`);
		expect(expansionOf('CCAS')).toBe('Centre Communal d’Action Sociale');
	});

	it('leaves links, as Markdown or HTML, as they are, and explains the next use', () => {
		const html = render(
			'[le CLSM](https://example.org), <a href="https://example.org">le **CLSM**</a>, puis **le CLSM** et le CLSM.\n',
		);
		expect(html).toContain('<a href="https://example.org">le CLSM</a>');
		expect(html).toContain('<a href="https://example.org">le <strong>CLSM</strong></a>');
		expect(html).toContain(`<strong>le <abbr title="${expansionOf('CLSM')}">CLSM</abbr></strong>`);
		expect(html.match(/<abbr/g)).toHaveLength(1);
	});

	it('counts an abbreviation written by the author as the explanation: the page does not repeat it', () => {
		const html = render(
			'Le <abbr title="Conseil local de santé mentale">CLSM</abbr>, puis le CLSM et le CCAS.\n',
		);
		expect(html).toContain(
			'Le <abbr title="Conseil local de santé mentale">CLSM</abbr>, puis le CLSM et',
		);
		expect(html).toContain(`le <abbr title="${expansionOf('CCAS')}">CCAS</abbr>.`);
		expect(html.match(/<abbr/g)).toHaveLength(2);
	});
});

describe('content/glossaire.yml', () => {
	const readSource = (path: string) => {
		try {
			return readFileSync(join(ROOT, path), 'utf8');
		} catch {
			return undefined;
		}
	};

	it('is valid: every expansion is read where it cites the sources', () => {
		const text = readFileSync(join(ROOT, 'content', 'glossaire.yml'), 'utf8');
		expect(checkGlossaire(text, readSource)).toEqual([]);
		expect(readGlossaire().length).toBeGreaterThanOrEqual(20);
	});

	it('reports in French, with the line, every kind of mistake (golden file)', async () => {
		const dir = join(import.meta.dirname, '..', 'validation', 'fixtures', 'glossaire');
		const text = readFileSync(join(dir, 'glossaire-invalide.yml'), 'utf8');
		const lines = checkGlossaire(text, readSource).map(
			(p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.key} : ${p.message}`,
		);
		await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
			join(dir, 'glossaire-invalide.expected.txt'),
		);
		expect(checkGlossaire('- sigle: [CLSM\n', readSource)[0]).toMatchObject({
			key: 'yaml',
			severity: 'erreur',
		});
	});
});
