import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll } from 'vitest';

/**
 * No-break spaces shown as `␣` (U+00A0) and `⍽` (U+202F), so expected Markdown stays readable
 * and exact: neither glyph occurs in the fixtures.
 */
export function visible(text: string): string {
	if (/[␣⍽]/.test(text))
		throw new Error('le texte contient déjà ␣ ou ⍽ : la comparaison serait ambiguë');
	return text.replace(/\u00A0/g, '␣').replace(/\u202F/g, '⍽');
}

const NAMESPACES =
	'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
	'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
	'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
	'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
	'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
	'xmlns:v="urn:schemas-microsoft-com:vml"';

/**
 * A .docx holding exactly this body XML, for what the `docx` package cannot write: legacy form
 * boxes, symbol-font boxes, hidden text, text boxes written twice, list styles.
 */
export function docxFromXml(
	body: string,
	parts: { numbering?: string; styles?: string; rels?: string } = {},
): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'word/document.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`,
		),
	};
	if (parts.numbering)
		files['word/numbering.xml'] = strToU8(
			`<w:numbering ${NAMESPACES}>${parts.numbering}</w:numbering>`,
		);
	if (parts.styles)
		files['word/styles.xml'] = strToU8(`<w:styles ${NAMESPACES}>${parts.styles}</w:styles>`);
	if (parts.rels) {
		files['word/_rels/document.xml.rels'] = strToU8(
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.rels}</Relationships>`,
		);
	}
	return zipSync(files);
}

const ROOT = join(import.meta.dirname, '..', '..');
/** The project's own Node 24 (runs .ts files), even when vitest was started by an older one. */
const NODE = existsSync(join(ROOT, 'node_modules', '.bin', 'node'))
	? join(ROOT, 'node_modules', '.bin', 'node')
	: process.execPath;

export interface ScriptResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `scripts/<name>` against a temporary content folder (`CONTENU_DIR`). */
export function runScript(
	name: string,
	args: readonly string[],
	contentDir: string,
): Promise<ScriptResult> {
	return new Promise((resolve) => {
		execFile(
			NODE,
			[join(ROOT, 'scripts', name), ...args],
			{ cwd: ROOT, env: { ...process.env, CONTENU_DIR: contentDir, CI: '' } },
			(error, stdout, stderr) =>
				resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
		);
	});
}

/**
 * An empty content folder with the sheet and chapter folders and one chapter of part 2, removed
 * after the tests of the `describe` that asks for it.
 */
export function tempContent(): string {
	const dir = mkdtempSync(join(tmpdir(), 'rfvs-contribution-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	mkdirSync(join(dir, 'fiches'));
	mkdirSync(join(dir, 'chapitres'));
	writeFileSync(
		join(dir, 'chapitres', 'lien-et-utilite-sociale.md'),
		'---\ntitre: Favoriser le lien et l’utilité sociale\npartie: 2\nordre: 1\nresume: Le lien social.\n---\n\nTexte.\n',
	);
	// The map of cities needs each sheet's city (content/villes.yml), when the validator checks it.
	writeFileSync(
		join(dir, 'villes.yml'),
		[
			['Caen', '14', 49.18, -0.37],
			['Lyon', '69', 45.76, 4.84],
			['Metz', '57', 49.12, 6.18],
			['Saint-Étienne', '42', 45.44, 4.39],
		]
			.map(
				([nom, departement, latitude, longitude]) =>
					`- nom: ${nom}\n  departement: '${departement}'\n  latitude: ${latitude}\n  longitude: ${longitude}\n`,
			)
			.join(''),
	);
	return dir;
}
