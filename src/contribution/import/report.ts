import { formatProblem, type Problem } from '../validation/problem.ts';

/**
 * The errors that appeared between two validations of the content: those a new sheet causes,
 * in its own file or elsewhere (a city missing from the map's list), and no older ones.
 */
export function newErrors(before: readonly Problem[], after: readonly Problem[]): Problem[] {
	const known = new Set(before.map(formatProblem));
	return after.filter((p) => p.severity === 'erreur' && !known.has(formatProblem(p)));
}

/**
 * What a person reads after a sheet is created: what is left to decide or write, then what the
 * validator still refuses in that file, so nothing half-done is published by mistake.
 */
export function newSheetReport(
	file: string,
	todo: readonly string[],
	errors: readonly Problem[],
): string[] {
	const own = errors.filter((p) => p.file === file);
	const lines: string[] = [];
	if (todo.length) lines.push('  À faire avant publication :', ...todo.map((t) => `    - ${t}`));
	if (own.length) {
		lines.push(
			`  Le validateur refuse encore cette fiche (${own.length} erreur(s)), c’est voulu tant que ces points sont ouverts :`,
			...own.map((p) => `    ${formatProblem(p)}`),
		);
	} else lines.push('  La fiche passe le validateur (npm run validate).');
	return lines;
}

/** Errors the new sheets cause in other files, shown once after the sheets' reports. */
export function elsewhereReport(files: readonly string[], errors: readonly Problem[]): string[] {
	const elsewhere = errors.filter((p) => !files.includes(p.file));
	if (!elsewhere.length) return [];
	return [
		'\nÀ compléter ailleurs pour que le guide se construise :',
		...elsewhere.map((p) => `  ${formatProblem(p)}`),
	];
}

/** Node's `parseArgs` errors, in French: an unknown option, or an option missing its value. */
export function describeArgsError(error: unknown): string {
	const { code, message } = error as { code?: string; message: string };
	const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `option inconnue « ${option} »`;
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		return `l’option « ${option} » attend une valeur`;
	return message;
}
