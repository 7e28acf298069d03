import { describe, expect, it } from 'vitest';
import { card, titleBox, type CardData, type CardNode } from '../../src/cards/card.ts';
import { countLines, drawable, fitText } from '../../src/cards/fit.ts';
import { loadFonts } from '../../src/cards/fonts.ts';

const fonts = loadFonts();
const NNBSP = '\u202F';

const fiche: CardData = {
	kicker: 'Fiche-action · Partie 2',
	titre: 'Jardins partagés',
	ville: 'Rennes',
	couleur: '#a0461d',
	numero: 2,
	livre: 'Repenser les actions de la ville au prisme de la santé mentale',
	editeur: 'Réseau français Villes-Santé',
};
const LONG = `${'Un titre démesurément long pour une fiche-action '.repeat(7).slice(0, 299)}.`;
const WORD = 'x'.repeat(80);

/** Every text of the tree with the style of the element that holds it. */
function texts(node: CardNode): { text: string; style: CardNode['props']['style'] }[] {
	const { children, style } = node.props;
	if (typeof children === 'string') return [{ text: children, style }];
	return children.flatMap((child) =>
		typeof child === 'string' ? [{ text: child, style }] : texts(child),
	);
}

function titleOf(node: CardNode, titre: string) {
	const title = texts(node).find((t) => t.text === titre);
	if (!title) throw new Error(`Pas de titre « ${titre} » dans la carte`);
	return title;
}

const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ');

describe('drawable', () => {
	it('leaves out emoji and their joiners and modifiers, which the font cannot draw', () => {
		expect(drawable('Bien-être 👋🏽 au 🇫🇷 quartier 👩‍👩‍👧 !', fonts.bold)).toBe(
			'Bien-être au quartier !',
		);
	});
	it('keeps French punctuation, accents, symbols and no-break spaces', () => {
		const text = `«${NNBSP}Œuvre & <script> l’été à Créteil${NNBSP}» — ça${NNBSP}? 100 %`;
		expect(drawable(text, fonts.bold)).toBe(text);
	});
});

describe('fitText', () => {
	const box = titleBox(true);
	it('gives a short title the largest size', () => {
		expect(fitText('Jardins partagés', box, fonts.bold)).toMatchObject({
			fontSize: box.sizes[0],
			truncated: false,
		});
	});
	it('shrinks the title step by step as it grows, through every size', () => {
		const sizes = Array.from(
			{ length: 300 },
			(_, n) => fitText(LONG.slice(0, n + 1), box, fonts.bold).fontSize,
		);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(new Set(sizes)).toEqual(new Set(box.sizes));
	});
	it('truncates at the smallest size when nothing fits', () => {
		const fit = fitText(LONG, box, fonts.bold);
		expect(fit).toMatchObject({ fontSize: box.sizes.at(-1), truncated: true });
		expect(fit.maxLines * fit.fontSize * box.lineHeight).toBeLessThanOrEqual(box.height);
	});
	it('counts an unbreakable word as the lines it is cut into', () => {
		expect(countLines(WORD, 10, fonts.bold)).toBeGreaterThan(2);
	});
});

describe('card', () => {
	it('clamps the title with an ellipsis and breaks long words anywhere', () => {
		const title = titleOf(card({ ...fiche, titre: `${LONG} ${WORD}` }, fonts), `${LONG} ${WORD}`);
		const fit = fitText(`${LONG} ${WORD}`, titleBox(true), fonts.bold);
		expect(title.style).toMatchObject({
			fontSize: fit.fontSize,
			lineClamp: fit.maxLines,
			textOverflow: 'ellipsis',
			overflowWrap: 'anywhere',
		});
	});
	it('clamps every other text to its lines too', () => {
		for (const { style } of texts(card(fiche, fonts)).filter((t) => t.text !== '2'))
			expect(style.lineClamp).toBeGreaterThan(0);
	});
	it('shows the kicker, title, city, number, book and publisher', () => {
		expect(texts(card(fiche, fonts)).map((t) => t.text)).toEqual([
			fiche.kicker,
			'2',
			fiche.titre,
			fiche.ville,
			fiche.livre,
			fiche.editeur,
		]);
	});
	it('gives the title the city’s room on cards without a city or number', () => {
		const partie = { ...fiche, ville: undefined, numero: undefined };
		const titre = words(40);
		const without = titleOf(card({ ...partie, titre }, fonts), titre);
		const withVille = titleOf(card({ ...fiche, titre }, fonts), titre);
		expect(texts(card({ ...partie, titre }, fonts))).toHaveLength(4);
		expect(without.style.lineClamp).toBeGreaterThan(Number(withVille.style.lineClamp));
	});
});
