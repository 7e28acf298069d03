/**
 * The benchmark's results as Markdown: one column per corpus (and the Starlight peer), one row
 * per measure, then each target of the brief with what was measured and whether it is met.
 */
import type { PageWeight } from './weight.ts';

export interface QueryResult {
	query: string;
	bytes: number;
	transferred: number;
	firstResult: number;
	results: number;
}

export interface BuildRun {
	seconds: number;
	peakRss: number;
	stages: Record<string, number>;
	/** Peak RSS by stage, as `Measured.stagePeaks`. */
	stagePeaks: Record<string, number>;
}

export interface SizeResult {
	label: string;
	fiches: number;
	validation: { seconds: number; peakRss: number };
	cold: BuildRun;
	rebuild: BuildRun;
	dist: number;
	pagefind: number;
	queries: QueryResult[];
	sheetPage: PageWeight;
	pdf: { bookPages: number; bookBytes: number; documents: number; bytes: number };
}

export interface PeerResult {
	fiches: number;
	build: { seconds: number; peakRss: number };
	dist: number;
	pagefind: number;
	sheetPage: PageWeight;
}

export interface LighthouseResult {
	page: string;
	scores: Record<string, number>;
}

export interface BenchResults {
	date: string;
	machine: string;
	sizes: SizeResult[];
	peer?: PeerResult;
	lighthouse: LighthouseResult[];
	/** Measures that could not be taken, and why. */
	failures: string[];
}

const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

const number = (value: number, digits = 1) =>
	value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const seconds = (value: number) => `${number(value)} s`;
export const bytes = (value: number) =>
	value >= GIB
		? `${number(value / GIB, 2)} Gio`
		: value >= MIB
			? `${number(value / MIB)} Mio`
			: `${number(value / KIB)} Kio`;

/** The stages the build prints, in order, with the name the table gives them. */
const STAGES: [string, string][] = [
	['validation', 'validation'],
	['sources Typst', 'sources Typst'],
	['composition', 'composition des PDF'],
	['site et recherche', 'site et cartes (Astro)'],
	['recherche (Pagefind)', 'recherche (Pagefind)'],
];

/** A stage's duration: stage names may carry counts (« composition de 39 PDF … »). */
export function stage(run: BuildRun, name: string, of = run.stages): number | undefined {
	const key = Object.keys(of).find((k) => k.startsWith(name));
	return key === undefined ? undefined : of[key];
}

/** Peak memory of the PDF stage, and of the site and search stages (the Astro build). */
export function stagePeaks(run: BuildRun): { pdf: number; site: number } {
	const peak = (name: string) => stage(run, name, run.stagePeaks) ?? 0;
	return {
		pdf: peak('composition'),
		site: Math.max(peak('recherche (Pagefind)'), peak('site et recherche')),
	};
}

/** Site and search: the Astro build, which runs Pagefind in its last hook. */
export function siteAndSearch(run: BuildRun): number {
	return stage(run, 'site et recherche') ?? 0;
}

const pageTotal = (weight: PageWeight) => weight.html + weight.css + weight.fonts;

