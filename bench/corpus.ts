/**
 * Large corpora for the benchmark and the scale tests, made from the real sheets: each generated
 * sheet takes a real sheet's frontmatter and, section by section, the text of real sheets, then
 * gets its own city, title, part (and chapter), determinants, date and body length. Every sheet is
 * valid against the contract. The same count always gives the same corpus. Never writes into
 * `content/`.
 *
 *     node bench/corpus.ts /tmp/corpus-1000 1000
 */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseContentFile } from '../src/contribution/validation/parse.ts';
import { DETERMINANT_CODES } from '../src/schemas/vocabulary.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');

/** A small deterministic generator (mulberry32): the corpus is the same on every machine. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Source {
	id: string;
	data: Record<string, unknown>;
	/** Body sections by heading, in order; each is a list of Markdown blocks. */
	sections: [string, string[]][];
}

function readSources(): Source[] {
	const dir = join(CONTENT, 'fiches');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const parsed = parseContentFile(name, readFileSync(join(dir, name), 'utf8'));
			const sections = parsed.body
				.split(/^## /m)
				.slice(1)
				.map((part): [string, string[]] => {
					const [heading = '', ...rest] = part.split('\n');
					const blocks = rest
						.join('\n')
						.split(/\n{2,}/)
						.map((block) => block.trim())
						.filter(Boolean);
					return [heading.trim(), blocks];
				});
			return { id: name.slice(0, -3), data: parsed.data ?? {}, sections };
		});
}

/** Short, as written, or long: the body keeps one block per section, all, or all twice. */
function resize(blocks: string[], length: number): string[] {
	if (length === 0) return blocks.slice(0, 1);
	if (length === 2) return [...blocks, ...blocks];
	return blocks;
}

/** Writes `count` sheets (and the real parts, chapters, cities and media) into `dir`, replacing it. */
export function generateCorpus(dir: string, count: number): void {
	rmSync(dir, { recursive: true, force: true });
	for (const folder of ['parties', 'chapitres', 'medias']) {
		mkdirSync(join(dir, folder), { recursive: true });
		if (!existsSync(join(CONTENT, folder))) continue;
		for (const name of readdirSync(join(CONTENT, folder)))
			copyFileSync(join(CONTENT, folder, name), join(dir, folder, name));
	}
	copyFileSync(join(CONTENT, 'villes.yml'), join(dir, 'villes.yml'));
	mkdirSync(join(dir, 'fiches'), { recursive: true });

	const sources = readSources();
	const villes = (
		parse(readFileSync(join(CONTENT, 'villes.yml'), 'utf8')) as { nom: string }[]
	).map((v) => v.nom);
	// Parts and chapters as the real sheets pair them, so every chapter stays in its own part.
	const places = [
		...new Map(
			sources.map((s) => {
				const place = { partie: s.data['partie'], chapitre: s.data['chapitre'] };
				return [JSON.stringify(place), place];
			}),
		).values(),
	];

	for (let i = 0; i < count; i++) {
		const next = random(i + 1);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
		const base = sources[i % sources.length]!;
		const data: Record<string, unknown> = { ...base.data };
		const ville = pick(villes);
		const titre = String(base.data['titre']).slice(0, 130);
		data['ville'] = ville;
		// Unique per city (the validator refuses duplicates), within the 160-character limit.
		data['titre'] = `${titre} — n° ${i + 1}`;
		const place = pick(places);
		data['partie'] = place.partie;
		if (place.chapitre) data['chapitre'] = place.chapitre;
		else delete data['chapitre'];
		const determinants = new Set<string>();
		const wanted = 1 + Math.floor(next() * 5);
		while (determinants.size < wanted) determinants.add(pick(DETERMINANT_CODES));
		data['determinants'] = [...determinants];
		const date = String(base.data['date']);
		if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !date.endsWith('02-29'))
			data['date'] = `${2019 + Math.floor(next() * 7)}${date.slice(4)}`;

		const length = Math.floor(next() * 3);
		const body = base.sections.map(([heading, blocks]) => {
			// The same section from another sheet, when that one has it: varied text, same headings.
			const other = pick(sources).sections.find(([h]) => h === heading);
			const text = resize(other && other[1].length ? other[1] : blocks, length);
			return `## ${heading}\n\n${text.join('\n\n')}`;
		});
		const frontmatter = stringify(data, { lineWidth: 0 });
		writeFileSync(
			join(dir, 'fiches', `${base.id}-${i + 1}.md`),
			`---\n${frontmatter}---\n\n${body.join('\n\n')}\n`,
		);
	}
}

if (import.meta.main) {
	const [dir, count = '1000'] = process.argv.slice(2);
	if (!dir) {
		console.error('Usage : node bench/corpus.ts <dossier> [nombre de fiches]');
		process.exit(1);
	}
	generateCorpus(dir, Number(count));
	console.log(`${count} fiches écrites dans ${dir}.`);
}
