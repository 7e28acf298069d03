/**
 * `npm run pdf` on the real content, read back with poppler: files where the site expects them,
 * the manifest's figures, metadata, every sheet printed, bookmarks landing on their pages.
 */
import { execFile } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/content.ts';
import { config } from '../../src/config.ts';
import { fr } from '../../src/i18n/fr.ts';
import { readGlossaire } from '../../src/model/glossaire.ts';
import { buildBook } from '../../src/model/book.ts';
import type { PdfInfo, PdfManifest } from '../../src/pdf/manifest.ts';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { urls } from '../../src/model/urls.ts';
import { PARTIES } from '../../src/schemas/vocabulary.ts';
import {
	pdfInfo,
	pdfOutline,
	pdfText,
	poppler,
	skeleton,
	type OutlineItem,
} from './helpers/poppler.ts';
import { compileAll } from '../../src/pdf/export.ts';
import { sheetWhere } from '../lib/corpus.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
// The project's Node (>= 22.12, which runs the TypeScript scripts), as tests/setup/global.ts.
const NODE = existsSync(join(ROOT, 'node_modules', '.bin', 'node'))
	? join(ROOT, 'node_modules', '.bin', 'node')
	: process.execPath;

/** Runs `scripts/export-pdf.ts` as `npm run pdf` does, with the given environment. */
function exportPdf(env: Record<string, string>) {
	return run(NODE, ['scripts/export-pdf.ts'], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		maxBuffer: 64 * 1024 * 1024,
	});
}

const book = buildBook(loadContent());
const work = mkdtempSync(join(tmpdir(), 'rfvs-pdf-export-'));
const pdfDir = join(work, 'pdf');
// A cache of its own: the first export compiles every document, whatever earlier builds left.
const cacheDir = join(work, 'cache');
/** A sheet's bookmark, as in the contents: its city, then its title. */
const bookmarkOf = (fiche: (typeof book.fiches)[number]) =>
	frenchTypography(`${fiche.data.ville} — ${fiche.data.titre}`);
const fileOf = (info: PdfInfo) => join(pdfDir, ...info.url.split('/').filter(Boolean));
let manifest: PdfManifest;
let livre: string;

beforeAll(async () => {
	await exportPdf({ PDF_DIR: pdfDir, PDF_CACHE_DIR: cacheDir });
	manifest = JSON.parse(readFileSync(join(pdfDir, 'manifest.json'), 'utf8')) as PdfManifest;
	livre = fileOf(manifest.livre);
}, 600_000);

