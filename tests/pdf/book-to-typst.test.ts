import { FIELD } from '../../src/schemas/fields.ts';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/content.ts';
import { fr } from '../../src/i18n/fr.ts';
import { buildBook, type Fiche } from '../../src/model/book.ts';
import {
	editionMonth,
	FICHES_EN_ENTIER_MAX,
	planPdfs,
	shortTitle,
} from '../../src/pdf/book-to-typst.ts';
import { readImages } from '../../src/pdf/export.ts';
import { makeFiche } from './helpers/fiches.ts';
import { pdfOutline, pdfText, poppler, skeleton, type OutlineItem } from './helpers/poppler.ts';
import { compileToFile, testCompiler } from './helpers/typst.ts';

const plan = (fiches: Fiche[]) =>
	planPdfs(buildBook({ fiches, parties: [], chapitres: [] }), {
		siteUrl: 'https://guide.example.org',
		now: new Date('2026-11-20'),
	});

/** The printed text of one sheet's own PDF, as a skeleton (see helpers/poppler.ts). */
function printedSheet(fiche: Fiche): string {
	return skeleton(pdfText(compileToFile(plan([fiche]).fiches[fiche.id]!.source).file));
}

describe('edition date and running heads', () => {
	it('dates the edition by its most recent sheet, and by the build only without sheets', () => {
		const book = buildBook({
			fiches: [makeFiche('a', { date: '2023-05-25' }), makeFiche('b', { date: '2025-10' })],
			parties: [],
			chapitres: [],
		});
		expect(editionMonth(book, new Date('2026-11-20'))).toBe('2025-10');
		expect(
			editionMonth(buildBook({ fiches: [], parties: [], chapitres: [] }), new Date('2026-11-20')),
		).toBe('2026-11');
		expect(fr.pdfLivre.edition('octobre 2025')).toBe('Édition d’octobre 2025');
		expect(fr.pdfLivre.edition('novembre 2026')).toBe('Édition de novembre 2026');
	});

	it('cuts long titles at a word for the running head', () => {
		expect(shortTitle('Court')).toBe('Court');
		const long =
			'La santé mentale des enfants, des jeunes et des habitants en situation de précarité et enjeux pour les QPV';
		expect(shortTitle(long)).toBe(
			'La santé mentale des enfants, des jeunes et des habitants en situation de…',
		);
	});
});

describe('a sheet in print', () => {
	it('shows its identity box with the labels of the vocabulary', () => {
		const printed = printedSheet(
			makeFiche('identite', {
				porteur: 'Ville de Villeneuve',
				partenaires: ['CHU', 'CCAS'],
				budget: { fonctionnement: '6 448 €' },
				types: ['cadre-de-vie'],
				determinants: ['lieux-de-vie', 'soutien-social'],
				qpv: true,
			}),
		);
		// pdftotext reads the box column by column: labels and values are looked for one by one.
		for (const expected of [
			FIELD.porteur.label,
			'Ville de Villeneuve',
			FIELD.partenaires.label,
			'CHU·CCAS',
			`${FIELD['budget.fonctionnement'].label}:6448€`,
			'Agir sur un cadre de vie favorable à la santé mentale',
			'Lieux de vie, promoteurs de santé (écoles,',
			'Soutien social : pair-aidance, écoute, etc.',
			FIELD.qpv.label,
		]) {
			expect(printed).toContain(skeleton(expected));
		}
	});

	it('carries the draft notice only when it is a draft', () => {
		expect(printedSheet(makeFiche('brouillon', { statut: 'brouillon' }))).toContain(
			skeleton(fr.statut.brouillon),
		);
		expect(printedSheet(makeFiche('publie'))).not.toContain(skeleton(fr.statut.brouillon));
	});

	it('prints the contact only with its consent', () => {
		const contact = { nom: 'Camille Martin', email: 'camille.martin@villeneuve.fr' };
		const hidden = makeFiche('contact-prive', { contact: { ...contact, public: false } });
		expect(plan([hidden]).fiches[hidden.id]!.source).not.toContain('Camille');
		const shown = printedSheet(
			makeFiche('contact-public', { contact: { ...contact, public: true } }),
		);
		expect(shown).toContain(skeleton(FIELD.contact.label));
		expect(shown).toContain('CamilleMartin');
		expect(shown).toContain('camille.martin@villeneuve.fr');
	});

	it('prints its links with their address, and keeps them clickable', () => {
		const fiche = makeFiche('liens', {
			liens: [{ titre: 'Le rapport', url: 'https://example.org/rapport.pdf' }],
		});
		const { file } = compileToFile(plan([fiche]).fiches[fiche.id]!.source);
		const printed = skeleton(pdfText(file));
		expect(printed).toContain(skeleton(`${FIELD.liens.label}•Le rapport`));
		expect(printed).toContain('https://example.org/rapport.pdf');
		const annotations = poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
		expect(annotations).toContain('<a href="https://example.org/rapport.pdf"');
	});
});

