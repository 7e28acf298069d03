/**
 * The content folder as files: what may be read at all. Sheets arrive by pull request, and git
 * stores symbolic links, so a « sheet » or an image can point anywhere on the machine that
 * builds the site. Nothing is read through a link, nothing outside the content folder, and a
 * file must be UTF-8 text of a bounded size before anything parses it.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problem.ts';

/** A sheet fits in a few kilobytes (the largest real one: 14 KB); 200 KB leaves room for long ones. */
export const MAX_FILE_BYTES = 200_000;

/** How to save a file as UTF-8 in the editors contributors use. */
const SAVE_AS_UTF8 =
	'réenregistrez-le en UTF-8 : Bloc-notes (Notepad), Fichier › Enregistrer sous, Encodage « UTF-8 » ; VS Code, cliquez sur l’encodage en bas à droite puis « Enregistrer avec l’encodage » › « UTF-8 » ; LibreOffice Writer, Fichier › Enregistrer sous, type « Texte encodé », jeu de caractères « Unicode (UTF-8) » ; TextEdit, Fichier › Dupliquer puis Enregistrer, encodage « Unicode (UTF-8) »';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a content file, or the reason it cannot be read as one, with its line. */
export type Decoded = { text: string } | { line: number; message: string };

/**
 * Decodes a content file's bytes as UTF-8, the only encoding the contract accepts. Other
 * encodings would otherwise read as garbled headings (Windows-1252) or as a missing header
 * (UTF-16), messages that send the contributor looking in the wrong place.
 */
export function decodeContent(bytes: Uint8Array): Decoded {
	if (bytes.length > MAX_FILE_BYTES)
		return {
			line: 1,
			message: `fichier trop volumineux : ${formatKilobytes(bytes.length)}, au plus ${formatKilobytes(MAX_FILE_BYTES)} — une fiche tient en quelques pages ; mettez les documents longs en ligne et ajoutez leur adresse dans « liens »`,
		};
	const utf16 =
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff) ||
		looksLikeUtf16(bytes);
	if (utf16)
		return {
			line: 1,
			message: `le fichier n’est pas enregistré en UTF-8 — il est en UTF-16 (« Unicode ») ; ${SAVE_AS_UTF8}`,
		};
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		return {
			line: firstInvalidLine(bytes),
			message: `le fichier n’est pas enregistré en UTF-8 — cette ligne contient un caractère d’un autre encodage (sans doute Windows-1252 ou ISO-8859-1, « ANSI ») ; ${SAVE_AS_UTF8}`,
		};
	}
}

/** UTF-16 without a byte-order mark: ASCII text with a zero byte beside every letter. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 512);
	let zeros = 0;
	for (const byte of sample) if (byte === 0) zeros++;
	return sample.length >= 2 && zeros >= sample.length / 4;
}

/** The 1-based line of the first byte that is not UTF-8: `\n` is one byte in every encoding met here. */
function firstInvalidLine(bytes: Uint8Array): number {
	let start = 0;
	let line = 1;
	while (start <= bytes.length) {
		let end = bytes.indexOf(0x0a, start);
		if (end === -1) end = bytes.length;
		try {
			utf8.decode(bytes.subarray(start, end));
		} catch {
			return line;
		}
		start = end + 1;
		line++;
	}
	return 1;
}

function formatKilobytes(bytes: number): string {
	return `${Math.ceil(bytes / 1000).toLocaleString('fr-FR')} Ko`;
}

/** Whether `file` really lies inside `dir` once every link on the way is followed. */
export function isInside(dir: string, file: string): boolean {
	try {
		const real = realpathSync(file);
		const realDir = realpathSync(dir);
		return real !== realDir && !relative(realDir, real).startsWith('..');
	} catch {
		return false;
	}
}

/**
 * Refuses a file a build reader is about to open when it is a link or leads outside the content
 * folder. The validator reports such files first, with their place; this is the second lock, for
 * a reader reached some other way.
 */
export function assertContentFile(contentDir: string, file: string): void {
	let link = false;
	try {
		link = lstatSync(file).isSymbolicLink();
	} catch {
		return; // A missing file is the reader's own error, with its own message.
	}
	if (link || !isInside(contentDir, file))
		throw new Error(
			`${file} : lien symbolique ou fichier hors du dossier de contenu (${contentDir}), refusé — remplacez-le par le fichier lui-même`,
		);
}

/**
 * Every symbolic link under the content folder, as problems: one link is enough to publish a
 * file from elsewhere on the machine (`/etc/passwd`, a private image). `root` makes paths
 * relative, as in the rest of the report.
 */
export function checkContentTree(contentDir: string, root: string): Problem[] {
	const problems: Problem[] = [];
	const visit = (dir: string) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(dir, entry.name);
			if (entry.isSymbolicLink())
				problems.push({
					file: relative(root, path).split(sep).join('/'),
					key: 'fichier',
					message: LINK_MESSAGE,
					severity: 'erreur',
				});
			else if (entry.isDirectory()) visit(path);
		}
	};
	visit(contentDir);
	return problems;
}

export const LINK_MESSAGE =
	'lien symbolique refusé : le site ne lit que de vrais fichiers du dossier de contenu — remplacez le lien par une copie du fichier (git ne doit contenir aucun lien)';
