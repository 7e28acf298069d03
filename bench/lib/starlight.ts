/**
 * The peer: the same sheets published by a plain Starlight site (`bench/peers/starlight`), as a
 * team would set one up: one Markdown page per sheet and per part, Starlight's own sidebar and
 * its Pagefind search. The sheets are written into the peer's docs folder for the build, which
 * runs in place (Astro resolves its packages by real path), and removed afterwards.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseContentFile } from '../../src/contribution/validation/parse.ts';

export const PEER_DIR = join(import.meta.dirname, '..', 'peers', 'starlight');

const page = (title: string, description: string | undefined, body: string) =>
	`---\n${stringify(description ? { title, description } : { title }, { lineWidth: 0 })}---\n\n${body}\n`;

/** Starlight's docs folder from our content folder: sheets as pages, with their identity as a list. */
export function writeStarlightDocs(contentDir: string, docsDir: string): number {
	mkdirSync(join(docsDir, 'fiches'), { recursive: true });
	mkdirSync(join(docsDir, 'parties'), { recursive: true });
	writeFileSync(
		join(docsDir, 'index.md'),
		page('Repenser les actions de la ville au prisme de la santé mentale', undefined, 'Accueil.'),
	);
	for (const name of readdirSync(join(contentDir, 'parties'))) {
		const parsed = parseContentFile(name, readFileSync(join(contentDir, 'parties', name), 'utf8'));
		writeFileSync(
			join(docsDir, 'parties', name),
			page(String(parsed.data?.['titre']), undefined, parsed.body),
		);
	}
	const sheets = readdirSync(join(contentDir, 'fiches')).filter(
		(name) => name.endsWith('.md') && !name.startsWith('_'),
	);
	for (const name of sheets) {
		const parsed = parseContentFile(name, readFileSync(join(contentDir, 'fiches', name), 'utf8'));
		const data = parsed.data ?? {};
		const identity = ['ville', 'date', 'periode', 'echelle', 'porteur', 'role_collectivite']
			.filter((key) => data[key] !== undefined)
			.map((key) => `- **${key}** : ${String(data[key])}`);
		const lists = ['types', 'determinants', 'partenaires']
			.filter((key) => Array.isArray(data[key]))
			.map((key) => `- **${key}** : ${(data[key] as string[]).join(', ')}`);
		writeFileSync(
			join(docsDir, 'fiches', name),
			page(
				String(data['titre']),
				String(data['resume']),
				[...identity, ...lists, '', parsed.body].join('\n'),
			),
		);
	}
	return sheets.length;
}

/** Everything a build of the peer writes, so each build starts cold and leaves nothing behind. */
const GENERATED = [
	'src/content/docs',
	'dist',
	'.astro',
	'node_modules/.astro',
	'node_modules/.vite',
];

export function cleanPeer(): void {
	for (const path of GENERATED) rmSync(join(PEER_DIR, path), { recursive: true, force: true });
}

/** The peer with the sheets of `contentDir` as its pages, and no cache from an earlier build. */
export function preparePeer(contentDir: string): void {
	cleanPeer();
	writeStarlightDocs(contentDir, join(PEER_DIR, 'src', 'content', 'docs'));
}
