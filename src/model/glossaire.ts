import { config } from '../config.ts';
import { GLOSSAIRE_FILE, sigleSchema, type Sigle } from '../schemas/glossaire.ts';
import { readContentList } from './content-list.ts';

let glossaire: Sigle[] | undefined;

/**
 * The well-formed entries of `<content>/glossaire.yml`, sorted by acronym, read once per build.
 * The validator reports malformed ones and stops the build (`checkGlossaire`).
 */
export function readGlossaire(contentDir = config.contentDir): Sigle[] {
	if (glossaire) return glossaire;
	glossaire = readContentList(contentDir, GLOSSAIRE_FILE, sigleSchema).sort((a, b) =>
		a.sigle.localeCompare(b.sigle, 'fr'),
	);
	return glossaire;
}

/**
 * Splits a text at the first use of each acronym not yet in `seen` (which it updates), so a
 * page explains each acronym once. An acronym is a whole word: `CH` is not found in `CHU`.
 */
export function splitAtAcronyms(
	text: string,
	sigles: readonly Sigle[],
	seen: Set<string>,
): (string | Sigle)[] {
	const pending = sigles.filter((s) => !seen.has(s.sigle));
	if (pending.length === 0) return [text];
	const alternatives = pending
		.map((s) => s.sigle)
		.sort((a, b) => b.length - a.length)
		.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
		'gu',
	);
	const parts: (string | Sigle)[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (seen.has(match[0])) continue;
		const sigle = pending.find((s) => s.sigle === match[0])!;
		seen.add(sigle.sigle);
		if (match.index > last) parts.push(text.slice(last, match.index));
		parts.push(sigle);
		last = match.index + match[0].length;
	}
	if (last === 0) return [text];
	if (last < text.length) parts.push(text.slice(last));
	return parts;
}
