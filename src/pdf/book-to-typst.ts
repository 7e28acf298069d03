import { posix } from 'node:path';
import { fr } from '../i18n/fr.ts';
import {
	determinants,
	villes,
	type Book,
	type BookChapitre,
	type BookPartie,
	type Fiche,
} from '../model/book.ts';
import { parseMarkdown } from '../model/text/markdown.ts';
import type { Sigle } from '../schemas/glossaire.ts';
import { formatDate, frenchTypography } from '../model/text/typography.ts';
import { urls } from '../model/urls.ts';
import { identityRows, introLine, type IdentityValue } from '../model/identity.ts';
import { FIELD } from '../schemas/fields.ts';
import { determinantLabel, PARTIES, typeLabel, type Partie } from '../schemas/vocabulary.ts';
import { markdownToTypst } from './markdown-to-typst.ts';
import { content, markup, typstArray, typstString } from './typst.ts';

/** Where the compiler finds the book template; every generated document imports it. */
export const TEMPLATE_PATH = '/template.typ';

/** One PDF to make: its URL on the site (also its path under `PDF_DIR`) and its Typst source. */
export interface PdfDocument {
	url: string;
	source: string;
}

/** An image a document shows: the path the source names, the file on disk, and whose it is. */
export interface PdfImage {
	/** Path inside the compiler's virtual file system, as written in the source. */
	path: string;
	/** Path relative to the project root. */
	file: string;
	/** The content file that shows it, for error messages. */
	owner: { titre: string; file: string };
}

export interface PdfPlan {
	livre: PdfDocument;
	parties: Record<string, PdfDocument>;
	/** One per chapter, by chapter id (its file name in content/chapitres/). */
	chapitres: Record<string, PdfDocument>;
	fiches: Record<string, PdfDocument>;
	images: PdfImage[];
}

export interface PlanOptions {
	/** Origin of the site: relative links and « version en ligne » addresses. */
	siteUrl: string;
	/** Used for the edition date only when the book has no sheet to date it. */
	now: Date;
	/** See `FICHES_EN_ENTIER_MAX`; tests lower it to print a small book in brief. */
	fichesEnEntierMax?: number;
	/** The acronyms of `content/glossaire.yml`, printed at the end of the book. */
	glossaire?: readonly Sigle[];
}

/**
 * The most sheets the book and its parts print in full. Beyond, they print each sheet in brief
 * (city, title, summary, facts, address of the full sheet), and each sheet's own PDF stays
 * complete. In full, a sheet takes about 2.8 pages: 250 sheets make some 750 pages, about the
 * most a printer binds as one volume. Typst also holds about 1.2 MB of memory per page while it
 * lays a document out (measured: 2,782 pages, 3.3 GB), so 5,000 sheets in full (about 14,000
 * pages) did not fit in this machine's 24 GB.
 */
export const FICHES_EN_ENTIER_MAX = 250;

/** What the texts of one part need to know while their sources are written. */
interface Scope {
	partie: Partie;
	images: PdfImage[];
	siteUrl: string;
	/** The book prints its sheets in brief (see `FICHES_EN_ENTIER_MAX`). */
	enBref: boolean;
}

/** Footer line of every page of every document. */
const MENTION = content(markup(frenchTypography(fr.site.titre)));

/**
 * The edition date: the month of the most recent sheet, so that printing the same content twice
 * gives the same book (and the same PDF bytes); the build date only for a book without sheets.
 */
