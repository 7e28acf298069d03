/**
 * The benchmark's results as Markdown: one column per corpus (and the Starlight peer), one row
 * per measure, then each target of issue #18 with what was measured, whether it is met, by how
 * much it misses and why.
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
	/** Peak RSS by kind of process, as `Measured.processPeaks`. */
	processPeaks: Record<string, number>;
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

/** Social cards drawn apart from the build, one after the other: satori, then sharp. */
export interface CardsResult {
	cards: number;
	/** Milliseconds a card, in all and by step. */
	total: number;
	satori: number;
	sharp: number;
}

export interface BenchResults {
	date: string;
	machine: string;
	sizes: SizeResult[];
	cards?: CardsResult;
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

/**
 * Peak memory of the PDF stage, and of what follows it: the site, its cards and its style sheets
 * (Astro's process) and the search index (Pagefind). A stage's peak is taken up to its line, so
 * Astro's rendering falls under the style sheets' stage, which its last hook prints.
 */
export function stagePeaks(run: BuildRun): { pdf: number; site: number } {
	const names = Object.keys(run.stagePeaks);
	const composition = names.findIndex((name) => name.startsWith('composition'));
	return {
		pdf: composition === -1 ? 0 : run.stagePeaks[names[composition]!]!,
		site: Math.max(0, ...names.slice(composition + 1).map((name) => run.stagePeaks[name]!)),
	};
}

/** Site and search: the Astro build, which runs Pagefind in its last hook. */
export function siteAndSearch(run: BuildRun): number {
	return stage(run, 'site et recherche') ?? 0;
}

/** « Node 2,10 Gio ; Pagefind 0,80 Gio », heaviest first. */
function processes(run: BuildRun): string {
	const peaks = Object.entries(run.processPeaks ?? {}).sort((a, b) => b[1] - a[1]);
	return peaks.length ? peaks.map(([kind, peak]) => `${kind} ${bytes(peak)}`).join(' ; ') : '—';
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
		line('… par processus (pic de chacun)', (s) => processes(s.cold)),
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
	/** By how much a missed target misses. */
	gap?: string;
}

/** « +12,3 s (× 1,49) »: how far a measure is above its limit. */
function over(value: number, limit: number, format: (v: number) => string): string {
	return `+${format(value - limit)} (× ${number(value / limit, 2)})`;
}

function limited(
	name: string,
	value: number,
	limit: number,
	format: (v: number) => string,
	measured = format(value),
): Target {
	const met = value <= limit;
	return met ? { name, measured, met } : { name, measured, met, gap: over(value, limit, format) };
}

const ratio = (value: number) => `${number(value, 2)} ×`;
const percent = (value: number) => `${number(value * 100, 0)} %`;
const milliseconds = (value: number) => `${number(value, 1)} ms`;

/** The targets of issue #18, then the page budget, checked against what this run measured. */
export function targets(results: BenchResults): Target[] {
	const at = (fiches: number) => results.sizes.find((s) => s.fiches === fiches);
	const list: Target[] = [];
	const mille = at(1000);
	const cinqMille = at(5000);
	const { peer, cards } = results;
	if (mille && peer) {
		const theirs = peer.build.seconds;
		const whole = mille.cold.seconds;
		list.push(
			limited(
				'1 000 fiches : chaîne complète ≤ site et recherche de Starlight',
				whole / theirs,
				1,
				ratio,
				`${ratio(whole / theirs)} (${seconds(whole)} contre ${seconds(theirs)})`,
			),
		);
		const site = siteAndSearch(mille.cold);
		list.push(
			limited(
				'1 000 fiches : notre site et recherche ≤ 0,5 × Starlight',
				site / theirs,
				0.5,
				ratio,
				`${ratio(site / theirs)} (${seconds(site)} contre ${seconds(theirs)})`,
			),
		);
	}
	if (mille) {
		list.push(
			limited(
				'1 000 fiches : composition des PDF ≤ 10 s',
				stage(mille.cold, 'composition') ?? Infinity,
				10,
				seconds,
			),
		);
		const share = mille.rebuild.seconds / mille.cold.seconds;
		list.push(
			limited(
				'1 000 fiches : reconstruction après une modification ≤ 20 % de la construction à froid',
				share,
				0.2,
				percent,
				`${percent(share)} (${seconds(mille.rebuild.seconds)} contre ${seconds(mille.cold.seconds)})`,
			),
		);
	}
	if (cards)
		list.push(
			limited(
				'Cartes : moins de 26 ms par carte (mesure de départ)',
				cards.total,
				26,
				milliseconds,
				`${milliseconds(cards.total)} (satori ${milliseconds(cards.satori)}, sharp ${milliseconds(cards.sharp)})`,
			),
		);
	if (cinqMille) {
		list.push(
			limited('5 000 fiches : chaîne complète ≤ 200 s', cinqMille.cold.seconds, 200, seconds),
		);
		const memory = Math.max(cinqMille.cold.peakRss, cinqMille.rebuild.peakRss);
		list.push(
			limited(
				'5 000 fiches : mémoire maximale de l’arbre de processus ≤ 3 Gio',
				memory,
				3 * GIB,
				bytes,
				`${bytes(memory)} (${processes(cinqMille.cold)})`,
			),
		);
		const heaviest = cinqMille.queries.reduce((a, b) => (b.transferred > a.transferred ? b : a));
		list.push(
			limited(
				'5 000 fiches : requête la plus lourde ≤ 300 Kio transférés (gzip)',
				heaviest.transferred,
				300 * KIB,
				bytes,
				`${bytes(heaviest.transferred)} (« ${heaviest.query} »)`,
			),
		);
		const slowest = cinqMille.queries.reduce((a, b) => (b.firstResult > a.firstResult ? b : a));
		list.push(
			limited(
				'5 000 fiches : premiers résultats ≤ 1 s',
				slowest.firstResult,
				1000,
				(ms) => `${number(ms, 0)} ms`,
				`${number(slowest.firstResult, 0)} ms (« ${slowest.query} »)`,
			),
		);
	}
	const heaviestPage = Math.max(...results.sizes.map((s) => pageTotal(s.sheetPage)));
	if (results.sizes.length)
		list.push(
			limited(
				'Page d’une fiche ≤ 30 Kio avant images (HTML + CSS + polices, compressés)',
				heaviestPage,
				30 * KIB,
				bytes,
			),
		);
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
		row(['Cible', 'Mesuré', 'Atteinte', 'Écart']),
		row(['---', '---', '---', '---']),
		...targets(results).map((t) =>
			row([
				t.name,
				t.measured,
				t.met === undefined ? '—' : t.met ? 'oui' : '**non**',
				t.gap ?? '—',
			]),
		),
		'',
		'Pourquoi une cible est manquée, et ce qui a été essayé : `bench/profil.md`.',
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
