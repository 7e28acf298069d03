/**
 * The output side's second lock behind the validator: a control character that slipped into a
 * content entry never reaches a title, a meta tag, the rendered body, the PDF's source or the
 * open data.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../src/model/book.ts';
import {
	CONTROL_CHARACTER,
	codePointName,
	stripControlCharacters,
	stripControlCharactersDeep,
} from '../../src/model/text/control-characters.ts';
import { frenchTypographyPlugin } from '../../src/site/markdown-plugins.ts';
import { openDataDocument, toCsv, toRecords } from '../../src/open-data/records.ts';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { fiche } from '../lib/fiche.ts';

/** Every control character the contract refuses. */
const CONTROLS = [
	...Array.from({ length: 0x20 }, (_, code) => code).filter(
		(code) => code !== 0x09 && code !== 0x0a && code !== 0x0d,
	),
	...Array.from({ length: 0x21 }, (_, index) => 0x7f + index),
	0x2028,
	0x2029,
].map((code) => String.fromCodePoint(code));

const hasControl = (text: string) => new RegExp(CONTROL_CHARACTER.source, 'u').test(text);

describe('stripControlCharacters', () => {
	it('drops every C0 and C1 control character and DEL, keeps tab and line ends', () => {
		expect(CONTROLS).toHaveLength(29 + 33 + 2);
		for (const char of CONTROLS.slice(0, -2))
			expect(stripControlCharacters(`a${char}b`), codePointName(char)).toBe('ab');
		expect(stripControlCharacters('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
	});

	it('turns the line and paragraph separators into spaces, which they stand for', () => {
		expect(stripControlCharacters('fin\u2028début\u2029suite')).toBe('fin début suite');
	});

	it('keeps accents, no-break spaces, emoji and other scripts', () => {
		const text = 'Santé\u00A0: « 1\u202F000 € » 🙂 東京 \u00A0\u00AD\u200B';
		expect(stripControlCharacters(text)).toBe(text);
	});

	it('names code points as Unicode charts do', () => {
		expect(codePointName('\u0007')).toBe('U+0007');
		expect(codePointName('\u009b')).toBe('U+009B');
		expect(codePointName('\u2028')).toBe('U+2028');
	});

	it('strips every string of nested data, keys included, and leaves other values alone', () => {
		expect(
			stripControlCharactersDeep({
				titre: 'Une\u0007 action',
				partie: 2,
				qpv: true,
				liens: [{ titre: '\u0000Doc', url: 'https://example.org/\u001bx' }],
				'cl\u0085e': null,
			}),
		).toEqual({
			titre: 'Une action',
			partie: 2,
			qpv: true,
			liens: [{ titre: 'Doc', url: 'https://example.org/x' }],
			cle: null,
		});
	});

	it('is part of French typography, so every prose string an output shows loses them', () => {
		expect(frenchTypography('Titre\u0007 : sous-titre\u0085')).toBe('Titre\u00A0: sous-titre');
	});
});

describe('outputs of an entry holding control characters', () => {
	const dirty = fiche('caen-controle', {
		partie: 2,
		titre: 'Une action\u0007 à Caen\u001b[31m',
		resume: 'Un résumé\u2028sur deux lignes.',
		porteur: 'Direction\u0085 de la santé',
		liens: [{ titre: 'Le\u0000 document', url: 'https://example.org/doc\u007f' }],
		contact: { nom: 'Camille', email: 'camille@caen.fr\u0008', public: true },
	});
	const body = '## Contexte\n\nUn texte\u000c collé\u009b\u2028suite.\n\n```\ncode\u0001\n```\n';
	const book = buildBook({
		fiches: [{ ...dirty, body }],
		parties: [],
		chapitres: [],
	});

	it('the book, which the pages, the PDFs and the exports read, holds none', () => {
		const [entry] = book.fiches;
		expect(entry!.data.titre).toBe('Une action à Caen[31m');
		expect(entry!.data.liens![0]!.url).toBe('https://example.org/doc');
		expect(entry!.data.contact!.email).toBe('camille@caen.fr');
		expect(hasControl(JSON.stringify(entry!.data))).toBe(false);
		// Lines are kept: the PDF maps its errors back to the body's lines.
		expect(entry!.body.split('\n')).toHaveLength(body.split('\n').length);
		expect(entry!.body).toContain('Un texte collé suite.');
		expect(hasControl(entry!.body)).toBe(false);
		expect(hasControl(JSON.stringify(book.pages.map((p) => p.titre)))).toBe(false);
	});

	it('the open data (JSON and CSV) holds none', () => {
		const records = toRecords(book, 'https://example.org/', () => undefined);
		const json = JSON.stringify(
			openDataDocument(records, {
				titre: 'T',
				editeur: 'E',
				home: 'https://example.org/',
				licence: 'L',
			}),
		);
		expect(json).toContain('Une action à Caen');
		expect(hasControl(json)).toBe(false);
		expect(hasControl(toCsv(records))).toBe(false);
	});

	it('the rendered body, code included, holds none', () => {
		const { html } = markdownToHtml('Un texte\u000c collé\u009b.\n\n```\ncode\u0001\n```\n', {
			hastPlugins: [frenchTypographyPlugin],
		} as never) as unknown as { html: string };
		expect(html).toContain('Un texte collé.');
		expect(html).toContain('code');
		expect(hasControl(html)).toBe(false);
	});
});