export function editionMonth(book: Book, now: Date): string {
	const latest = book.fiches
		.map((f) => f.data.date.slice(0, 7))
		.sort()
		.at(-1);
	return latest ?? `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Running text from a frontmatter string: French typography, then escaped. */
function text(value: string): string {
	return content(markup(frenchTypography(value)));
}

/** Running heads have one line: long titles are cut at a word and end with « … ». */
export function shortTitle(title: string, max = 75): string {
	if (title.length <= max) return title;
	const cut = title.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function colour(partie: Partie): string {
	return `rgb(${typstString(partie.couleur)})`;
}

function partieLabel(partie: Partie): string | undefined {
	return partie.numero === 0 ? undefined : fr.partie.numero(partie.numero);
}

function draftNotice(statut: string): string {
	if (statut !== 'brouillon') return 'none';
	return `avertissement(${text(fr.statut.brouillon)}, ${text(fr.statut.brouillonDetail)})`;
}

function sourceNote(source: string | undefined): string {
	return source ? `source-texte(${text(fr.pdfLivre.source)}, ${text(source)})` : 'none';
}

/** Resolves a body or frontmatter image against the file that names it. */
function imageResolver(owner: { titre: string; file: string }, scope: Scope) {
	return (url: string): string | undefined => {
		if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
		const file = posix.normalize(posix.join(posix.dirname(owner.file), url));
		const path = `/${file}`;
		if (!scope.images.some((i) => i.path === path && i.owner.file === owner.file)) {
			scope.images.push({ path, file, owner });
		}
		return path;
	};
}

function body(
	markdown: string,
	sectionLevel: number,
	id: string,
	owner: { titre: string; file: string },
	scope: Scope,
): string {
	return markdownToTypst(parseMarkdown(markdown), {
		sectionLevel,
		idPrefix: id,
		siteUrl: scope.siteUrl,
		resolveImage: imageResolver(owner, scope),
		source: owner.file,
	});
}

function partieSource(bookPartie: BookPartie, scope: Scope): string {
	const { meta, entry } = bookPartie;
	const etiquette = partieLabel(meta);
	const owner = { titre: meta.titre, file: entry?.file ?? `content/parties/${meta.slug}.md` };
	return `#partie(
	cle: ${typstString(`partie:${meta.slug}`)},
	etiquette: ${etiquette ? text(etiquette) : 'none'},
	titre: ${text(meta.titre)},
	couleur: ${colour(meta)},
	avertissement-texte: ${entry ? draftNotice(entry.data.statut) : 'none'},
	source: ${sourceNote(entry?.data.source)},
)[
${entry ? body(entry.body, 2, `partie-${meta.slug}`, owner, scope) : ''}
]`;
}

/** `niveau`: 2 inside the book and its part, 1 in the chapter's own PDF. */
function chapitreSource(chapitre: BookChapitre, scope: Scope, niveau = 2): string {
	const { entry, partie } = chapitre;
	const supplement = fr.partie.chapitre(entry.data.ordre);
	const etiquette = `${fr.partie.numero(partie.numero)} · ${supplement}`;
	const owner = { titre: entry.data.titre, file: entry.file };
	return `#chapitre(
	cle: ${typstString(`chapitre:${entry.id}`)},
	niveau: ${niveau},
	etiquette: ${text(etiquette)},
	supplement: ${text(supplement)},
	partie: ${text(shortTitle(partie.titre))},
	titre: ${text(entry.data.titre)},
	couleur: ${colour(partie)},
	avertissement-texte: ${draftNotice(entry.data.statut)},
	source: ${sourceNote(entry.data.source)},
)[
${body(entry.body, niveau + 1, `chapitre-${entry.id}`, owner, scope)}
]`;
}

/** Several values of one field: short ones (« CHU · CCAS ») run on, long ones get a line each. */
function linesMarkup(values: readonly string[]): string {
	const short = values.every((v) => v.length <= 24);
	return values.map((v) => markup(frenchTypography(v))).join(short ? ' · ' : '#linebreak()');
}

const lines = (values: readonly string[]): string => content(linesMarkup(values));

/** A form's answer over several lines (a year per line in a budget), its lines kept. */
function answerLines(value: string): string {
	return value
		.split(/\r\n?|\n/)
		.map((line) => markup(frenchTypography(line)))
		.join('#linebreak()');
}

/** One row of the identity box (src/model/identity.ts) as Typst content. */
function identityValue(value: IdentityValue): string {
	switch (value.kind) {
		case 'text':
			return content(answerLines(value.text));
		case 'date':
			return text(value.text);
		case 'list':
			return value.intro
				? content(
						`#emph[${markup(frenchTypography(introLine(value.intro)))}]#linebreak()${linesMarkup(value.items)}`,
					)
				: lines(value.items);
		case 'codes':
			return lines(value.items.map((item) => item.label));
		case 'pairs':
			return content(
				value.items
					.map(
						(item) =>
							`#strong[${markup(frenchTypography(`${item.label} :`))}] ${answerLines(item.text)}`,
					)
					.join('#linebreak()'),
			);
		case 'contact': {
			const email = value.email
				? `#link(${typstString(`mailto:${value.email}`)})${text(value.email)}`
				: '';
			return content(
				[value.who ? markup(frenchTypography(value.who)) : '', email]
					.filter(Boolean)
					.join('#linebreak()'),
			);
		}
	}
}

