import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { CardData, CardNode } from '../../src/cards/card.ts';
import { accueilCard, partieCard } from '../../src/cards/cartes.ts';
import { loadFonts } from '../../src/cards/fonts.ts';
import { cardPng } from '../../src/cards/png.ts';
import { renderPng } from '../../src/cards/render.ts';
import { PARTIES } from '../../src/schemas/vocabulary.ts';

const dir = mkdtempSync(join(tmpdir(), 'cartes-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fiche: CardData = {
	...partieCard(PARTIES[2]),
	kicker: 'Fiche-action · Partie 2',
	titre: 'Jardins partagés',
	ville: 'Rennes',
};

const cases: Record<string, CardData> = {
	normal: fiche,
	'300 characters': {
		...fiche,
		titre: 'Un titre de fiche vraiment très long ; '.repeat(8).slice(0, 300),
	},
	'an unbreakable 80-character word': {
		...fiche,
		titre: `Mot ${'x'.repeat(80)} fin`,
		ville: 'y'.repeat(80),
	},
	'special characters': {
		...fiche,
		titre:
			'«\u202FEt si on parlait d’amour\u202F» : Œuvres & <script>alert(1)</script> à l’école — ça\u202F?',
	},
	emoji: { ...fiche, titre: 'Bien-être 👋🏽 au quartier 🇫🇷 👩‍👩‍👧 ✨', ville: 'Rennes 🏙️' },
	'home page': accueilCard(),
	introduction: partieCard(PARTIES[0]),
};

async function expectCard(png: Buffer): Promise<void> {
	const meta = await sharp(png).metadata();
	expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
		format: 'png',
		width: 1200,
		height: 630,
	});
}

describe('cardPng', () => {
	for (const [name, data] of Object.entries(cases)) {
		it(`draws a 1200×630 PNG for ${name}`, async () => {
			await expectCard(await cardPng(data, dir));
		});
	}

	it('draws a card once, then reads it from the cache', async () => {
		const cache = mkdtempSync(join(dir, 'cache-'));
		await cardPng(fiche, cache);
		const [file] = readdirSync(cache);
		writeFileSync(join(cache, file!), 'déjà là');
		expect((await cardPng(fiche, cache)).toString()).toBe('déjà là');
		await cardPng({ ...fiche, ville: 'Caen' }, cache);
		expect(readdirSync(cache)).toHaveLength(2);
	});
});

describe('renderPng', () => {
	it('names the card and keeps satori’s error as cause', async () => {
		const invalid: CardNode = {
			type: 'div',
			props: { style: { display: 'table' }, children: 'x' },
		};
		const error = await renderPng(invalid, loadFonts(), 'Titre').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toBe('Carte « Titre » : mise en page impossible (satori)');
		expect((error as Error).cause).toBeInstanceOf(Error);
	});
});
