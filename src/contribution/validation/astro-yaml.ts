/**
 * Astro reads a sheet's frontmatter with js-yaml's default schema
 * (`@astrojs/internal-helpers/frontmatter`), the validator with the YAML 1.2 core schema, which
 * keeps `2024-13-45` as text for the date check. The two readings differ on timestamps:
 * `periode: 2021-09-01` is text to the validator and a date to Astro, whose build would then
 * stop in English with no line. Every place where the two readings differ is refused here,
 * with its line, so what passes the validator is what the site reads.
 */
import { load } from 'js-yaml';
import type { Problem } from './problem.ts';
import { formatPath } from './zod-issues.ts';

/** Keys whose schema turns Astro's `Date` back into the text the validator read. */
const DATE_KEYS = new Set(['date']);

export function astroReadingProblems(
	file: string,
	yaml: string,
	data: Record<string, unknown>,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
	const problems: Problem[] = [];
	const refuse = (path: PropertyKey[], message: string, fallbackLine?: number) => {
		const line = lineOf(path) ?? fallbackLine;
		problems.push({
			file,
			...(line ? { line } : {}),
			key: path.length ? formatPath(path) : 'yaml',
			message,
			severity: 'erreur',
		});
	};
	let astro: unknown;
	try {
		astro = load(yaml);
	} catch (error) {
		// The YAML starts on the file's second line; js-yaml counts lines from 0.
		const line = (error as { mark?: { line?: number } }).mark?.line;
		refuse(
			[],
			'en-tête lu autrement par le site — mettez la valeur de cette ligne entre guillemets',
			line === undefined ? 2 : line + 2,
		);
		return problems;
	}
	const compare = (ours: unknown, theirs: unknown, path: PropertyKey[]): void => {
		if (theirs instanceof Date) {
			if (path.length === 1 && DATE_KEYS.has(String(path[0]))) return;
			const text = typeof ours === 'string' ? ours : theirs.toISOString().slice(0, 10);
			refuse(
				path,
				`« ${text} » serait lu comme une date par le site — écrivez la valeur entre guillemets : "${text}"`,
			);
			return;
		}
		if (Array.isArray(ours) && Array.isArray(theirs) && ours.length === theirs.length) {
			ours.forEach((item, index) => compare(item, theirs[index], [...path, index]));
			return;
		}
		if (isRecord(ours) && isRecord(theirs)) {
			const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
			for (const key of keys) compare(ours[key], theirs[key], [...path, key]);
			return;
		}
		if (!Object.is(ours, theirs) && !(ours == null && theirs == null))
			refuse(
				path,
				'valeur lue autrement par le site — écrivez-la entre guillemets, sans « & », « * » ni « << »',
			);
	};
	compare(data, astro ?? {}, []);
	return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
