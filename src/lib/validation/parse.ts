import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.ts';

/** A content file split into frontmatter and body, with a way back to line numbers. */
export interface ParsedFile {
	/** Path relative to the project root. */
	file: string;
	/** The frontmatter as plain data, or undefined when the YAML could not be read. */
	data: Record<string, unknown> | undefined;
	/** The Markdown body. */
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	/** 1-based line of a frontmatter key or value (`['budget', 'financeurs', 0]`). */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** YAML syntax problems, already in French. */
	problems: Problem[];
}

/**
 * Reads a content file's frontmatter with the YAML 1.2 core schema: `2024-13-45` stays text (no
 * lenient timestamp conversion), so dates are checked strictly by the schema, and `Non` stays a
 * word instead of becoming `false`.
 */
export function parseContentFile(file: string, text: string): ParsedFile {
	const lineCounter = new LineCounter();
	let doc: Document.Parsed | undefined;
	const problems: Problem[] = [];
	const startsWithFrontmatter = /^---\r?\n/.test(text);
	let parsed: matter.GrayMatterFile<string>;
	try {
		parsed = matter(text, {
			engines: {
				yaml: (source: string) => {
					doc = parseDocument(source, { schema: 'core', lineCounter, uniqueKeys: true });
					return doc.errors.length ? {} : (doc.toJS() ?? {});
				},
			},
		});
	} catch (error) {
		// gray-matter throws when the closing `---` is missing and the engine chokes.
		problems.push({
			file,
			key: 'fichier',
			message: `en-tête YAML illisible (${(error as Error).message}) — vérifiez les lignes « --- » qui l’encadrent`,
			severity: 'erreur',
		});
		return { file, data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, problems };
	}
	// The YAML starts after the opening `---`; gray-matter keeps that line's newline in `matter`.
	const yamlOffset = /^\r?\n/.test(parsed.matter) ? 0 : 1;
	const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
	if (!startsWithFrontmatter) {
		problems.push({
			file,
			line: 1,
			key: 'fichier',
			message:
				'en-tête YAML absent — le fichier doit commencer par une ligne « --- », les clés (titre, ville, …), puis une ligne « --- »',
			severity: 'erreur',
		});
		return { file, data: undefined, body: parsed.content, bodyLine, lineOf: () => undefined, problems };
	}
	for (const error of doc?.errors ?? []) {
		const line = error.linePos?.[0].line;
		problems.push({
			file,
			...(line ? { line: line + yamlOffset } : {}),
			key: 'yaml',
			message: `syntaxe YAML invalide : ${translateYamlError(error.code, error.message)} — vérifiez l’indentation, les deux-points et les guillemets`,
			severity: 'erreur',
		});
	}
	const data = doc && !doc.errors.length ? (parsed.data as Record<string, unknown>) : undefined;
	if (doc && !doc.errors.length && (doc.contents === null || !isMap(doc.contents))) {
		problems.push({
			file,
			line: 2,
			key: 'yaml',
			message: 'l’en-tête doit être une liste de clés « clé: valeur »',
			severity: 'erreur',
		});
	}
	const lineOf = (path: readonly PropertyKey[]): number | undefined => {
		if (!doc) return undefined;
		let node: unknown = doc.contents;
		let line: number | undefined;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
				if (!pair) break;
				const keyNode = pair.key as { range?: [number, number, number] };
				if (keyNode.range) line = lineCounter.linePos(keyNode.range[0]).line;
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number') {
				const item = node.items[segment] as { range?: [number, number, number] } | undefined;
				if (!item) break;
				if (item.range) line = lineCounter.linePos(item.range[0]).line;
				node = item;
			} else break;
		}
		return line === undefined ? undefined : line + yamlOffset;
	};
	return { file, data, body: parsed.content, bodyLine, lineOf, problems };
}

const YAML_ERRORS: Record<string, string> = {
	DUPLICATE_KEY: 'clé en double',
	BAD_INDENT: 'indentation incorrecte',
	MISSING_CHAR: 'caractère manquant',
	MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes (un deux-points manque-t-il ?)',
	BLOCK_AS_IMPLICIT_KEY: 'bloc utilisé comme clé',
	UNEXPECTED_TOKEN: 'caractère inattendu',
	BAD_SCALAR_START: 'valeur commençant par un caractère réservé (mettez-la entre guillemets)',
	TAB_AS_INDENT: 'tabulation utilisée pour l’indentation (utilisez des espaces)',
};

function translateYamlError(code: string, message: string): string {
	return YAML_ERRORS[code] ?? message.split('\n')[0] ?? code;
}