function ficheSource(fiche: Fiche, level: number, scope: Scope): string {
	const d = fiche.data;
	const owner = { titre: d.titre, file: fiche.file };
	const rows = identityRows(d).map((row) => `(${text(row.label)}, ${identityValue(row.value)})`);
	const extras: string[] = [];
	const sectionHeading = (titre: string) =>
		`#heading(level: ${level + 1}, outlined: false, bookmarked: false)${text(titre)}`;
	if (d.images?.length) {
		const resolve = imageResolver(owner, scope);
		extras.push(sectionHeading(FIELD.images.label));
		for (const image of d.images) {
			const path = resolve(image.src);
			extras.push(
				path === undefined
					? text(image.alt)
					: `#illustration(${typstString(path)}, ${typstString(frenchTypography(image.alt))})`,
			);
		}
	}
	if (d.liens?.length) {
		extras.push(sectionHeading(FIELD.liens.label));
		const items = d.liens.map(
			(l) =>
				`[#link(${typstString(l.url)})${text(l.titre)}#linebreak()#text(size: 0.85em)[${markup(l.url)}]]`,
		);
		extras.push(`#list(tight: true, ${items.join(', ')})`);
	}
	const online = new URL(urls.fiche(fiche.id), scope.siteUrl).href;
	extras.push(`#source-texte(${text(fr.pdfLivre.versionEnLigne)}, link(${typstString(online)}))`);
	return `#fiche(
	cle: ${typstString(`fiche:${fiche.id}`)},
	niveau: ${level},
	surtitre: ${text(fr.pdfLivre.ficheAction(d.partie))},
	partie: ${text(shortTitle(scope.partie.titre))},
	ville: ${text(d.ville)},
	titre: ${text(d.titre)},
	resume: ${text(d.resume)},
	couleur: ${colour(scope.partie)},
	avertissement-texte: ${draftNotice(d.statut)},
	identite-lignes: ${typstArray(rows)},
)[
${body(fiche.body, level + 1, `fiche-${fiche.id}`, owner, scope)}

${extras.join('\n\n')}
]`;
}

/** A sheet in brief: what the book prints of it when it cannot print every sheet in full. */
function ficheEnBrefSource(fiche: Fiche, level: number, scope: Scope): string {
	const d = fiche.data;
	const details = [
		...(d.statut === 'brouillon' ? [fr.statut.brouillon] : []),
		formatDate(d.date),
		d.types.map(typeLabel).join(', '),
		d.determinants.map(determinantLabel).join(', '),
	].filter(Boolean);
	const online = new URL(urls.fiche(fiche.id), scope.siteUrl).href;
	return `#fiche-en-bref(
	cle: ${typstString(`fiche:${fiche.id}`)},
	niveau: ${level},
	ville: ${text(d.ville)},
	titre: ${text(d.titre)},
	resume: ${text(d.resume)},
	couleur: ${colour(scope.partie)},
	details: ${text(details.join(' · '))},
	lien: [${markup(frenchTypography(`${fr.pdfLivre.ficheComplete} : `))}#link(${typstString(online)})],
)`;
}

/** A chapter and its sheets, the chapter at `niveau` and its sheets one level below. */
function chapitreContents(chapitre: BookChapitre, scope: Scope, niveau: number): string[] {
	const fiche = scope.enBref ? ficheEnBrefSource : ficheSource;
	return [
		chapitreSource(chapitre, scope, niveau),
		...chapitre.fiches.map((f) => fiche(f, niveau + 1, scope)),
	];
}