function row(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

function measuresTable(results: BenchResults): string[] {
	const { sizes, peer } = results;
	const header = [
		'Mesure',
		...sizes.map((s) => s.label),
		...(peer ? [`Starlight, ${number(peer.fiches, 0)} fiches`] : []),
	];
	const line = (name: string, ours: (s: SizeResult) => string, theirs = '—') =>
		row([name, ...sizes.map(ours), ...(peer ? [theirs] : [])]);
	const stageLine = ([key, name]: [string, string]) =>
		line(`… dont ${name}`, (s) => {
			let value = stage(s.cold, key);
			// The Astro stage includes Pagefind's hook: shown apart, so taken out here.
			if (key === 'site et recherche' && value !== undefined)
				value -= stage(s.cold, 'recherche (Pagefind)') ?? 0;
			return value === undefined ? '—' : seconds(value);
		});
	const queries = sizes[0]?.queries.map((q) => q.query) ?? [];
	return [
		row(header),
		row(header.map(() => '---')),
		line('Validation (`npm run validate`)', (s) => seconds(s.validation.seconds)),
		line(
			'Construction complète à froid (`npm run build`)',
			(s) => seconds(s.cold.seconds),
			peer ? `${seconds(peer.build.seconds)} (site et recherche)` : '—',
		),
		...STAGES.map(stageLine),
		line('Site et recherche (Astro + Pagefind)', (s) => seconds(siteAndSearch(s.cold))),
		line('Reconstruction après modification d’une fiche', (s) => seconds(s.rebuild.seconds)),
		line(
			'Mémoire maximale (RSS, arbre de processus)',
			(s) => bytes(Math.max(s.cold.peakRss, s.rebuild.peakRss)),
			peer ? bytes(peer.build.peakRss) : '—',
		),
		line('… pendant la composition des PDF', (s) => bytes(stagePeaks(s.cold).pdf)),
		line('… pendant le site et la recherche', (s) => bytes(stagePeaks(s.cold).site)),
		line('Taille de `dist/`', (s) => bytes(s.dist), peer ? bytes(peer.dist) : '—'),
		line('Index Pagefind', (s) => bytes(s.pagefind), peer ? bytes(peer.pagefind) : '—'),
		...queries.map((query, i) =>
			line(`Requête « ${query} » : transféré (brut), premier résultat`, (s) => {
				const q = s.queries[i]!;
				return `${bytes(q.transferred)} (${bytes(q.bytes)}), ${number(q.firstResult, 0)} ms, ${number(q.results, 0)} rés.`;
			}),
		),
		line(
			'Page d’une fiche : HTML + CSS + polices (gzip)',
			(s) => bytes(pageTotal(s.sheetPage)),
			peer ? bytes(pageTotal(peer.sheetPage)) : '—',
		),
		line(
			'… et JavaScript (gzip)',
			(s) => bytes(s.sheetPage.js),
			peer ? bytes(peer.sheetPage.js) : '—',
		),
		line(
			'PDF du livre : pages, taille',
			(s) => `${number(s.pdf.bookPages, 0)} p., ${bytes(s.pdf.bookBytes)}`,
		),
		line(
			'Tous les PDF (livre, parties, fiches)',
			(s) => `${number(s.pdf.documents, 0)} fichiers, ${bytes(s.pdf.bytes)}`,
		),
	];
}

interface Target {
	name: string;
	measured: string;
	/** Undefined for a figure given for information, with no target. */
	met?: boolean;
}

/** The brief's targets, checked against what this run measured; absent corpora are skipped. */
export function targets(results: BenchResults): Target[] {
	const at = (fiches: number) => results.sizes.find((s) => s.fiches === fiches);
	const list: Target[] = [];
	const mille = at(1000);
	const cinqMille = at(5000);
	if (mille) {
		list.push({
			name: '1 000 fiches : construction complète < 60 s',
			measured: seconds(mille.cold.seconds),
			met: mille.cold.seconds < 60,
		});
		list.push({
			name: '1 000 fiches : reconstruction après une modification < ½ construction à froid',
			measured: `${seconds(mille.rebuild.seconds)} (${number((mille.rebuild.seconds / mille.cold.seconds) * 100, 0)} %)`,
			met: mille.rebuild.seconds < mille.cold.seconds / 2,
		});
		if (results.peer) {
			const ratio = siteAndSearch(mille.cold) / results.peer.build.seconds;
			list.push({
				name: '1 000 fiches : site et recherche ≤ 0,7 × Starlight',
				measured: `${number(ratio, 2)} × (${seconds(siteAndSearch(mille.cold))} contre ${seconds(results.peer.build.seconds)})`,
				met: ratio <= 0.7,
			});
			const memory = Math.max(mille.cold.peakRss, mille.rebuild.peakRss);
			list.push({
				name: '1 000 fiches : mémoire, rapport à Starlight (information)',
				measured: `${number(memory / results.peer.build.peakRss, 2)} × (${bytes(memory)} contre ${bytes(results.peer.build.peakRss)})`,
			});
		}
	}
	if (cinqMille) {
		list.push({
			name: '5 000 fiches : construction complète < 5 min',
			measured: seconds(cinqMille.cold.seconds),
			met: cinqMille.cold.seconds < 300,
		});
		const memory = Math.max(cinqMille.cold.peakRss, cinqMille.rebuild.peakRss);
		list.push({
			name: '5 000 fiches : mémoire maximale < 3 Gio',
			measured: bytes(memory),
			met: memory < 3 * GIB,
		});
		const heaviest = Math.max(...cinqMille.queries.map((q) => q.transferred));
		list.push({
			name: '5 000 fiches : une requête < 150 Kio (transférés, compression gzip du serveur)',
			measured: `${bytes(heaviest)} (la plus lourde des ${cinqMille.queries.length})`,
			met: heaviest < 150 * KIB,
		});
	}
	const heaviestPage = Math.max(...results.sizes.map((s) => pageTotal(s.sheetPage)));
	if (results.sizes.length)
		list.push({
			name: 'Page d’une fiche ≤ 30 Kio avant images (HTML + CSS + polices, compressés)',
			measured: bytes(heaviestPage),
			met: heaviestPage <= 30 * KIB,
		});
	return list;
}

export function formatReport(results: BenchResults): string {
	const lines = [
		`# Banc d’essai — ${results.date}`,
		'',
		`Machine : ${results.machine}`,
		'',
		...measuresTable(results),
		'',
		'## Cibles',
		'',
		row(['Cible', 'Mesuré', 'Atteinte']),
		row(['---', '---', '---']),
		...targets(results).map((t) =>
			row([t.name, t.measured, t.met === undefined ? '—' : t.met ? 'oui' : '**non**']),
		),
	];
	if (results.lighthouse.length) {
		const categories = Object.keys(results.lighthouse[0]!.scores);
		lines.push(
			'',
			'## Lighthouse (contenu réel, émulation mobile)',
			'',
			row(['Page', ...categories]),
			row(['---', ...categories.map(() => '---')]),
			...results.lighthouse.map((l) =>
				row([l.page, ...categories.map((c) => String(l.scores[c]))]),
			),
		);
	}
	if (results.failures.length)
		lines.push(
			'',
			'## Mesures manquantes',
			'',
			...results.failures.map((f) => `- ${f.split('\n')[0]!}`),
		);
	return `${lines.join('\n')}\n`;
}
