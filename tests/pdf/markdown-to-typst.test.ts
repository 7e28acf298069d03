import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/model/text/markdown.ts';
import { markdownToTypst, type MarkdownToTypstOptions } from '../../src/pdf/markdown-to-typst.ts';
import {
	breakLongWords,
	markup,
	typstString,
	withoutControlCharacters,
} from '../../src/pdf/typst.ts';
import { pdfText, skeleton } from './helpers/poppler.ts';
import { compileToFile, inTemplate } from './helpers/typst.ts';

const options: MarkdownToTypstOptions = {
	sectionLevel: 3,
	idPrefix: 'fiche-test',
	siteUrl: 'https://guide.example.org',
	resolveImage: (url) => (/^https?:/.test(url) ? undefined : `/content/medias/${url}`),
};

const typst = (markdown: string) => markdownToTypst(parseMarkdown(markdown), options);

describe('escaping', () => {
	it('backslashes every ASCII punctuation character of running text', () => {
		expect(markup('#set $x$ // *a* _b_ <l> @r [c] \\ ~ -- ... = + / \' "')).toBe(
			'\\#set \\$x\\$ \\/\\/ \\*a\\* \\_b\\_ \\<l\\> \\@r \\[c\\] \\\\ \\~ \\-\\- \\.\\.\\. \\= \\+ \\/ \\\' \\"',
		);
	});

	it('turns line breaks into spaces, so no line of text can start a list or a heading', () => {
		expect(markup('a\n- b\r\n= c')).toBe('a \\- b \\= c');
	});

	it('writes string literals with Typst escapes only, control characters left out', () => {
		expect(typstString('say "hi" \\ now\n\u0007')).toBe('"say \\"hi\\" \\\\ now\\u{a}"');
		expect(typstString('a\tb\r\nc\u0000\u001b\u007f\u0085d\uD83D')).toBe('"a\\u{9}b\\u{a}cd"');
	});

	it('removes control characters and lone surrogates from running text', () => {
		expect(
			withoutControlCharacters('a\u0001b\u0007c\u001bd\u007fe\u009ff\uDE00g\uFEFF🎉\uFFFE\t\n'),
		).toBe('abcdefg🎉\t\n');
		expect(markup('titre\u0008 \u000bpiégé\u0000')).toBe('titre piégé');
	});

	it('lets long runs break between graphemes, never inside an emoji sequence', () => {
		const family = '👩‍👩‍👧';
		const broken = breakLongWords(`${family.repeat(20)} court`);
		expect(broken.replace(/\u200B/g, '')).toBe(`${family.repeat(20)} court`);
		for (const piece of broken.split(' ')[0]!.split('\u200B'))
			expect(piece).toBe(family.repeat(piece.length / family.length));
		expect(breakLongWords('un mot ordinaire')).toBe('un mot ordinaire');
	});
});

