/**
 * The social card: a 1200×630 element tree for satori, from plain data. Pure: no file, no font
 * loading, no rendering, so the layout and the fitting of long titles are unit-tested.
 * Layout: the part's colour as a band on the left, the kicker and the part number at the top,
 * the title (as large as it fits), the city, then the book and its publisher at the bottom.
 */
import { drawable, fitText, type Box } from './fit.ts';
import type { FontMetrics } from './metrics.ts';

export interface CardData {
	/** Line above the title: « Fiche-action · Partie 2 », « Partie 2 », « Guide en ligne ». */
	kicker: string;
	titre: string;
	/** The sheet's city, under the title. */
	ville?: string | undefined;
	/** Accent colour (hex), the part's on sheets and parts: white text must read on it. */
	couleur: string;
	/** Part number shown in a square; none on the home card and the introduction. */
	numero?: number | undefined;
	/** Footer, left: the book the page belongs to. */
	livre: string;
	/** Footer, right. */
	editeur: string;
}

/** The fonts the template measures with; regular and bold share one character set. */
export interface CardFonts {
	family: string;
	regular: FontMetrics;
	bold: FontMetrics;
}

type Style = Record<string, string | number>;

export interface CardNode {
	type: 'div';
	props: { style: Style; children: (CardNode | string)[] | string };
}

export const WIDTH = 1200;
export const HEIGHT = 630;

const BAND = 20;
const PADDING = { top: 56, right: 72, bottom: 44, left: 72 };
const CONTENT_WIDTH = WIDTH - BAND - PADDING.left - PADDING.right;
const HEADER = 64;
const TITLE_GAP = 28;
const VILLE = { size: 36, lineHeight: 1.25, gap: 18 };
/** `gap`: the least room kept between the city and the footer's rule. */
const FOOTER = { size: 24, lineHeight: 1.3, rule: 2, padding: 18, gap: 24, lines: 2 };
const FOOTER_HEIGHT =
	FOOTER.gap + FOOTER.rule + FOOTER.padding + FOOTER.lines * FOOTER.size * FOOTER.lineHeight;
const TITLE_LINE_HEIGHT = 1.12;
/** Readable down to the smallest, once a link preview shrinks the card to 500 px. */
const TITLE_SIZES = [72, 66, 60, 54, 48, 44] as const;

/** The site's colour tokens (src/styles/global.css, light scheme). */
const COLOURS = { text: '#1b1f24', soft: '#4a5260', line: '#d5d9e0', background: '#ffffff' };

const div = (style: Style, children: CardNode['props']['children']): CardNode => ({
	type: 'div',
	props: { style, children },
});

/** Text cut after `lines` lines with an ellipsis, long words broken anywhere rather than overflowing. */
const clamped = (lines: number): Style => ({
	display: 'block',
	lineClamp: lines,
	textOverflow: 'ellipsis',
	overflowWrap: 'anywhere',
});

/** The box the title fits in: whatever the header, city and footer leave. */
export function titleBox(withVille: boolean): Box {
	const villeHeight = withVille ? VILLE.gap + Math.ceil(VILLE.size * VILLE.lineHeight) : 0;
	const height =
		HEIGHT - PADDING.top - PADDING.bottom - HEADER - TITLE_GAP - FOOTER_HEIGHT - villeHeight;
	return { width: CONTENT_WIDTH, height, lineHeight: TITLE_LINE_HEIGHT, sizes: TITLE_SIZES };
}

function header(data: CardData, fonts: CardFonts): CardNode {
	const kicker = div(
		{
			...clamped(1),
			flex: 1,
			fontSize: 26,
			fontWeight: 700,
			letterSpacing: 1.5,
			textTransform: 'uppercase',
			color: data.couleur,
		},
		drawable(data.kicker, fonts.bold),
	);
	const badge =
		data.numero === undefined
			? []
			: [
					div(
						{
							display: 'flex',
							alignItems: 'center',
							justifyContent: 'center',
							width: HEADER,
							height: HEADER,
							marginLeft: 24,
							borderRadius: 6,
							backgroundColor: data.couleur,
							color: COLOURS.background,
							fontSize: 40,
							fontWeight: 700,
						},
						String(data.numero),
					),
				];
	return div({ display: 'flex', alignItems: 'center', height: HEADER }, [kicker, ...badge]);
}

function title(data: CardData, fonts: CardFonts, withVille: boolean): CardNode {
	const text = drawable(data.titre, fonts.bold);
	const fit = fitText(text, titleBox(withVille), fonts.bold);
	return div(
		{
			...clamped(fit.maxLines),
			marginTop: TITLE_GAP,
			width: CONTENT_WIDTH,
			fontSize: fit.fontSize,
			lineHeight: TITLE_LINE_HEIGHT,
			fontWeight: 700,
			color: COLOURS.text,
		},
		text,
	);
}

function ville(text: string): CardNode {
	return div(
		{
			...clamped(1),
			marginTop: VILLE.gap,
			fontSize: VILLE.size,
			lineHeight: VILLE.lineHeight,
			fontWeight: 400,
			color: COLOURS.soft,
		},
		text,
	);
}

function footer(data: CardData, fonts: CardFonts): CardNode {
	return div(
		{
			display: 'flex',
			alignItems: 'flex-end',
			justifyContent: 'space-between',
			marginTop: 'auto',
			paddingTop: FOOTER.padding,
			borderTop: `${FOOTER.rule}px solid ${COLOURS.line}`,
			fontSize: FOOTER.size,
			lineHeight: FOOTER.lineHeight,
		},
		[
			div(
				{ ...clamped(FOOTER.lines), flex: 1, marginRight: 32, color: COLOURS.soft },
				drawable(data.livre, fonts.regular),
			),
			div(
				{ ...clamped(1), flexShrink: 0, maxWidth: 400, fontWeight: 700, color: COLOURS.text },
				drawable(data.editeur, fonts.bold),
			),
		],
	);
}

export function card(data: CardData, fonts: CardFonts): CardNode {
	const villeText = data.ville === undefined ? '' : drawable(data.ville, fonts.regular);
	const withVille = villeText !== '';
	return div(
		{
			display: 'flex',
			width: WIDTH,
			height: HEIGHT,
			backgroundColor: COLOURS.background,
			fontFamily: fonts.family,
		},
		[
			div({ width: BAND, height: HEIGHT, backgroundColor: data.couleur }, []),
			div(
				{
					display: 'flex',
					flexDirection: 'column',
					// Satori's default is content-box: the padding would push the footer off the card.
					boxSizing: 'border-box',
					width: WIDTH - BAND,
					height: HEIGHT,
					padding: `${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px`,
				},
				[
					header(data, fonts),
					title(data, fonts, withVille),
					...(withVille ? [ville(villeText)] : []),
					footer(data, fonts),
				],
			),
		],
	);
}
