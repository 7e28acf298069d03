/**
 * Advance widths read from a TrueType/OpenType font, so the card template can choose a title size
 * before satori lays it out. Satori measures text but does not report whether it overflowed; a
 * few tables of the same font file are enough to estimate line counts.
 * Tables: https://learn.microsoft.com/typography/opentype/spec/otff
 */
export interface FontMetrics {
	/** Advance width of a character in em, or undefined when the font has no glyph for it. */
	advance(codePoint: number): number | undefined;
}

function tableOffsets(view: DataView): Map<string, number> {
	const tables = new Map<string, number>();
	const count = view.getUint16(4);
	for (let i = 0; i < count; i++) {
		const record = 12 + 16 * i;
		const tag = String.fromCharCode(...[0, 1, 2, 3].map((byte) => view.getUint8(record + byte)));
		tables.set(tag, view.getUint32(record + 8));
	}
	return tables;
}

function required(tables: Map<string, number>, tag: string): number {
	const offset = tables.get(tag);
	if (offset === undefined) throw new Error(`Police sans table « ${tag} »`);
	return offset;
}

/** Character → glyph from the Unicode full-repertoire subtable (format 12), which Source Sans 3 has. */
function readCmap(view: DataView, cmap: number): Map<number, number> {
	const count = view.getUint16(cmap + 2);
	for (let i = 0; i < count; i++) {
		const record = cmap + 4 + 8 * i;
		const subtable = cmap + view.getUint32(record + 4);
		if (view.getUint16(record) !== 3 || view.getUint16(record + 2) !== 10) continue;
		if (view.getUint16(subtable) !== 12) continue;
		const glyphs = new Map<number, number>();
		const groups = view.getUint32(subtable + 12);
		for (let g = 0; g < groups; g++) {
			const group = subtable + 16 + 12 * g;
			const start = view.getUint32(group);
			const end = view.getUint32(group + 4);
			const glyph = view.getUint32(group + 8);
			for (let code = start; code <= end; code++) glyphs.set(code, glyph + code - start);
		}
		return glyphs;
	}
	throw new Error('Police sans table de caractères Unicode complète (cmap 3/10 format 12)');
}

export function readMetrics(data: Uint8Array): FontMetrics {
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const tables = tableOffsets(view);
	const unitsPerEm = view.getUint16(required(tables, 'head') + 18);
	const longMetrics = view.getUint16(required(tables, 'hhea') + 34);
	const hmtx = required(tables, 'hmtx');
	const glyphs = readCmap(view, required(tables, 'cmap'));
	// Glyphs past the long metrics share the last advance width (monospaced tail).
	const advanceOf = (glyph: number) =>
		view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1)) / unitsPerEm;
	return {
		advance(codePoint) {
			const glyph = glyphs.get(codePoint);
			return glyph === undefined ? undefined : advanceOf(glyph);
		},
	};
}
