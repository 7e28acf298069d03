import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { zodIssuesToProblems } from './zod-issues.ts';

/** One well-formed entry of a YAML list, with where it stands in the file. */
export interface ListEntry<Value> {
	value: Value;
	/** Its place in the list, for keys such as `[3].latitude`. */
	index: number;
	/** 1-based line of the entry. */
	line: number | undefined;
	/** 1-based line of one of its keys, else the entry's. */
	keyLine: (key: string) => number | undefined;
}

/** 1-based line of a node of the YAML text. */
function lineOf(node: unknown, lines: LineCounter): number | undefined {
	const range = (node as Node | undefined)?.range;
	return range ? lines.linePos(range[0]).line : undefined;
}

/**
 * Reads a content file that is a YAML list of entries (`content/villes.yml`,
 * `content/glossaire.yml`) with the YAML 1.2 core schema, and checks each entry against `schema`
 * on its own: a YAML slip is one error at its line, each malformed entry gives French problems
 * keyed `[3].latitude`, and each well-formed entry goes to `check` with its lines, in file
 * order, so the caller's own problems follow the file too. Problems go to `problems`; `first`
 * is the key every entry starts with (`nom`, `sigle`), for the messages. Returns every entry as
 * YAML read it, well-formed or not, or undefined when the file is no YAML list.
 */
export function readYamlList<Schema extends z.ZodObject>(
	text: string,
	schema: Schema,
	{
		file,
		first,
		syntaxHint,
		problems,
	}: { file: string; first: string; syntaxHint: string; problems: Problem[] },
	check: (entry: ListEntry<z.output<Schema>>) => void,
): unknown[] | undefined {
	const error = (message: string, line: number | undefined) =>
		problems.push({ file, ...(line ? { line } : {}), key: 'yaml', message, severity: 'erreur' });
	const lines = new LineCounter();
	const source = text.replace(/^\uFEFF/, '');
	const doc = parseDocument(source, { schema: 'core', lineCounter: lines });
	// An unclosed quote or bracket is noticed at the end of the file; point at the last line
	// written rather than at the empty one after it.
	const lastLine = source.trimEnd().split('\n').length;
	for (const yamlError of doc.errors)
		error(
			`syntaxe YAML invalide — chaque entrée commence par « - ${first}: », ${syntaxHint}`,
			Math.min(lines.linePos(yamlError.pos[0]).line, lastLine),
		);
	if (doc.errors.length > 0) return undefined;
	if (doc.contents !== null && !isSeq(doc.contents)) {
		error(`le fichier doit être une liste d’entrées commençant chacune par « - ${first}: »`, 1);
		return undefined;
	}
	const items = doc.contents?.items ?? [];
	const data = (doc.toJS() as unknown[] | null) ?? [];
	items.forEach((item, index) => {
		const line = lineOf(item, lines);
		const keyLine = (key: string) => {
			const pair = isMap(item)
				? item.items.find((p) => isScalar(p.key) && p.key.value === key)
				: undefined;
			return lineOf(pair?.key, lines) ?? line;
		};
		const result = schema.safeParse(data[index], { reportInput: true });
		if (result.success) {
			check({ value: result.data, index, line, keyLine });
			return;
		}
		const issues = zodIssuesToProblems(result.error.issues, {
			file,
			data: data[index],
			lineOf: ([key]) => keyLine(String(key)),
			knownKeys: () => Object.keys(schema.shape),
		});
		// Each entry is checked on its own; the key names it in the list, as `[3].latitude`.
		problems.push(
			...issues.map((p) => ({ ...p, key: p.key ? `[${index}].${p.key}` : `[${index}]` })),
		);
	});
	return data;
}
