/**
 * How long the social cards take, cold (empty cache) and warm (every card cached), for the real
 * content and for generated sheets: `node tests/cards/timing.ts [number of sheets, 1000 by default]`.
 * Cards are drawn one after the other, as the Astro build does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/content.ts';
import { buildBook, partieOf } from '../../src/model/book.ts';
import type { CardData } from '../../src/cards/card.ts';
import { accueilCard, ficheCard, partieCard } from '../../src/cards/cartes.ts';
import { cardPng } from '../../src/cards/png.ts';
import { PARTIES_THEMATIQUES } from '../../src/schemas/vocabulary.ts';

const WORDS = (
	'santé mentale quartier habitants accompagnement prévention jeunes parentalité écoute ' +
	'jardins partagés lien social déstigmatisation formation élus « Et si on parlait » d’amour'
).split(' ');

/** `count` sheets with titles of 3 to 40 words and every part's colour, all different. */
export function generatedCards(count: number): CardData[] {
	return Array.from({ length: count }, (_, i) => {
		const length = 3 + ((i * 7) % 38);
		const words = Array.from({ length }, (_, w) => WORDS[(i + w * 5) % WORDS.length]);
		const partie = PARTIES_THEMATIQUES[i % PARTIES_THEMATIQUES.length]!;
		return {
			...partieCard(partie),
			titre: `${words.join(' ')} n° ${i + 1}`,
			ville: `Ville ${i + 1}`,
		};
	});
}

function realCards(): CardData[] {
	const book = buildBook(loadContent());
	return [
		accueilCard(),
		...book.parties.map((p) => partieCard(p.meta)),
		...book.fiches.map((f) => ficheCard(f, partieOf(book, f).meta)),
	];
}

async function time(label: string, cards: readonly CardData[]): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'cartes-'));
	try {
		for (const pass of ['à froid', 'à chaud']) {
			const start = performance.now();
			for (const data of cards) await cardPng(data, dir);
			const ms = performance.now() - start;
			console.log(
				`${label}, ${cards.length} cartes, ${pass} : ${(ms / 1000).toFixed(2)} s (${(ms / cards.length).toFixed(1)} ms par carte)`,
			);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await time('contenu actuel', realCards());
await time('fiches générées', generatedCards(Number(process.argv[2] ?? 1000)));