describe('Markdown to Typst', () => {
	it('renders paragraphs with French typography and escaped text', () => {
		expect(typst("L'action : « oui » ?\n\nSuite 50 %")).toBe(
			'L’action\u00A0\\: «\u202Foui\u202F»\u202F\\?\n\nSuite 50 \\%',
		);
	});

	it('keeps a paragraph all in bold, which the texts use as a heading, with what follows it', () => {
		expect(typst('**Enjeux :**\n\n- un')).toBe(
			'#intertitre[#strong[Enjeux\u00A0\\:]]\n\n#list(tight: true, [un])',
		);
		expect(typst('**Gras** puis texte')).toBe('#strong[Gras] puis texte');
		// 41 lines leave room for one more at the foot of the first page: a plain bold paragraph
		// stays there alone, the heading-like one moves over to the next page with its list.
		const filler = Array.from({ length: 41 }, (_, i) => `Ligne ${i} de remplissage.`).join('\n\n');
		const plain = compileToFile(inTemplate(`${filler}\n\n#strong[Enjeux]\n\n- un`));
		expect(pdfText(plain.file, 1).trim().split('\n').at(-1)).toBe('Enjeux');
		const { file } = compileToFile(inTemplate(typst(`${filler}\n\n**Enjeux :**\n\n- un\n- deux`)));
		expect(pdfText(file, 1)).not.toContain('Enjeux');
		expect(pdfText(file, 2)).toContain('Enjeux');
	});

	it('renders bullet lists, nested lists and ordered lists with their start', () => {
		expect(typst('- un\n- deux\n  - deux.un\n  - deux.deux\n- trois')).toBe(
			'#list(tight: true, [un], [deux\n#list(tight: true, [deux\\.un], [deux\\.deux])], [trois])',
		);
		expect(typst('3. trois\n4. quatre')).toBe('#enum(tight: true, start: 3, [trois], [quatre])');
		expect(typst('- un\n\n- deux')).toBe('#list(tight: false, [un], [deux])');
		expect(typst('- [x] fait\n- [ ] à faire')).toBe('#list(tight: true, [☑ fait], [☐ à faire])');
	});

	it('renders tables with a header row and column alignment', () => {
		expect(typst('| Action | Budget |\n|:--|--:|\n| Ateliers | *1 000 €* |')).toBe(
			'#table(columns: 2, align: (left, right), table.header([#strong[Action]], [#strong[Budget]]), [Ateliers], [#emph[1\u202f000\u00a0€]])',
		);
	});

	it('renders links as clickable links, with the address as a footnote when the text differs', () => {
		expect(typst('Voir [le site](https://rfvs.fr/a) ou <https://rfvs.fr/b>.')).toBe(
			'Voir #link("https://rfvs.fr/a")[le site]#footnote(link("https://rfvs.fr/a", "https://rfvs.fr/a")) ou #link("https://rfvs.fr/b")[https\\:\\/\\/rfvs\\.fr\\/b]\\.',
		);
		expect(typst('[fiche](/fiches/caen-rcp-psy/)')).toContain(
			'#link("https://guide.example.org/fiches/caen-rcp-psy/")',
		);
	});

	it('renders emphasis, strong, strike and inline code', () => {
		expect(typst('*em* **fort** ~~barré~~ `code #x`')).toBe(
			'#emph[em] #strong[fort] #strike[barré] #raw("code #x")',
		);
	});

	it('renders block quotes as quotes, which the template boxes', () => {
		expect(typst('> Citation\n>\n> — Auteur')).toBe('#quote(block: true)[Citation\n\n— Auteur]');
	});

	it('places headings below the entry level and styles them by their depth in the text', () => {
		expect(typst('## Contexte\n\n### Détail')).toBe(
			'#heading(level: 3, depth: 1, outlined: false, bookmarked: false)[Contexte]\n\n' +
				'#heading(level: 4, depth: 2, outlined: false, bookmarked: false)[Détail]',
		);
	});

	it('never skips a heading level, which PDF/UA forbids', () => {
		expect(typst('## Contexte\n\n#### Détail\n\n## Objectifs')).toBe(
			'#heading(level: 3, depth: 1, outlined: false, bookmarked: false)[Contexte]\n\n' +
				'#heading(level: 4, depth: 3, outlined: false, bookmarked: false)[Détail]\n\n' +
				'#heading(level: 3, depth: 1, outlined: false, bookmarked: false)[Objectifs]',
		);
	});

	it('renders code blocks as raw text, whatever they hold', () => {
		expect(typst('```js\nlet a = "#b";\n```')).toBe(
			'#raw(block: true, lang: "js", "let a = \\"#b\\";")',
		);
	});

	it('places local images with their alt text and prints remote ones as their alt text', () => {
		expect(typst('![Une carte du quartier](carte.png)')).toBe(
			'#illustration("/content/medias/carte.png", "Une carte du quartier")',
		);
		expect(typst('![Photo distante](https://example.org/a.png)')).toBe('Photo distante');
	});

	it('renders footnotes, line breaks, and drops HTML comments', () => {
		expect(typst('Texte[^1].\n\n[^1]: La note.')).toBe(
			'Texte#footnote[La note\\.]<note:fiche-test:1>\\.',
		);
		expect(typst('Ligne<br>suivante <!-- à revoir -->')).toBe('Ligne#linebreak()suivante ');
	});

	it('compiles every construct and prints its text', () => {
		const markdown = [
			'## Contexte',
			'Un *paragraphe* avec **du gras**, ~~du barré~~, `du code` et [un lien](https://rfvs.fr).',
			'- un\n- deux\n  1. deux.un\n  2. deux.deux',
			'| Colonne A | Colonne B |\n|---|:-:|\n| valeur 1 | valeur 2 |',
			'> Encadré de citation',
			'```\nbloc de code #pas-du-typst\n```',
			'### Détail',
			'Fin[^n].\n\n[^n]: Une note.',
		].join('\n\n');
		const { file } = compileToFile(inTemplate(typst(markdown)));
		const text = skeleton(pdfText(file));
		for (const expected of [
			'Contexte',
			// The footnote mark « 1 » with the link's address follows « lien ».
			'Un paragraphe avec du gras, du barré, du code et un lien1',
			'https://rfvs.fr/',
			'deux.un',
			'Colonne A',
			'valeur 2',
			'Encadré de citation',
			'bloc de code #pas-du-typst',
			'Détail',
			'Une note.',
		]) {
			expect(text).toContain(skeleton(expected));
		}
	});
});