describe('images', () => {
	const root = mkdtempSync(join(tmpdir(), 'rfvs-pdf-images-'));
	const withImage = makeFiche('avec-image', {
		titre: 'Une action illustrée',
		images: [{ src: '../medias/carte.png', alt: 'Une carte du quartier' }],
	});

	it('places a sheet’s images with their alt text', async () => {
		mkdirSync(join(root, 'content', 'medias'), { recursive: true });
		await sharp({ create: { width: 300, height: 200, channels: 3, background: '#1f6f43' } })
			.png()
			.toFile(join(root, 'content', 'medias', 'carte.png'));
		const { fiches, images } = plan([withImage]);
		expect(images).toEqual([
			{
				path: '/content/medias/carte.png',
				file: 'content/medias/carte.png',
				owner: { titre: 'Une action illustrée', file: withImage.file },
			},
		]);
		for (const image of readImages(images, root))
			testCompiler().addFile(image.path, Buffer.from(image.bytes));
		const { file } = compileToFile(fiches[withImage.id]!.source);
		expect(poppler('pdfimages', ['-list', file])).toMatch(/image\s+300\s+200/);
		// The alternative text sits on the figure of the tag tree, which poppler does not print.
		expect(readFileSync(file, 'latin1')).toContain('/Alt (Une carte du quartier)');
	});

	it('names the sheet when an image is missing', () => {
		const missing = makeFiche('image-absente', {
			titre: 'Une action sans son image',
			images: [{ src: '../medias/absente.jpg', alt: 'Une photo' }],
		});
		expect(() => readImages(plan([missing]).images, root)).toThrow(
			'Image introuvable pour « Une action sans son image » (content/fiches/image-absente.md) : content/medias/absente.jpg n’existe pas.',
		);
	});

	it('places body images too', () => {
		const body =
			'## Contexte\n\n![Plan du parc](../medias/carte.png)\n\n## Objectifs\n\nA.\n\n## Déroulé\n\nB.\n';
		expect(plan([makeFiche('corps-image', {}, body)]).images.map((i) => i.file)).toEqual([
			'content/medias/carte.png',
		]);
	});
});

describe('a book with more sheets than one volume holds', () => {
	const book = buildBook(loadContent());
	const options = { siteUrl: 'https://guide.example.org', now: new Date('2026-11-20') };
	const brief = planPdfs(book, { ...options, fichesEnEntierMax: 10 });

	it('prints every sheet in brief, with the address of the full sheet, and tells the reader why', () => {
		const compiled = compileToFile(brief.livre.source);
		expect(compiled.warnings).toEqual([]);
		const text = skeleton(pdfText(compiled.file));
		for (const fiche of book.fiches) expect(text).toContain(skeleton(fiche.data.titre));
		expect(text.split(skeleton(fr.pdfLivre.ficheComplete)).length - 1).toBe(book.fiches.length);
		expect(text).toContain(
			skeleton(fr.pdfLivre.colophon.fichesEnBref(book.fiches.length, FICHES_EN_ENTIER_MAX)),
		);
		expect(brief.livre.source).not.toContain('#fiche(');
		const full = compileToFile(planPdfs(book, options).livre.source);
		expect(compiled.pages).toBeLessThan(full.pages / 2);
	});

	it('keeps a bookmark per sheet, but lists only parts and chapters in the contents', () => {
		const { file } = compileToFile(brief.livre.source);
		const sheets = (items: OutlineItem[]): string[] =>
			items.flatMap((item) => [item.title, ...sheets(item.children)]);
		const bookmarks = sheets(pdfOutline(file)).map(skeleton);
		for (const fiche of book.fiches)
			expect(bookmarks).toContain(skeleton(`${fiche.data.ville} — ${fiche.data.titre}`));
		const contents = skeleton(pdfText(file, 3));
		expect(contents).not.toContain(skeleton(book.fiches[0]!.data.titre));
	});

	it('still gives each sheet its own complete PDF', () => {
		for (const fiche of book.fiches) expect(brief.fiches[fiche.id]!.source).toContain('#fiche(');
	});
});
