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

/**
 * Like `describeValue`, naming the kind of a scalar, for type errors: `partie: "2"` and
 * `partie: 2` both print « 2 », and only « le texte » tells the contributor what differs.
 */
function describeKind(value: unknown): string {
	if (typeof value === 'string') return `le texte « ${value} »`;
	if (typeof value === 'number') return `le nombre ${String(value)}`;
	if (typeof value === 'boolean') return `la valeur ${String(value)}`;
	return describeValue(value);
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

interface IssueContext {
	file: string;
	data: unknown;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** Keys the object at `path` accepts: for unknown-key suggestions and « écrivez … » hints. */
	knownKeys: (path: readonly PropertyKey[]) => readonly string[];
}

/**
 * Turns zod's issues into French problems naming the key, what was expected and what was found,
 * with a « vouliez-vous dire » for near misses of closed vocabularies and key names.
 */
export function zodIssuesToProblems(
	issues: readonly z.core.$ZodIssue[],
	context: IssueContext,
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
		// A missing key has no line of its own: point at its parent (`images[0]` for its `alt`).
		const line = context.lineOf(issue.path);
		const key = formatPath(issue.path);
		problems.push({
			...base,
			...(line ? { line } : {}),
			key,
			message: describeIssue(issue, found, context),
		});
	}
	return problems;
}

/** The key as a contributor types it, for « écrivez "clé: valeur" » hints. */
function lastKey(path: readonly PropertyKey[]): string {
	const key = path.findLast((segment) => typeof segment === 'string');
	return key === undefined ? '' : String(key);
}

function describeType(
	issue: z.core.$ZodIssueInvalidType,
	found: unknown,
	context: IssueContext,
): string {
	// A schema that words its own expectation (dates) says it better than the bare type name.
	const worded = !issue.message.startsWith('Invalid input');
	const expected = worded ? issue.message : (TYPE_NAMES[issue.expected] ?? issue.expected);
	const name = lastKey(issue.path);
	if (found === undefined)
		return `clé obligatoire manquante : attendu ${expected} — ajoutez la ligne « ${name}: … »`;
	if (found === null)
		return `valeur vide : attendu ${expected} — écrivez la valeur après « ${name}: »`;
	// The generic hints would mislead on a worded type: `date: "2023"` is still no date.
	const hint = worded ? '' : typeHint(issue, found, name, context);
	return `type incorrect : attendu ${expected}, trouvé ${describeKind(found)}${hint}`;
}

/** How to write the value the schema wanted, from what the contributor wrote. */
function typeHint(
	issue: z.core.$ZodIssueInvalidType,
	found: unknown,
	name: string,
	context: IssueContext,
): string {
	const itemKeys = context.knownKeys([...issue.path, 0]);
	if (issue.expected === 'array' && itemKeys.length)
		return ` — écrivez un élément par ligne, « - ${itemKeys[0]!}: … », avec ses clés (${itemKeys.join(', ')})`;
	if (issue.expected === 'array' && typeof found === 'string')
		return ` — écrivez une liste entre crochets : « ${name}: [${found}] »`;
	if (issue.expected === 'number' && typeof found === 'string' && /^-?\d+(\.\d+)?$/.test(found))
		return ` — retirez les guillemets : « ${name}: ${found} »`;
	if (issue.expected === 'boolean' && typeof found === 'string')
		return ' — écrivez « true » pour oui ou « false » pour non';
	if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean'))
		return ` — mettez la valeur entre guillemets : « ${name}: "${String(found)}" »`;
	if (issue.expected === 'object')
		return ` — écrivez les sous-clés sur les lignes suivantes, indentées de deux espaces (clés possibles : ${context.knownKeys(issue.path).join(', ')})`;
	return '';
}

/** `au moins 1`, or `plus de 0` for an exclusive bound such as `ordre: positive()`. */
function bound(
	direction: 'min' | 'max',
	limit: number | bigint,
	inclusive: boolean | undefined,
): string {
	if (direction === 'min')
		return inclusive === false ? `plus de ${String(limit)}` : `au moins ${String(limit)}`;
	return inclusive === false ? `moins de ${String(limit)}` : `au plus ${String(limit)}`;
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown, context: IssueContext): string {
	switch (issue.code) {
		case 'invalid_type':
			return describeType(issue, found, context);
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
				return Array.isArray(found) && found.length === 0
					? `liste vide : au moins ${String(issue.minimum)} valeur attendue — ajoutez-en une entre les crochets`
					: `liste trop courte : au moins ${String(issue.minimum)} valeurs attendues, trouvé ${String(Array.isArray(found) ? found.length : 0)}`;
			// Strings are trimmed before they are measured, so the count shown is the trimmed one.
			if (issue.origin === 'string')
				return Number(issue.minimum) <= 1
					? 'texte vide — écrivez une valeur ou supprimez la clé si elle est facultative'
					: `texte trop court : au moins ${String(issue.minimum)} caractères attendus, trouvé ${String(String(found).trim().length)} — complétez-le`;
			return `valeur trop petite : attendu ${bound('min', issue.minimum, issue.inclusive)}, trouvé ${describeKind(found)}`;
		}
		case 'too_big': {
			if (issue.origin === 'string')
				return `texte trop long : au plus ${String(issue.maximum)} caractères attendus, trouvé ${String(String(found).trim().length)} — raccourcissez-le`;
			if (issue.origin === 'array')
				return `liste trop longue : au plus ${String(issue.maximum)} valeurs attendues`;
			return `valeur trop grande : attendu ${bound('max', issue.maximum, issue.inclusive)}, trouvé ${describeKind(found)}`;
		}
		case 'invalid_format': {
			const what: Record<string, string> = {
				email: 'une adresse électronique valide (prenom.nom@ville.fr)',
				url: 'une adresse web complète commençant par https://',
				regex:
					'un identifiant en minuscules sans accents, chiffres et tirets (ex. « lien-et-utilite-sociale »)',
			};
			return `format invalide : attendu ${what[issue.format] ?? issue.format}, trouvé ${describeValue(found)}`;
		}
		case 'custom':
			return `${issue.message === 'Invalid input' ? 'valeur invalide' : `attendu ${issue.message}`}, trouvé ${describeValue(found)}`;
		default:
			return `valeur invalide (${issue.message}), trouvé ${describeValue(found)}`;
	}
}