/** A part's chapters and sheets in book order, at the levels they take inside the book. */
function partieContents(bookPartie: BookPartie, scope: Scope): string[] {
	const fiche = scope.enBref ? ficheEnBrefSource : ficheSource;
	return [
		partieSource(bookPartie, scope),
		...bookPartie.chapitres.flatMap((chapitre) => chapitreContents(chapitre, scope, 2)),
		...bookPartie.autresFiches.map((f) => fiche(f, 2, scope)),
	];
}

/** Part colours by the labels of the parts' headings, for the contents. */
const SOMMAIRE_COULEURS = `(${PARTIES.map((p) => `${typstString(`partie:${p.slug}`)}: ${colour(p)}`).join(', ')})`;

/**
 * The contents on a page of its own, then a blank left-hand page if need be, so that what
 * follows opens on a right-hand page.
 */
function sommaireSource(): string[] {
	return [
		`#sommaire(titre: ${text(fr.pdfLivre.sommaire)}, couleurs: ${SOMMAIRE_COULEURS})`,
		'#fin-de-partie()',
		'#pagebreak(to: "odd", weak: true)',
	];
}

const PREAMBLE = `#import ${typstString(TEMPLATE_PATH)}: *\n#show: edition.with(mention: ${MENTION})`;

/** Document metadata, last in the source (see `edition` in the template). */
function metadata(titre: string, month: string, keywords: readonly string[]): string {
	const [year, monthNumber] = month.split('-').map(Number) as [number, number];
	return `#set document(
	title: ${typstString(frenchTypography(titre))},
	author: ${typstString(fr.site.editeur)},
	keywords: ${typstArray(keywords.map(typstString))},
	date: datetime(year: ${year}, month: ${monthNumber}, day: 1),
)`;
}

/** The last page: where the online guide, its open data and the contribution page are. */
function ouTrouverSource(siteUrl: string): string {
	const line = (label: string, path: string) => {
		const href = new URL(path, siteUrl).href;
		return `(${text(label)}, link(${typstString(href)})[${markup(href)}])`;
	};
	return `#ou-trouver(titre: ${text(fr.ouTrouver.titre)}, lignes: ${typstArray([
		line(fr.ouTrouver.enLigne, urls.home()),
		line(fr.ouTrouver.donnees, urls.donnees()),
		line(fr.ouTrouver.contribuer, urls.contribuer()),
	])})`;
}

/** The whole book around the parts' sources: cover, colophon, contents, parts, indexes. */
function livreSource(
	book: Book,
	partSources: readonly string[][],
	siteUrl: string,
	month: string,
	edition: string,
	enBref: boolean,
	glossaire: readonly Sigle[],
): string {
	// Parts open on a right-hand page; the blank left-hand page before one has neither running
	// head nor folio.
	const parties = partSources.flatMap((sources) => [
		'#fin-de-partie()',
		'#pagebreak(to: "odd", weak: true)',
		...sources,
	]);
	const cityIndex = villes(book).map(
		(group) =>
			`#entree-ville(${text(group.label)}, ${typstArray(group.fiches.map((f) => `(${typstString(`fiche:${f.id}`)}, ${text(f.data.titre)})`))})`,
	);
	const determinantIndex = determinants(book)
		.filter((group) => group.fiches.length > 0)
		.map(
			(group) =>
				`#entree-determinant(${text(group.label)}, ${typstArray(group.fiches.map((f) => typstString(`fiche:${f.id}`)))})`,
		);
	const paragraph = (value: string) => markup(frenchTypography(value));
	const colophon = [
		`#text(weight: "semibold", fill: encre)${text(`${fr.site.titre}. ${fr.site.sousTitre}`)}`,
		paragraph(edition),
		paragraph(fr.pdfLivre.colophon.editeur),
		paragraph(fr.site.soutien),
		paragraph(fr.pdfLivre.colophon.fiches),
		paragraph(fr.pdfLivre.colophon.brouillons),
		...(enBref
			? [paragraph(fr.pdfLivre.colophon.fichesEnBref(book.fiches.length, FICHES_EN_ENTIER_MAX))]
			: []),
		paragraph(fr.pdfLivre.colophon.licence),
		`${paragraph(`${fr.pdfLivre.versionEnLigne} : `)}#link(${typstString(siteUrl)})`,
		paragraph(fr.pdfLivre.colophon.composition),
	];
	return [
		PREAMBLE,
		`#couverture(
	titre: ${text(fr.site.titre)},
	sous-titre: ${text(fr.site.sousTitre)},
	editeur: ${text(fr.site.editeur)},
	edition: ${text(edition)},
	soutien: ${text(fr.site.soutien)},
	couleurs: ${typstArray(PARTIES.filter((p) => p.numero > 0).map(colour))},
)`,
		`#colophon[${colophon.join('\n\n')}]`,
		'#pagebreak(to: "odd", weak: true)',
		`#sommaire(titre: ${text(fr.pdfLivre.sommaire)}, couleurs: ${SOMMAIRE_COULEURS})`,
		...parties,
		...(glossaire.length > 0
			? [
					`#glossaire(titre: ${text(fr.glossaire.titre)}, entrees: ${typstArray(
						glossaire.map((s) => `(${text(s.sigle)}, ${text(s.developpement)})`),
					)})`,
				]
			: []),
		`#index(titre: ${text(fr.pdfLivre.indexVilles)})[${cityIndex.join('\n')}]`,
		`#index(titre: ${text(fr.pdfLivre.indexDeterminants)})[${determinantIndex.join('\n')}]`,
		ouTrouverSource(siteUrl),
		metadata(`${fr.site.titre}. ${fr.site.sousTitre}`, month, fr.pdfLivre.motsCles),
	].join('\n\n');
}

