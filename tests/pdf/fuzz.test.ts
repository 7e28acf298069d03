/**
 * Any text a contributor can write must compile and print as written. Sheets are generated from
 * characters Typst gives a meaning to, emoji and unbreakable runs; each goes through the whole
 * pipeline (frontmatter and Markdown body → Typst → PDF) and poppler reads the text back.
 */
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildBook, type Fiche } from '../../src/lib/book.ts';
import { parseMarkdown } from '../../src/lib/markdown.ts';
import { frenchTypography } from '../../src/lib/typography.ts';
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
