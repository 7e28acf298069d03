import type { z } from 'zod';
import { suggest } from '../suggest.ts';
import type { Problem } from './problem.ts';

/** `budget.financeurs[0]`, as a contributor would point at it in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, segment) => {
		if (typeof segment === 'number') return `${out}[${segment}]`;
		return out ? `${out}.${String(segment)}` : String(segment);
	}, '');
}

const TYPE_NAMES: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	int: 'un nombre entier',
	boolean: 'true ou false',
	array: 'une liste',
	object: 'un groupe de clés',
	date: 'une date',
	undefined: 'rien',
};

/** How a YAML value reads to a contributor: `« logment »`, `une liste`, `rien`. */
export function describeValue(value: unknown): string {
	if (value === undefined || value === null) return 'rien';
	if (typeof value === 'string') return `« ${value} »`;
	if (typeof value === 'number' || typeof value === 'boolean') return `« ${String(value)} »`;
	if (Array.isArray(value)) return value.length ? 'une liste' : 'une liste vide';
	if (value instanceof Date) return 'une date';
	return 'un groupe de clés';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let node = data;
	for (const segment of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[segment];
	}
	return node;
}

function listAllowed(values: readonly unknown[]): string {
	return values.map(String).join(', ');
}

/**
 * Turns zod's issues into French problems naming the key, what was expected and what was found,
 * with a « vouliez-vous dire » for near misses of closed vocabularies and key names.
 */
export function zodIssuesToProblems(
	issues: readonly z.core.$ZodIssue[],
	context: {
		file: string;
		data: unknown;
		lineOf: (path: readonly PropertyKey[]) => number | undefined;
		/** Keys allowed at each object path (for unknown-key suggestions), by formatted path. */
		knownKeys: (path: readonly PropertyKey[]) => readonly string[];
	},
): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		const found = valueAt(context.data, issue.path);
		const base = { file: context.file, severity: 'erreur' as const };
		if (issue.code === 'unrecognized_keys') {
			const allowed = context.knownKeys(issue.path);
			for (const key of issue.keys) {
				const near = suggest(key, allowed);
				const path = [...issue.path, key];
				const line = context.lineOf(path);
				problems.push({
					...base,
					...(line ? { line } : {}),
					key: formatPath(path),
					message:
						`clé inconnue${near ? ` — vouliez-vous dire « ${near} » ?` : ''}` +
						` (clés possibles : ${allowed.join(', ')})`,
				});
			}
			continue;
		}
		const line = context.lineOf(issue.path) ?? context.lineOf(issue.path.slice(0, -1));
		const key = formatPath(issue.path);
		problems.push({ ...base, ...(line ? { line } : {}), key, message: describeIssue(issue, found) });
	}
	return problems;
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
	switch (issue.code) {
		case 'invalid_type': {
			if (found === undefined) return 'clé obligatoire manquante — ajoutez-la à l’en-tête';
			const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
			return `valeur de type incorrect : attendu ${expected}, trouvé ${describeValue(found)}`;
		}
		case 'invalid_value': {
			const near = typeof found === 'string' ? suggest(found, issue.values.map(String)) : undefined;
			return (
				`${describeValue(found)} n’est pas une valeur autorisée` +
				(near ? ` — vouliez-vous dire « ${near} » ?` : '') +
				` (valeurs : ${listAllowed(issue.values)})`
			);
		}
		case 'too_small': {
			if (issue.origin === 'array')
				return `liste trop courte : au moins ${String(issue.minimum)} valeur(s) attendue(s), trouvé ${describeValue(found)}`;
			if (issue.origin === 'string')
				return Number(issue.minimum) <= 1
					? 'texte vide — écrivez une valeur ou supprimez la clé si elle est facultative'
					: `texte trop court : au moins ${String(issue.minimum)} caractères attendus, trouvé ${String((found as string).length)}`;
			return `valeur trop petite : au moins ${String(issue.minimum)} attendu, trouvé ${describeValue(found)}`;
		}
		case 'too_big': {
			if (issue.origin === 'string')
				return `texte trop long : au plus ${String(issue.maximum)} caractères attendus, trouvé ${String((found as string).length)} — raccourcissez-le`;
			if (issue.origin === 'array')
				return `liste trop longue : au plus ${String(issue.maximum)} valeurs attendues`;
			return `valeur trop grande : au plus ${String(issue.maximum)} attendu, trouvé ${describeValue(found)}`;
		}
		case 'invalid_format': {
			const what: Record<string, string> = {
				email: 'une adresse électronique valide (prenom.nom@ville.fr)',
				url: 'une adresse web complète commençant par https://',
				regex: 'un identifiant en minuscules sans accents, chiffres et tirets (ex. « lien-et-utilite-sociale »)',
			};
			return `format invalide : attendu ${what[issue.format] ?? issue.format}, trouvé ${describeValue(found)}`;
		}
		case 'custom':
			return `${issue.message === 'Invalid input' ? 'valeur invalide' : `attendu ${issue.message}`}, trouvé ${describeValue(found)}`;
		default:
			return `valeur invalide (${issue.message}), trouvé ${describeValue(found)}`;
	}
}