/**
 * Every PDF of the print edition as Typst source: the whole book, one per part, one per sheet.
 * Pure: images are listed, not read, so the caller decides how a missing file is reported.
 */
export function planPdfs(book: Book, options: PlanOptions): PdfPlan {
	const month = editionMonth(book, options.now);
	const edition = fr.pdfLivre.edition(formatDate(month));
	const enBref = book.fiches.length > (options.fichesEnEntierMax ?? FICHES_EN_ENTIER_MAX);
	const base = {
		images: [] as PdfImage[],
		siteUrl: options.siteUrl,
		enBref,
	};

	const parties: Record<string, PdfDocument> = {};
	const chapitres: Record<string, PdfDocument> = {};
	const fiches: Record<string, PdfDocument> = {};
	const partSources: string[][] = [];
	for (const bookPartie of book.parties) {
		const scope = { ...base, partie: bookPartie.meta };
		// The part's PDF is its own contents, then the book's pages for that part, at the same
		// levels.
		const sources = partieContents(bookPartie, scope);
		partSources.push(sources);
		parties[bookPartie.meta.slug] = {
			url: urls.partiePdf(bookPartie.meta.slug),
			source: [
				PREAMBLE,
				...sommaireSource(),
				...sources,
				metadata(`${bookPartie.meta.titre} — ${fr.site.titre}`, month, fr.pdfLivre.motsCles),
			].join('\n\n'),
		};
		// A chapter's PDF: the chapter and its sheets, the chapter at the top of the bookmarks.
		for (const chapitre of bookPartie.chapitres) {
			chapitres[chapitre.entry.id] = {
				url: urls.chapitrePdf(bookPartie.meta.slug, chapitre.entry.id),
				source: [
					PREAMBLE,
					...chapitreContents(chapitre, scope, 1),
					metadata(`${chapitre.entry.data.titre} — ${fr.site.titre}`, month, fr.pdfLivre.motsCles),
				].join('\n\n'),
			};
		}
		for (const fiche of bookPartie.fiches) {
			const keywords = [
				...fr.pdfLivre.motsCles,
				fiche.data.ville,
				...fiche.data.determinants.map(determinantLabel),
			];
			fiches[fiche.id] = {
				url: urls.fichePdf(fiche.id),
				source: [
					PREAMBLE,
					ficheSource(fiche, 1, scope),
					metadata(`${fiche.data.titre} (${fiche.data.ville})`, month, keywords),
				].join('\n\n'),
			};
		}
	}
	const livre = {
		url: urls.livrePdf(),
		source: livreSource(
			book,
			partSources,
			options.siteUrl,
			month,
			edition,
			enBref,
			options.glossaire ?? [],
		),
	};
	return { livre, parties, chapitres, fiches, images: base.images };
}
