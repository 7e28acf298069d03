/**
 * Poppler's command-line tools, the independent reader the PDF tests check against. A missing
 * tool fails the test, locally and in CI (which installs poppler-utils): these tests never skip.
 */
import { spawnSync } from 'node:child_process';

type Tool = 'pdftotext' | 'pdfinfo' | 'pdftohtml' | 'pdfimages' | 'pdffonts';

export function poppler(tool: Tool, args: readonly string[]): string {
	const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
	if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
		throw new Error(
			`« ${tool} » est introuvable : installez poppler-utils (apt-get install -y poppler-utils).`,
		);
	}
	if (result.status !== 0)
		throw new Error(`${tool} ${args.join(' ')} a échoué :\n${result.stderr}`);
	return result.stdout;
}

/** The text of a PDF, or of one page of it, in reading order (or content-stream order: `raw`). */
export function pdfText(file: string, page?: number, raw = false): string {
	const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
	return poppler('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), ...range, file, '-']);
}

/** `pdfinfo` fields: `Pages`, `Title`, `Tagged`, `Page size`… */
export function pdfInfo(file: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const line of poppler('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
		const match = /^([^:]+):\s*(.*)$/.exec(line);
		if (match) fields[match[1]!] = match[2]!;
	}
	return fields;
}

export interface OutlineItem {
	title: string;
	page: number;
	children: OutlineItem[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The PDF's bookmarks as poppler reads them (`pdftohtml -xml` prints the outline with the page
 * each entry jumps to): what a reader's sidebar shows, not what Typst meant to write.
 */
export function pdfOutline(file: string): OutlineItem[] {
	const xml = poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-f', '1', '-l', '1', file]);
	const root: OutlineItem[] = [];
	const stack: OutlineItem[][] = [];
	let current = root;
	const start = xml.indexOf('<outline>');
	if (start === -1) return root;
	for (const match of xml
		.slice(start)
		.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
		if (match[0] === '<outline>') {
			stack.push(current);
			current = current.at(-1)?.children ?? current;
		} else if (match[0] === '</outline>') {
			current = stack.pop() ?? root;
		} else {
			const title = match[2]!.replace(
				/&(\w+);/g,
				(entity, name: string) => ENTITIES[name] ?? entity,
			);
			current.push({ title, page: Number(match[1]), children: [] });
		}
	}
	return root;
}

/**
 * What is left of a text once line breaks, hyphenation and spacing are set aside: letters,
 * digits and punctuation in order. Comparing skeletons checks that every character printed,
 * whatever the line breaker did (a hyphen at a line end and a real hyphen look the same).
 */
export function skeleton(text: string): string {
	return text.normalize('NFC').replace(/[\s\u00AD\u200B\u2060\uFEFF\-‐]/gu, '');
}