describe('the export', () => {
	it('lays the PDFs out by URL, as the manifest says, with their real size and page count', () => {
		expect(manifest.livre.url).toBe(urls.livrePdf());
		expect(Object.keys(manifest.parties).sort()).toEqual(PARTIES.map((p) => p.slug).sort());
		expect(Object.keys(manifest.fiches).sort()).toEqual(book.fiches.map((f) => f.id).sort());
		for (const [slug, info] of Object.entries(manifest.parties))
			expect(info.url).toBe(urls.partiePdf(slug));
		const chapitres = book.parties.flatMap((p) => p.chapitres);
		expect(Object.keys(manifest.chapitres).sort()).toEqual(chapitres.map((c) => c.entry.id).sort());
		for (const chapitre of chapitres)
			expect(manifest.chapitres[chapitre.entry.id]!.url).toBe(
				urls.chapitrePdf(chapitre.partie.slug, chapitre.entry.id),
			);
		for (const [id, info] of Object.entries(manifest.fiches))
			expect(info.url).toBe(urls.fichePdf(id));
		for (const info of [
			manifest.livre,
			...Object.values(manifest.parties),
			...Object.values(manifest.chapitres),
			...Object.values(manifest.fiches),
		]) {
			expect(statSync(fileOf(info)).size).toBe(info.bytes);
			expect(Number(pdfInfo(fileOf(info))['Pages'])).toBe(info.pages);
		}
	});

	it('writes the book’s metadata: title, author, keywords, language, A4, tagged PDF/UA-1', () => {
		const info = pdfInfo(livre);
		expect(info['Title']).toBe(`${fr.site.titre}. ${fr.site.sousTitre}`.replace(/'/g, '’'));
		expect(info['Author']).toBe(fr.site.editeur);
		expect(info['Keywords']).toBe(fr.pdfLivre.motsCles.join(', '));
		expect(info['Page size']).toContain('(A4)');
		expect(info['Tagged']).toBe('yes');
		const xmp = poppler('pdfinfo', ['-meta', livre]);
		expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
		expect(xmp).toContain('<rdf:li>fr-FR</rdf:li>');
		const fiche = book.fiches[0]!;
		expect(pdfInfo(fileOf(manifest.fiches[fiche.id]!))['Title']).toBe(
			frenchTypography(`${fiche.data.titre} (${fiche.data.ville})`),
		);
	});

	it('prints every sheet title, every city in the index, and the draft notice of every draft', () => {
		const text = skeleton(pdfText(livre));
		for (const fiche of book.fiches) {
			expect(text).toContain(skeleton(frenchTypography(fiche.data.titre)));
			expect(text).toContain(skeleton(fiche.data.ville));
		}
		const notices = text.split(skeleton(fr.statut.brouillon)).length - 1;
		const drafts = [
			...book.fiches,
			...book.parties.flatMap((p) => [p.entry, ...p.chapitres.map((c) => c.entry)]),
		].filter((entry) => entry?.data.statut === 'brouillon');
		expect(notices).toBe(drafts.length);
	});
});

describe('the bookmarks', () => {
	let outline: OutlineItem[];
	beforeAll(() => {
		outline = pdfOutline(livre);
	});

	it('have an entry per part, chapter and sheet, nested and in book order', () => {
		const parts = outline.filter((item) => PARTIES.some((p) => p.titre === item.title));
		expect(parts.map((p) => p.title)).toEqual(book.parties.map((p) => p.meta.titre));
		for (const [i, partie] of book.parties.entries()) {
			const children = parts[i]!.children;
			const expected = [
				...partie.chapitres.map((c) => frenchTypography(c.entry.data.titre)),
				...partie.autresFiches.map(bookmarkOf),
			];
			expect(children.map((c) => c.title)).toEqual(expected);
			for (const chapitre of partie.chapitres) {
				const item = children.find((c) => c.title === frenchTypography(chapitre.entry.data.titre))!;
				expect(item.children.map((c) => c.title)).toEqual(chapitre.fiches.map(bookmarkOf));
			}
		}
		const titles = outline.map((item) => item.title);
		expect(titles).toContain(fr.pdfLivre.indexVilles);
		expect(titles).toContain(fr.pdfLivre.indexDeterminants);
	});

	it('land on the page that carries their title, parts on right-hand pages', () => {
		const visit = (items: OutlineItem[]) => {
			for (const item of items) {
				// A sheet's bookmark joins its city and its title, which the page prints apart.
				for (const part of item.title.split(' — '))
					expect(skeleton(pdfText(livre, item.page)), `${item.title}, page ${item.page}`).toContain(
						skeleton(part),
					);
				visit(item.children);
			}
		};
		visit(outline);
		for (const item of outline.filter((i) => PARTIES.some((p) => p.titre === i.title)))
			expect(item.page % 2).toBe(1);
	});

	it('are also in the per-part, per-chapter and per-sheet PDFs', () => {
		const partie = book.parties.find((p) => p.fiches.length > 0)!;
		const [contents, root] = pdfOutline(fileOf(manifest.parties[partie.meta.slug]!));
		expect(contents!.title).toBe(fr.pdfLivre.sommaire);
		expect(root!.title).toBe(partie.meta.titre);
		const fiche = partie.fiches[0]!;
		expect(pdfOutline(fileOf(manifest.fiches[fiche.id]!)).map((i) => i.title)).toEqual([
			bookmarkOf(fiche),
		]);
	});
});

describe('a chapter’s own PDF', () => {
	const chapitre = book.parties.flatMap((p) => p.chapitres).find((c) => c.fiches.length > 0)!;

	it('holds the chapter and its sheets, the chapter at the top of the bookmarks', () => {
		const file = fileOf(manifest.chapitres[chapitre.entry.id]!);
		const [root, ...others] = pdfOutline(file);
		expect(others).toEqual([]);
		expect(root!.title).toBe(frenchTypography(chapitre.entry.data.titre));
		expect(root!.children.map((c) => c.title)).toEqual(chapitre.fiches.map(bookmarkOf));
		const text = skeleton(pdfText(file));
		for (const fiche of chapitre.fiches)
			expect(text).toContain(skeleton(frenchTypography(fiche.data.titre)));
	});
});

describe('a part’s own PDF', () => {
	it('opens on its contents, which give the page of every chapter and sheet', () => {
		const partie = book.parties.find((p) => p.chapitres.length > 0)!;
		const file = fileOf(manifest.parties[partie.meta.slug]!);
		const first = skeleton(pdfText(file, 1));
		expect(first).toContain(skeleton(fr.pdfLivre.sommaire));
		const [, root] = pdfOutline(file);
		const entries = root!.children.flatMap((c) => [c, ...c.children]);
		expect(entries.length).toBe(partie.chapitres.length + partie.fiches.length);
		for (const entry of entries) expect(first).toContain(skeleton(entry.title));
		// pdftotext reads the column of page numbers after the titles, in the same order.
		const pages = [root!.page, ...entries.map((e) => e.page)].join('');
		expect(first).toContain(pages);
	});
});

describe('the end of the book', () => {
	it('lists every acronym of the glossary with its expansion, then says where the guide lives on', () => {
		const pages = Number(pdfInfo(livre)['Pages']);
		const last = skeleton(pdfText(livre, pages));
		for (const path of [urls.home(), urls.donnees(), urls.contribuer()])
			expect(last).toContain(skeleton(new URL(path, config.site).href));
		const glossary = pdfOutline(livre).find((i) => i.title === fr.glossaire.titre)!;
		const text = skeleton(pdfText(livre, glossary.page));
		for (const sigle of readGlossaire())
			expect(text).toContain(skeleton(`${sigle.sigle}${frenchTypography(sigle.developpement)}`));
	});
});

describe('the book’s folios', () => {
	it('show on every sheet’s opening page, where the contents and the indexes send readers', () => {
		const outline = pdfOutline(livre);
		const sheets = outline
			.flatMap((p) => [...p.children, ...p.children.flatMap((c) => c.children)])
			.filter((item) => book.fiches.some((f) => bookmarkOf(f) === item.title));
		expect(sheets.length).toBe(book.fiches.length);
		for (const sheet of sheets) {
			const lines = pdfText(livre, sheet.page)
				.split('\n')
				.map((l) => l.trim());
			expect(lines, `${sheet.title}, page ${sheet.page}`).toContain(String(sheet.page));
		}
	});
});

describe('running heads', () => {
	it('show the part on left-hand pages and the city and sheet on right-hand ones, not on opening pages', () => {
		const outline = pdfOutline(livre);
		const sheets = outline.flatMap((p) => [
			...p.children,
			...p.children.flatMap((c) => c.children),
		]);
		const fiche = book.fiches.find((f) => sheets.some((s) => s.title === bookmarkOf(f)))!;
		const opening = sheets.find((s) => s.title === bookmarkOf(fiche))!.page;
		const head = (page: number) => pdfText(livre, page).split('\n')[0]!;
		expect(head(opening)).not.toContain(fiche.data.ville);
		const partie = book.parties.find((p) => p.fiches.includes(fiche))!;
		const next = opening + 1;
		if (next % 2 === 0) expect(skeleton(head(next))).toBe(skeleton(partie.meta.titre));
		else expect(skeleton(head(next))).toContain(skeleton(fiche.data.ville));
	});
});

describe('the cache of compiled PDFs', () => {
	const documents = () =>
		1 + PARTIES.length + book.parties.flatMap((p) => p.chapitres).length + book.fiches.length;

	it('gives the same files again without compiling anything when nothing changed', async () => {
		const out = join(work, 'pdf-cache');
		const { stdout } = await exportPdf({ PDF_DIR: out, PDF_CACHE_DIR: cacheDir });
		expect(stdout).toContain(`composition de 0 PDF (${documents()} repris du cache)`);
		const again = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as PdfManifest;
		expect(again).toEqual(manifest);
		const file = (dir: string) => join(dir, ...manifest.livre.url.split('/').filter(Boolean));
		expect(readFileSync(file(out)).equals(readFileSync(file(pdfDir)))).toBe(true);
	}, 120_000);

	it('compiles again only the book, the part, the chapter and the sheet of an edited sheet', async () => {
		const corpus = join(work, 'contenu-modifie');
		cpSync(join(ROOT, 'content'), corpus, { recursive: true });
		const { id } = sheetWhere('une fiche d’un chapitre', (sheet) => Boolean(sheet.data.chapitre));
		const edited = join(corpus, 'fiches', `${id}.md`);
		writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nUne phrase ajoutée.\n`);
		const out = join(work, 'pdf-modifie');
		const { stdout } = await exportPdf({
			CONTENU_DIR: corpus,
			PDF_DIR: out,
			PDF_CACHE_DIR: cacheDir,
		});
		expect(stdout).toContain(`composition de 4 PDF (${documents() - 4} repris du cache)`);
		expect(pdfText(join(out, ...urls.fichePdf(id).split('/').filter(Boolean)))).toContain(
			'Une phrase ajoutée.',
		);
	}, 120_000);
});

describe('invalid content', () => {
	it('stops with the validator’s French messages and writes nothing', async () => {
		const corpus = join(work, 'contenu-invalide');
		cpSync(join(ROOT, 'content'), corpus, { recursive: true });
		const { id } = sheetWhere('une fiche aux déterminants écrits sur une ligne', (sheet) =>
			/^determinants: \[/m.test(readFileSync(join(ROOT, sheet.file), 'utf8')),
		);
		const broken = join(corpus, 'fiches', `${id}.md`);
		writeFileSync(
			broken,
			readFileSync(broken, 'utf8').replace(/^determinants: \[/m, 'determinants: [logment, '),
		);
		const out = join(work, 'pdf-invalide');
		const failure = await exportPdf({ CONTENU_DIR: corpus, PDF_DIR: out }).then(
			() => undefined,
			(error: unknown) => error as { code: number; stderr: string },
		);
		expect(failure?.code).toBe(1);
		expect(failure?.stderr).toContain(`${id}.md`);
		expect(failure?.stderr).toContain('vouliez-vous dire « logement » ?');
		expect(failure?.stderr).toContain('aucun PDF n’a été produit');
		expect(existsSync(out)).toBe(false);
	}, 120_000);
});

/** The composing processes (src/pdf/worker.ts) this test's process still has. */
function composingChildren(): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((pid) => {
			try {
				const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
				const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
				return (
					ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('worker.ts')
				);
			} catch {
				return false;
			}
		})
		.map(Number);
}

describe('the composing processes', () => {
	const source = (body: string) => `#set document(title: "Essai")\n#set text(lang: "fr")\n${body}`;

	it('report a document Typst refuses in French, naming it, and stop the others', async () => {
		const out = mkdtempSync(join(tmpdir(), 'rfvs-compile-'));
		const documents = [
			...Array.from({ length: 6 }, (_, i) => ({ url: `/bon-${i}.pdf`, source: source('Texte.') })),
			{ url: '/casse.pdf', source: source('#let x = (') },
		];
		const failure = await compileAll(documents, out, []).then(
			() => undefined,
			(error: unknown) => error as Error,
		);
		expect(failure?.message).toContain('La composition du PDF « /casse.pdf » a échoué');
		expect(failure?.message).toMatch(/Piste : /);
		// The other processes are stopped, not left composing what nobody will publish.
		await expect.poll(composingChildren, { timeout: 5_000 }).toEqual([]);
	});

	it('compile every document once, each where its URL says', async () => {
		const out = mkdtempSync(join(tmpdir(), 'rfvs-compile-'));
		const documents = Array.from({ length: 5 }, (_, i) => ({
			url: `/dossier/doc-${i}.pdf`,
			source: source(`Document ${i}.`),
		}));
		const compiled = await compileAll(documents, out, []);
		expect(compiled.map((c) => c.info.url).sort()).toEqual(documents.map((d) => d.url));
		for (const { url } of documents)
			expect(readFileSync(join(out, url)).subarray(0, 5).toString()).toBe('%PDF-');
		await expect.poll(composingChildren, { timeout: 5_000 }).toEqual([]);
	});
});
