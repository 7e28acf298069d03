/**
 * Layout of a horizontal bar chart, drawn as SVG at build time. Each row is a label above its
 * bar, so long French labels (the determinants, the part titles) wrap instead of squeezing the
 * bars on a phone. Vertical positions are CSS pixels; horizontal ones are percentages of the
 * chart's width, so bars follow the column's width while the text keeps its size.
 */

export interface BarDatum {
	/** What the bar counts, in full; the chart may shorten it, the data table never does. */
	label: string;
	value: number;
	/** Where the table's row header leads. */
	href?: string;
	/** The part whose colour the bar takes; the site accent otherwise. */
	partie?: number;
}

export interface BarRow {
	datum: BarDatum;
	/** The label as drawn, one string per line. */
	lines: string[];
	/** Baseline of each label line. */
	lineY: number[];
	/** Top of the bar. */
	barY: number;
	/** Bar length in percent of the chart's width (0 for a zero value). */
	width: number;
}

export interface BarLayout {
	rows: BarRow[];
	/** Height of the whole chart, in pixels. */
	height: number;
	barHeight: number;
}

export interface BarOptions {
	/**
	 * Characters per label line: about 275 px of 14 px text in the widest common sans-serif,
	 * inside the 288 px column of a 320 px screen.
	 */
	lineLength?: number;
	/** Label lines per bar before the label is shortened with « … ». */
	maxLines?: number;
	lineHeight?: number;
	barHeight?: number;
	/** Space between a label and its bar, and between a bar and the next label. */
	gap?: number;
	/** Share of the width the longest bar takes, leaving room for its value after it. */
	plotShare?: number;
}

/**
 * Splits text into lines of at most `lineLength` characters at spaces, and shortens the last
 * line with « … » when more than `maxLines` would be needed. Only ordinary spaces break: the
 * no-break spaces of French typography (before `:`, inside « ») hold. A word longer than a line
 * stays whole: cutting a French word without hyphenation rules reads worse than a long line.
 */
export function wrapLabel(text: string, lineLength: number, maxLines: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/ +/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= lineLength)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	// Room for the ellipsis, cut at a word boundary when there is one.
	while (last.length + 1 > lineLength && last.includes(' '))
		last = last.slice(0, last.lastIndexOf(' '));
	kept[maxLines - 1] = `${last.replace(/[\s,;:.(]+$/u, '')}…`;
	return kept;
}

/** Bar lengths proportional to the values, the largest taking `plotShare` percent. */
export function barWidths(values: readonly number[], plotShare = 88): number[] {
	const max = Math.max(0, ...values);
	if (max === 0) return values.map(() => 0);
	// One percent at least, so a bar of 1 among bars of 200 stays visible.
	return values.map((v) => (v <= 0 ? 0 : Math.max(1, Math.round((v / max) * plotShare * 10) / 10)));
}

export function layoutBars(data: readonly BarDatum[], options: BarOptions = {}): BarLayout {
	const {
		lineLength = 38,
		maxLines = 2,
		lineHeight = 19,
		barHeight = 14,
		gap = 5,
		plotShare = 88,
	} = options;
	const widths = barWidths(
		data.map((d) => d.value),
		plotShare,
	);
	let y = 0;
	const rows = data.map((datum, index): BarRow => {
		const lines = wrapLabel(datum.label, lineLength, maxLines);
		// Baselines sit a quarter line above the bottom of each line box, as in HTML text.
		const lineY = lines.map((_, i) => y + (i + 1) * lineHeight - lineHeight / 4);
		const barY = y + lines.length * lineHeight + gap / 2;
		y = barY + barHeight + gap * 2;
		return { datum, lines, lineY, barY, width: widths[index]! };
	});
	return { rows, height: Math.max(0, y - gap), barHeight };
}
