/**
 * Any text a contributor can write must compile and print as written. Sheets are generated from
 * characters Typst gives a meaning to, emoji and unbreakable runs; each goes through the whole
 * pipeline (frontmatter and Markdown body → Typst → PDF) and poppler reads the text back.
 */
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildBook, type Fiche } from '../../src/model/book.ts';
import { parseMarkdown } from '../../src/model/text/markdown.ts';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { planPdfs } from '../../src/pdf/book-to-typst.ts';
import { shortenUrl } from '../../src/pdf/markdown-to-typst.ts';
import { toString } from 'mdast-util-to-string';
import { makeFiche } from './helpers/fiches.ts';
import { pdfText, skeleton } from './helpers/poppler.ts';
import { compileToFile, testCompiler } from './helpers/typst.ts';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const TYPST_SPECIAL = [
	'#',
	'$',
	'*',
	'_',
	'@',
	'<',
	'>',
	'[',
	']',
	'\\',
	'`',
	'~',
	'/',
	'=',
	'+',
	'-',
	"'",
	'"',
	':',
	';',
	'!',
	'?',
	'%',
	'&',
	'{',
	'}',
	'(',
	')',
	'|',
	'^',
	'.',
	',',
	'//',
	'/*',
	'*/',
	'--',
	'---',
	'...',
	'#set text(red)',
	'#let x = 1',
	'$x^2$',
	'<etiquette>',
	'@ref',
	'= Titre',
	'- puce',
	'+ un',
	'/ terme: def',
	'1. liste',
	'\\u{41}',
	'http://exemple.fr/a?b=c&d',
	'#{}',
	'#(1+1)',
	'```',
	'a_b_c',
	'*gras*',
];
const FRENCH = [
	'été',
	'œuvre',
	'Île-de-France',
	'l’école',
	"l'école",
	'« guillemets »',
	'ça',
	'À',
	'ÉCOLE',
	'naïve',
];
// Emoji print from Noto Emoji (an npm package the compiler loads), sequences and flags included.
const EMOJI = ['😀', '❤', '☀', '♻', '☕'];
const EMOJI_SEQUENCES = ['🎉', '🚲', '👩‍👩‍👧', '👍🏽', '🇫🇷'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzéèà';

function generator(seed: number) {
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const longWord = () =>
		Array.from({ length: 40 + Math.floor(next() * 120) }, () => pick([...LETTERS])).join('');
	const token = () => {
		const roll = next();
		if (roll < 0.45) return pick(TYPST_SPECIAL);
		if (roll < 0.7) return pick(FRENCH);
		if (roll < 0.85) return pick(EMOJI);
		if (roll < 0.9) return longWord();
		return Array.from({ length: 2 + Math.floor(next() * 8) }, () => pick([...LETTERS])).join('');
	};
	// Tokens sometimes touch, so that `#` meets a letter and `/` meets `/`.
	const phrase = (count: number) =>
		Array.from({ length: count }, token).reduce(
			(text, t) => text + (next() < 0.3 ? '' : ' ') + t,
			'',
		);
	return { phrase, next };
}

function fuzzFiche(seed: number): Fiche {
	const { phrase } = generator(seed);
	const titre = `Fiche ${seed} ${phrase(6)}`.slice(0, 150).trim();
	return makeFiche(
		`fuzz-${seed}`,
		{
			titre,
			ville: `Ville ${phrase(2)}`.slice(0, 60).trim(),
			resume: phrase(10).slice(0, 290).trim() || 'Résumé.',
		},
		`## Contexte\n\n${phrase(25)}\n\n## Objectifs\n\n- ${phrase(5)}\n- ${phrase(5)}\n\n## Déroulé\n\n${phrase(20)}\n`,
	);
}

/** The text a reader must find: frontmatter strings and every text and code node of the body. */
function expectedTexts(fiche: Fiche): string[] {
	const texts = [fiche.data.titre, fiche.data.ville, fiche.data.resume].map(frenchTypography);
	const walk = (node: Nodes) => {
		// An address shown as its link's text prints shortened in the middle (`shortenUrl`).
		if (node.type === 'link' && toString(node).length > 100 && toString(node).includes(node.url)) {
			texts.push(shortenUrl(toString(node)).split('…')[0]!);
			return;
		}
		if (node.type === 'text') texts.push(frenchTypography(node.value));
		if (node.type === 'inlineCode' || node.type === 'code') texts.push(node.value);
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(parseMarkdown(fiche.body));
	return texts.map(skeleton).filter((text) => text !== '');
}

const fiches = Array.from({ length: 60 }, (_, i) => fuzzFiche(i + 1));
const plan = planPdfs(buildBook({ fiches, parties: [], chapitres: [] }), {
	siteUrl: 'https://guide.example.org',
	now: new Date(),
});

describe('any text compiles and prints literally', () => {
	it.each(fiches.map((f) => [f.id, f] as const))('%s', (_id, fiche) => {
		const { file, warnings } = compileToFile(plan.fiches[fiche.id]!.source);
		expect(warnings, 'PDF/UA-1').toEqual([]);
		// pdftotext rebuilds reading order by guesswork, which a line mixing the text and code
		// fonts can mislead by one character; a text counts as printed if either of its two modes
		// reads it back in order.
		const printed = [skeleton(pdfText(file)), skeleton(pdfText(file, undefined, true))];
		for (const expected of expectedTexts(fiche)) {
			expect(
				printed.some((text) => text.includes(expected)),
				expected,
			).toBe(true);
		}
	});

	it('compiles emoji sequences and flags, PDF/UA-1 kept', () => {
		const fiche = makeFiche(
			'emoji',
			{ titre: `Emoji ${EMOJI_SEQUENCES.join('')}` },
			EMOJI_SEQUENCES.join(' '),
		);
		const document = planPdfs(buildBook({ fiches: [fiche], parties: [], chapitres: [] }), {
			siteUrl: 'https://guide.example.org',
			now: new Date(),
		}).fiches['emoji']!;
		const { pages, warnings } = testCompiler().compile('emoji', document.source);
		expect(pages).toBe(1);
		expect(warnings).toEqual([]);
	});

	it('holds in the whole book, with its contents, running heads and indexes', () => {
		const { file, warnings } = compileToFile(plan.livre.source);
		expect(warnings, 'PDF/UA-1').toEqual([]);
		const printed = skeleton(pdfText(file));
		for (const fiche of fiches)
			expect(printed).toContain(skeleton(frenchTypography(fiche.data.titre)));
	});
});

/**
 * Random bodies from the contract's Markdown grammar (sections, paragraphs, lists and quotes
 * nested at random depths, tables, code, links, footnotes, raw HTML) with random text, and
 * random frontmatter strings: every body goes through the serializer, a sample through Typst.
 */
function structuredFiche(seed: number): Fiche {
	const { phrase, next } = generator(seed);
	const int = (max: number) => Math.floor(next() * max);
	const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200B', '\uFEFF'];
	const text = () => {
		const base = phrase(1 + int(8));
		return next() < 0.1 ? base + CONTROLS[int(CONTROLS.length)]! + phrase(2) : base;
	};
	const inlineNode = (): string => {
		const roll = next();
		if (roll < 0.1) return `*${text()}*`;
		if (roll < 0.2) return `**${text()}**`;
		if (roll < 0.25) return `~~${text()}~~`;
		if (roll < 0.3) return `\`${text().replace(/`/g, '')}\``;
		if (roll < 0.38)
			return `[${text().replace(/[[\]]/g, '')}](https://exemple.fr/${'p'.repeat(int(9000))})`;
		if (roll < 0.42) return `<https://exemple.fr/${'q'.repeat(int(300))}>`;
		if (roll < 0.45) return `[^n${int(4)}]`;
		if (roll < 0.48) return '<br>';
		if (roll < 0.5) return '![une image distante](https://exemple.fr/a.png)';
		return text();
	};
	const paragraph = () =>
		Array.from({ length: 1 + int(6) }, inlineNode)
			.join(' ')
			.replace(/^\s*[-+*>#=|`~\d]/, 'x');
	const block = (depth: number): string => {
		const roll = next();
		if (roll < 0.15 && depth < 40) return `> ${block(depth + 1).replace(/\n/g, '\n> ')}`;
		if (roll < 0.3 && depth < 40) {
			const marker = next() < 0.5 ? '- ' : '1. ';
			const indent = ' '.repeat(marker.length);
			return Array.from(
				{ length: 1 + int(3) },
				() => `${marker}${block(depth + 1).replace(/\n/g, `\n${indent}`)}`,
			).join('\n');
		}
		if (roll < 0.35)
			return `| a | b |\n|---|--:|\n| ${paragraph().replace(/\|/g, '')} | ${int(1000)} € |`;
		if (roll < 0.4) return `\`\`\`\n${phrase(10)}\n\`\`\``;
		if (roll < 0.45) return `### ${text().replace(/#/g, '')}`;
		if (roll < 0.5) return '---';
		return paragraph();
	};
	const section = (titre: string) =>
		`## ${titre}\n\n${Array.from({ length: 1 + int(4) }, () => block(0)).join('\n\n')}`;
	const notes = Array.from({ length: 4 }, (_, i) => `[^n${i}]: ${text()}`).join('\n\n');
	const body = `${['Contexte', 'Objectifs', 'Déroulé'].map(section).join('\n\n')}\n\n${notes}\n`;
	const field = (max: number, fallback: string) =>
		(text() || fallback).replace(/\s+/g, ' ').trim().slice(0, max).trim() || fallback;
	return makeFiche(
		`structure-${seed}`,
		{
			titre: `Fiche ${field(140, 'titre')}`,
			ville: field(60, 'Ville'),
			resume: field(290, 'Résumé.'),
			porteur: field(100, 'Porteur'),
		},
		body,
	);
}

describe('random sheets from the contract’s grammar', () => {
	const seeds = Array.from({ length: 300 }, (_, i) => 1000 + i);
	const structured = seeds.map(structuredFiche);
	const structuredPlan = planPdfs(buildBook({ fiches: structured, parties: [], chapitres: [] }), {
		siteUrl: 'https://guide.example.org',
		now: new Date(),
	});

	it('serializes 300 sheets to Typst without a control character', () => {
		for (const fiche of structured) {
			const source = structuredPlan.fiches[fiche.id]!.source;
			expect(source, fiche.id).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/);
		}
	});

	// One in ten compiled: Typst takes about 0.1 s a sheet on a busy machine.
	it.each(structured.filter((_, i) => i % 10 === 0).map((f) => [f.id, f] as const))(
		'%s compiles, PDF/UA-1',
		(_id, fiche) => {
			const { pages, warnings } = testCompiler().compile(
				fiche.id,
				structuredPlan.fiches[fiche.id]!.source,
			);
			expect(pages).toBeGreaterThan(0);
			expect(warnings).toEqual([]);
		},
	);
});
