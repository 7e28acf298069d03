import {
	isCollection,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type YAMLError,
} from 'yaml';
import { CONTROL_CHARACTER, codePointName } from '../../model/text/control-characters.ts';
import { splitFrontmatter } from '../../model/frontmatter.ts';
import { astroReadingProblems } from './astro-yaml.ts';
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
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** YAML syntax problems, already in French. */
	problems: Problem[];
}

/**
 * Reads a content file's frontmatter with the YAML 1.2 core schema: `2024-13-45` stays text (no
 * lenient timestamp conversion), so dates are checked strictly by the schema, and `Non` stays a
 * word instead of becoming `false`. The file is split by `splitFrontmatter`, as Astro's own
 * reader splits it, so the validator and the build read the same header.
 */
export function parseContentFile(file: string, text: string): ParsedFile {
	// Windows editors save CRLF line ends and sometimes a byte-order mark; Astro reads both, and
	// neither changes line numbers. A lone `\r` would otherwise break YAML after a `]`.
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
	const problems: Problem[] = [];
	const fail = (line: number, message: string): ParsedFile => {
		problems.push({ file, line, key: 'fichier', message, severity: 'erreur' });
		return { file, data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, problems };
	};

	const split = splitFrontmatter(source);
	if ('missing' in split && split.missing === 'opening')
		return fail(
			1,
			'en-tête YAML absent — le fichier doit commencer par une ligne « --- », les clés (titre, ville, …), puis une ligne « --- »',
		);
	if ('missing' in split)
		return fail(
			1,
			'en-tête YAML non refermé — ajoutez une ligne « --- » après la dernière clé, avant le texte de la fiche',
		);
	const { yaml: rawYaml, body, bodyLine } = split;

	// Control characters are reported here, by field, and the header is read without them: the
	// YAML readers would otherwise stumble on them with a message about quotes that sends the
	// contributor the wrong way. Lines are kept, so every other problem keeps its line.
	const yaml = rawYaml.replace(CONTROL_CHARACTER, '');
	const lineCounter = new LineCounter();
	const doc = parseDocument(yaml, { schema: 'core', lineCounter, uniqueKeys: true });
	// The YAML starts on the file's second line, after the opening `---`.
	const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;

	// An unknown tag is only a warning for the parser, but it drops text: `titre: !Important x`
	// reads as `x`. One message per line: the parser often reports one slip two or three times.
	const slips = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
	const yamlLines = new Set<number>();
	for (const error of slips) {
		const { line, message } = describeYamlError(error, doc, yaml, fileLine);
		if (yamlLines.has(line)) continue;
		yamlLines.add(line);
		problems.push({
			file,
			line,
			key: 'yaml',
			message: `syntaxe YAML invalide : ${message}`,
			severity: 'erreur',
		});
	}

	const lineOf = (path: readonly PropertyKey[]): number | undefined => {
		let node: unknown = doc.contents;
		let line: number | undefined;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find(
					(p) => isPair(p) && isScalar(p.key) && p.key.value === segment,
				);
				if (!pair) break;
				const keyNode = pair.key as { range?: [number, number, number] };
				if (keyNode.range) line = fileLine(keyNode.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number') {
				const item = node.items[segment] as { range?: [number, number, number] } | undefined;
				if (!item) break;
				if (item.range) line = fileLine(item.range[0]);
				node = item;
			} else break;
		}
		return line;
	};

	problems.push(
		...controlCharacterProblems(file, source, { rawYaml, bodyLine }, (offset) =>
			formatPath(pathAt(doc.contents, offset, [])),
		),
	);

	let data: Record<string, unknown> | undefined;
	if (slips.length === 0) {
		if (doc.contents === null) {
			// An empty header: the schema then names each missing key, which is the useful list.
			data = {};
		} else if (!isMap(doc.contents)) {
			problems.push({
				file,
				line: 2,
				key: 'yaml',
				message: `l’en-tête doit être une suite de lignes « clé: valeur », trouvé ${isSeq(doc.contents) ? 'une liste' : 'un texte seul'}`,
				severity: 'erreur',
			});
		} else {
			try {
				data = doc.toJS() as Record<string, unknown>;
				problems.push(...astroReadingProblems(file, yaml, data, lineOf));
			} catch {
				// `toJS` refuses alias bombs (`&a [*a, *a, …]`) rather than expanding them.
				problems.push({
					file,
					line: 2,
					key: 'yaml',
					message:
						'en-tête YAML illisible : trop de renvois « * » vers des ancres « & » — écrivez les valeurs en entier',
					severity: 'erreur',
				});
			}
		}
	}
	return { file, data, body, bodyLine, lineOf, problems };
}

