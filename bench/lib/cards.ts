/**
 * The social cards' cost apart from the build, where Astro interleaves them with its pages:
 * `count` cards of distinct titles drawn one after the other, satori then sharp, as the build
 * draws each card it does not find in its cache.
 */
import { card } from '../../src/cards/card.ts';
import { loadFonts } from '../../src/cards/fonts.ts';
import { renderSvg, svgToPng } from '../../src/cards/render.ts';
import type { CardsResult } from './report.ts';

export async function measureCards(count = 200): Promise<CardsResult> {
	const fonts = loadFonts();
	let satori = 0;
	let sharp = 0;
	// The first cards pay for parsing the fonts and warming the code: left out, as a build of a
	// thousand cards pays them once.
	const warmUp = 10;
	for (let i = 0; i < warmUp + count; i++) {
		const titre = `Fiche ${i} : agir pour la santé mentale des habitants par le logement et le lien social`;
		const node = card(
			{
				kicker: 'Fiche-action · Partie 3',
				titre,
				ville: `Ville ${i}`,
				couleur: '#1b3a5c',
				numero: 3,
				livre: 'Repenser les actions de la ville au prisme de la santé mentale',
				editeur: 'Réseau français Villes-Santé',
			},
			fonts,
		);
		const start = performance.now();
		const svg = await renderSvg(node, fonts, titre);
		const drawn = performance.now();
		await svgToPng(svg, titre);
		if (i >= warmUp) {
			satori += drawn - start;
			sharp += performance.now() - drawn;
		}
	}
	return {
		cards: count,
		total: (satori + sharp) / count,
		satori: satori / count,
		sharp: sharp / count,
	};
}
