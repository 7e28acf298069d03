/** One thing wrong with one content file, as the validator reports it. */
export interface Problem {
	/** Path relative to the project root, e.g. `content/fiches/caen-rcp-psy.md`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** The frontmatter key (`budget.financeurs[0]`), `corps` for the body, `fichier` for the file. */
	key: string;
	/** French message: what was expected, what was found, and how to fix it. */
	message: string;
	/** Errors stop the build; warnings are shown and left to the editors. */
	severity: 'erreur' | 'avertissement';
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const prefix = problem.severity === 'avertissement' ? 'avertissement : ' : '';
	return `${where} ${problem.key} : ${prefix}${problem.message}`;
}

/**
 * GitHub Actions workflow command, so the problem shows on the changed line of a pull request.
 * Escaping follows the runner's rules: `%`, CR and LF everywhere, plus `:` and `,` in properties.
 * https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
 */
export function formatAnnotation(problem: Problem): string {
	const level = problem.severity === 'erreur' ? 'error' : 'warning';
	const line = problem.line ? `,line=${problem.line}` : '';
	const text = escapeData(`${problem.key} : ${problem.message}`);
	return `::${level} file=${escapeProperty(problem.file)}${line},title=Fiche invalide::${text}`;
}

function escapeData(value: string): string {
	return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
	return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function hasErrors(problems: readonly Problem[]): boolean {
	return problems.some((p) => p.severity === 'erreur');
}

/** Sorts by file then line, so the report reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
	);
}