/**
 * The file line where a YAML slip was made and what to do about it. The parser notices an
 * unclosed quote or bracket only where the text ends; the contributor made it where it opens.
 */
function describeYamlError(
	error: YAMLError,
	doc: Document.Parsed,
	yaml: string,
	fileLine: (offset: number) => number,
): { line: number; message: string } {
	const at = error.pos[0];
	// The innermost quoted value or bracketed list still open at the error.
	const opener = (
		wanted: (node: unknown) => boolean,
	): { node: unknown; start: number } | undefined => {
		let found: { node: unknown; start: number } | undefined;
		visit(doc, (_key, node) => {
			const range = (node as { range?: [number, number, number] } | null)?.range;
			if (range && wanted(node) && range[0] < at && at <= range[1])
				found = { node, start: range[0] };
		});
		return found;
	};
	const first = error.message.split('\n')[0] ?? error.code;
	switch (error.code) {
		case 'MISSING_CHAR':
			if (first.startsWith('Missing closing')) {
				const open = opener(
					(node) =>
						isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'),
				);
				const quote = isScalar(open?.node) && open.node.type === 'QUOTE_SINGLE' ? "'" : '"';
				return {
					line: fileLine(open?.start ?? at),
					message: `guillemet fermant manquant — la valeur ouverte par « ${quote} » sur cette ligne doit se refermer par le même caractère`,
				};
			}
			return {
				line: fileLine(at),
				message: 'deux-points manquant après la clé — écrivez « clé: valeur »',
			};
		case 'BAD_INDENT':
			if (first.startsWith('Flow sequence') || first.startsWith('Flow map')) {
				const open = opener((node) => isCollection(node) && node.flow === true);
				const bracket = first.startsWith('Flow sequence') ? ']' : '}';
				return {
					line: fileLine(open?.start ?? at),
					message: `liste non refermée — ajoutez « ${bracket} » à la fin de la valeur, sur la même ligne`,
				};
			}
			return {
				line: fileLine(at),
				message: 'indentation incorrecte — les clés d’un même groupe commencent à la même colonne',
			};
		case 'DUPLICATE_KEY': {
			const key = /^\s*([^:#]+?)\s*:/.exec(yaml.slice(yaml.lastIndexOf('\n', at) + 1))?.[1] ?? '';
			return {
				line: fileLine(at),
				message: `clé « ${key} » en double — gardez une seule ligne « ${key}: »`,
			};
		}
		case 'BLOCK_AS_IMPLICIT_KEY':
			return {
				line: fileLine(at),
				message: first.startsWith('Nested mappings')
					? 'deux-points « : » inattendu dans la valeur — mettez la valeur entre guillemets (titre: "Santé mentale : agir"), ou alignez la ligne suivante sur les autres clés'
					: 'indentation incorrecte — alignez les tirets « - » d’une même liste',
			};
		case 'MULTILINE_IMPLICIT_KEY':
			return {
				line: fileLine(at),
				message:
					'ligne sans deux-points ou clé sur plusieurs lignes — écrivez « clé: valeur » sur une seule ligne',
			};
		case 'TAB_AS_INDENT':
			return {
				line: fileLine(at),
				message: 'tabulation utilisée pour l’indentation — remplacez-la par deux espaces',
			};
		case 'BAD_SCALAR_START':
			return {
				line: fileLine(at),
				message:
					'valeur commençant par un caractère réservé (@, `, %, |, > …) — mettez-la entre guillemets',
			};
		case 'UNEXPECTED_TOKEN':
			if (first.startsWith('Unexpected scalar at node end'))
				return { line: fileLine(at), message: textAfterValue(yaml, at) };
			return {
				line: fileLine(at),
				message:
					'caractère inattendu — vérifiez l’indentation, les deux-points et les guillemets de cette ligne',
			};
		case 'TAG_RESOLVE_FAILED':
			return {
				line: fileLine(at),
				message:
					'valeur commençant par « ! » (lue comme une étiquette YAML, le texte serait perdu) — mettez-la entre guillemets',
			};
		default:
			return {
				line: fileLine(at),
				message:
					'syntaxe non reconnue — vérifiez l’indentation, les deux-points et les guillemets de cette ligne',
			};
	}
}

/**
 * Text left over after a complete value: what closed the value early is the first character
 * of the value, which YAML read as syntax (`"`, `*`, `[`, `{`).
 */
function textAfterValue(yaml: string, at: number): string {
	const line = yaml.slice(yaml.lastIndexOf('\n', at - 1) + 1, at);
	const start = /^\s*(?:-\s+)?(?:[^:]+:\s+)?(\S)/.exec(line)?.[1];
	if (start === '"' || start === "'")
		return 'texte après le guillemet fermant — un guillemet dans le texte ferme la valeur : écrivez les guillemets français « » ou entourez la valeur de l’autre sorte de guillemets';
	if (start === '*' || start === '&')
		return `valeur commençant par « ${start} » (lue comme un renvoi YAML, pas comme de l’italique) — mettez-la entre guillemets`;
	if (start === '[' || start === '{')
		return `texte après « ${start === '[' ? ']' : '}'} » — une valeur commençant par « ${start} » est une liste : mettez le texte entier entre guillemets`;
	return 'texte inattendu après la valeur — mettez la valeur entière entre guillemets';
}

/** `budget.financeurs[0]`, as the validator names keys. */
function formatPath(path: readonly (string | number)[] | undefined): string | undefined {
	if (!path?.length) return undefined;
	return path
		.map((segment, index) =>
			typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
		)
		.join('');
}

/** The path of the frontmatter value (or key) that holds `offset` of the YAML text. */
function pathAt(
	node: unknown,
	offset: number,
	path: (string | number)[],
): (string | number)[] | undefined {
	const holds = (item: unknown) => {
		const range = (item as { range?: [number, number, number] } | null)?.range;
		return range !== undefined && range[0] <= offset && offset <= range[1];
	};
	if (isMap(node))
		for (const pair of node.items) {
			if (!isScalar(pair.key)) continue;
			const inner = [...path, String(pair.key.value)];
			if (holds(pair.value)) return pathAt(pair.value, offset, inner) ?? inner;
			if (holds(pair.key)) return inner;
		}
	if (isSeq(node))
		for (const [index, item] of node.items.entries())
			if (holds(item)) return pathAt(item, offset, [...path, index]) ?? [...path, index];
	return undefined;
}

/** How the invisible characters of one line are named: their kind and their code points. */
function describeControls(chars: readonly string[]): string {
	const names = [...new Set(chars)].map(codePointName);
	if (names.length > 1)
		return `caractères invisibles ${names.slice(0, -1).join(', ')} et ${names.at(-1)!}`;
	return chars[0] === '\u2028' || chars[0] === '\u2029'
		? `séparateur de ligne invisible ${names[0]!}`
		: `caractère de contrôle invisible ${names[0]!}`;
}

/**
 * One problem per line holding control characters, naming the field (or `corps`), the
 * characters and the visible text just before the first one, since the editor shows nothing.
 * `fieldAt` maps an offset of the cleaned YAML (control characters removed) to its field.
 */
function controlCharacterProblems(
	file: string,
	source: string,
	{ rawYaml, bodyLine }: { rawYaml: string; bodyLine: number },
	fieldAt: (offset: number) => string | undefined,
): Problem[] {
	const problems: Problem[] = [];
	const yamlLines = rawYaml.split('\n');
	let cleanedOffset = 0; // Start of the current YAML line in the cleaned YAML.
	for (const [index, line] of source.split('\n').entries()) {
		const fileLine = index + 1;
		const yamlIndex = fileLine - 2; // The YAML starts on the file's second line.
		const inYaml = yamlIndex >= 0 && yamlIndex < yamlLines.length - 1;
		const chars = line.match(CONTROL_CHARACTER);
		if (chars) {
			const first = line.search(CONTROL_CHARACTER);
			let before = line.slice(0, first);
			let key = fileLine >= bodyLine ? 'corps' : 'yaml';
			if (inYaml) {
				// The text before, in the cleaned line: where the parser saw the character.
				const field = fieldAt(cleanedOffset + before.length);
				if (field) key = field;
				before = before.replace(/^\s*(?:-\s+)?(?:[^\s:]+:\s+)?["']?/, '');
			}
			const shown = before.trimEnd();
			// The last words before the character, cut at a space, enough to find the place.
			const tail =
				shown.length > 30 ? `…${shown.slice(shown.indexOf(' ', shown.length - 30) + 1)}` : shown;
			const where = shown
				? `après « ${tail} »`
				: key === 'corps'
					? 'en début de ligne'
					: 'en début de valeur';
			const plural = new Set(chars).size > 1;
			problems.push({
				file,
				line: fileLine,
				key,
				message: `${describeControls(chars)} ${key === 'corps' ? 'dans le texte' : `dans « ${key} »`}, ${where} — ${plural ? 'supprimez-les' : 'supprimez-le'} (souvent ${plural ? 'collés' : 'collé'} depuis un autre logiciel : PDF, traitement de texte, terminal)`,
				severity: 'erreur',
			});
		}
		if (inYaml) cleanedOffset += line.replace(CONTROL_CHARACTER, '').length + 1;
	}
	return problems;
}
