import { foldAccents } from '../schemas/slug.ts';

/**
 * Lowercases and strips accents, so `Deroule` and `déroulé` compare equal. French typography
 * (curly apostrophes, the no-break spaces before `:` that word processors insert) is folded too:
 * a title pasted from a document and the same title typed by hand are one title.
 */
export function fold(value: string): string {
	return foldAccents(value).replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase().trim();
}

/** Edit distance with transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const row = d[i]!;
			const prev = d[i - 1]!;
			row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
			}
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * The allowed value a contributor most likely meant, or undefined when nothing is close enough.
 * Accents and case are ignored; a prefix (`lien` for `lien-social`) also counts as a near miss.
 */
export function suggest(found: string, allowed: readonly string[]): string | undefined {
	const needle = fold(found);
	if (needle === '') return undefined;
	let best: { value: string; distance: number } | undefined;
	for (const value of allowed) {
		const candidate = fold(value);
		const distance =
			candidate.startsWith(needle) && needle.length >= 3 ? 1 : editDistance(needle, candidate);
		if (!best || distance < best.distance) best = { value, distance };
	}
	if (!best) return undefined;
	const tolerance = Math.max(2, Math.floor(needle.length / 3));
	return best.distance <= tolerance ? best.value : undefined;
}
