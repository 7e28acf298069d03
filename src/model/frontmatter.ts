/**
 * The one frontmatter splitter of the project: the validator, the typography linter and fixer,
 * and the tests read a content file's YAML header through it, so they never disagree on where
 * it ends. It follows Astro's own reader (`@astrojs/internal-helpers/frontmatter`): an optional
 * byte-order mark, an opening `---` line (trailing spaces are invisible in an editor and Astro
 * accepts them), and the header ends at the first line that starts with `---`. The YAML itself
 * is read by the callers with the `yaml` package (YAML 1.2 core schema, with line numbers).
 *
 * Offsets are in the text as given, Windows line ends included, so a fixer can edit the file in
 * place.
 */
export interface Frontmatter {
	/** The YAML text, from the line after the opening `---` to the line end before the closing one. */
	yaml: string;
	/** Offset of the YAML's first character in the text. */
	yamlStart: number;
	/** The Markdown body: what follows the closing `---` line. */
	body: string;
	/** Offset of the body's first character (the text's length when there is no body). */
	bodyStart: number;
	/** 1-based line of the body's first line in the text. */
	bodyLine: number;
}

/** Why a text has no header: no opening `---` line, or no closing one. */
export type MissingFrontmatter = { missing: 'opening' | 'closing' };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

/** The header and body of a content file, or which of the header's two lines is missing. */
export function splitFrontmatter(text: string): Frontmatter | MissingFrontmatter {
	const opening = OPENING.exec(text);
	if (!opening) return { missing: 'opening' };
	const yamlStart = opening[0].length;
	// Searching from the opening line's own line end lets an empty header (`---\n---`) close.
	const close = text.indexOf('\n---', yamlStart - 1);
	if (close === -1) return { missing: 'closing' };
	const lineEnd = text.indexOf('\n', close + 1);
	const bodyStart = lineEnd === -1 ? text.length : lineEnd + 1;
	let bodyLine = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1))
		bodyLine++;
	return {
		yaml: text.slice(yamlStart, close + 1),
		yamlStart,
		body: text.slice(bodyStart),
		bodyStart,
		bodyLine,
	};
}
