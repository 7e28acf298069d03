/**
 * Random sheets from the contract's grammar, seeded so a failure can be replayed: a YAML header
 * with the contract's keys (sometimes mistyped, mis-quoted or hostile), a body of sections,
 * paragraphs, lists, quotes, links, raw HTML and odd characters. For fuzz tests: whatever it
 * yields, the validator and the serializers must answer without throwing.
 */
import { SECTIONS } from '../../src/schemas/fiche.ts';
import { DETERMINANT_CODES, TYPE_CODES } from '../../src/schemas/vocabulary.ts';

/** Mulberry32: a small, fast, seeded generator (public domain). */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Pieces of text a careless editor or an attacker types. */
const WORDS = [
	'santé',
	'mentale',
	'Déroulé',
	'« guillemets »',
	'l’atelier',
	'1 000 €',
	'*',
	'_',
	'`',
	'[',
	']',
	'(',
	')',
	'<',
	'>',
	'&',
	'&colon;',
	'&#106;',
	'#',
	'|',
	'\\',
	'"',
	"'",
	':',
	'---',
	'\t',
	'\u0001',
	// Control characters pasted from a PDF or a terminal: NUL, bell, escape, DEL, C1, separators.
	'\u0000',
	'\u0007',
	'\u001b[31m',
	'\u007f',
	'\u0085',
	'\u009b',
	'\u2028',
	'\u2029',
	'\u200b',
	'\u202e',
	'🙂',
	'東京',
	'javascript:alert(1)',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<details open ontoggle=alert(1)>',
	'<!-->',
	'<!--',
	'-->',
	'<textarea>',
	'<svg><animate values="javascript:alert(1)"/>',
	'<a href="java&#9;script:x">a</a>',
	'<span title=">" onclick=x>',
	'![image](../medias/atelier.jpg)',
	'![](../medias/absente.png)',
	'![logo](../medias/logo.svg)',
	'[lien](https://example.org)',
	'[lien](javascript&colon;x)',
	'<https://example.org>',
	'camille.discrete@testville.fr',
	'Camille Discrète',
	'2021-09-01',
	'~~barré~~',
];

export interface SheetGenerator {
	/** A whole file: header and body. */
	sheet: () => string;
	/** A Markdown body only. */
	body: () => string;
}

export function sheetGenerator(seed: number): SheetGenerator {
	const next = random(seed);
	const int = (max: number) => Math.floor(next() * max);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
	const chance = (p: number) => next() < p;
	// A calm sheet follows the contract, so the validator's accepting path is exercised too.
	let calm = false;
	const words = (count: number) =>
		Array.from({ length: count }, () => (calm || chance(0.7) ? 'mot' : pick(WORDS))).join(
			chance(0.9) ? ' ' : '',
		);

	const scalar = (): string => {
		if (calm) return words(1 + int(4));
		switch (int(8)) {
			case 0:
				return JSON.stringify(words(1 + int(6)));
			case 1:
				return `'${words(1 + int(4)).replace(/'/g, "''")}'`;
			case 2:
				return String(int(3000) - 100);
			case 3:
				return pick(['true', 'false', 'null', '~', 'Non', '2021-09-01', '2024-13-45']);
			case 4:
				return `[${words(2)}]`;
			case 5:
				return pick(['&a x', '*a', '!tag x', '|', '>', '"non fermé', '{ a: 1 }']);
			default:
				return words(1 + int(8));
		}
	};

	const header = (): string => {
		const usual = (p: number) => calm || chance(p);
		const lines = [
			`titre: ${usual(0.8) ? `Une action n° ${int(1e6)}` : scalar()}`,
			`ville: ${usual(0.8) ? pick(['Testville', 'Caen', 'Saint-Étienne']) : scalar()}`,
			`date: ${usual(0.8) ? '2024-05-25' : scalar()}`,
			`partie: ${usual(0.8) ? String(1 + int(6)) : scalar()}`,
			`resume: ${usual(0.8) ? 'Un résumé.' : scalar()}`,
			`types: [${usual(0.8) ? pick(TYPE_CODES) : scalar()}]`,
			`determinants: [${usual(0.8) ? pick(DETERMINANT_CODES) : scalar()}]`,
		];
		if (!calm && chance(0.3))
			lines.push(
				'contact:',
				`  nom: ${pick(['Camille Discrète', scalar()])}`,
				`  email: ${pick(['camille.discrete@testville.fr', scalar()])}`,
				`  public: ${pick(['true', 'false', scalar()])}`,
			);
		if (chance(0.3))
			lines.push('partenaires:', ...Array.from({ length: int(4) }, () => `  - ${scalar()}`));
		if (!calm && chance(0.2)) lines.push('images:', `  - src: ${scalar()}`, `    alt: ${scalar()}`);
		if (!calm && chance(0.2))
			lines.push('liens:', `  - titre: ${scalar()}`, `    url: ${scalar()}`);
		if (chance(0.2))
			lines.push(`${pick(['periode', 'echelle', 'porteur', 'cle_inconnue'])}: ${scalar()}`);
		if (!calm && chance(0.1)) lines.push(`${words(1)}: ${scalar()}`);
		if (!calm && chance(0.1)) lines.splice(int(lines.length), 0, `  ${scalar()}`);
		return lines.join('\n');
	};

	const block = (depth: number): string => {
		if (calm && depth > 0) return words(1 + int(10));
		switch (int(depth > 3 ? 3 : calm ? 5 : 9)) {
			case 0:
			case 1:
			case 2:
				return words(1 + int(30));
			case 3:
				return Array.from({ length: 1 + int(4) }, () => `- ${block(depth + 1)}`).join('\n');
			case 4:
				return `> ${block(depth + 1).replace(/\n/g, '\n> ')}`;
			case 5:
				return `${'#'.repeat(1 + int(4))} ${chance(0.5) ? pick(SECTIONS).titre : words(3)}`;
			case 6:
				return `| ${words(2)} | ${words(2)} |\n| --- | --- |\n| ${words(3)} | ${words(1)} |`;
			case 7:
				return `\`\`\`\n${words(5)}\n\`\`\``;
			default:
				return pick(WORDS);
		}
	};

	const body = (): string => {
		const parts: string[] = [];
		for (const section of SECTIONS)
			if ((calm && section.requis) || chance(0.7))
				parts.push(`## ${section.titre}`, ...Array.from({ length: int(4) }, () => block(0)));
		if (!calm && chance(0.2)) parts.splice(int(parts.length), 0, block(0));
		return `${parts.join('\n\n')}\n`;
	};

	const sheet = (): string => {
		calm = chance(0.3);
		const opening = chance(0.95) ? '---\n' : pick(['', '--- \n', '\uFEFF---\n']);
		const closing = chance(0.95) ? '\n---\n\n' : pick(['\n', '\n--\n']);
		const text = `${opening}${header()}${closing}${body()}`;
		return chance(0.1) ? text.replace(/\n/g, '\r\n') : text;
	};

	return { sheet, body };
}
