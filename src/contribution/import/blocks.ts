import type { Block, Inline, ListInfo, Paragraph } from './docx.ts';

/** The text of a paragraph as one string: a box is `☒`/`☐`, a line break is `\n`. */
export function flatText(paragraph: Paragraph): string {
	return paragraph.inlines
		.map((inline) => {
			if (inline.type === 'text') return inline.text;
			if (inline.type === 'checkbox') return inline.checked ? '☒' : '☐';
			return '\n';
		})
		.join('');
}

export function isBlank(block: Block): boolean {
	if (block.type === 'table')
		return block.rows.every((row) => row.every((cell) => cell.blocks.every(isBlank)));
	return flatText(block).trim() === '';
}

/** The paragraph without its first `from` characters of `flatText`, formatting kept. */
export function sliceParagraph(paragraph: Paragraph, from: number): Paragraph {
	const inlines: Inline[] = [];
	let skip = from;
	for (const inline of paragraph.inlines) {
		const length = inline.type === 'text' ? inline.text.length : 1;
		if (skip >= length) {
			skip -= length;
			continue;
		}
		if (skip > 0 && inline.type === 'text')
			inlines.push({ ...inline, text: inline.text.slice(skip) });
		else inlines.push(inline);
		skip = 0;
	}
	return { ...paragraph, inlines };
}

/** Bullets typed by hand or pasted from a PDF, including those of Word's symbol fonts. */
const TYPED_BULLET =
	/^[ \t\u00A0]*(?:[•·‣◦▪▫●○◆◇►▶➢➤→✓✔\uF0A7\uF0B7\uF0D8\uF076\uF0FC]|[-–—*+](?=\s))[ \t\u00A0]*/;
/** `1.` or `2)` typed by hand; two digits at most, so `2022. Puis…` stays a sentence. */
const TYPED_NUMBER = /^[ \t\u00A0]*\d{1,2}[.)](?=\s)[ \t\u00A0]*/;
/** `2.1.` typed by hand: a second-level item. */
const TYPED_SUBNUMBER = /^[ \t\u00A0]*\d{1,2}\.\d{1,2}\.?(?=\s)[ \t\u00A0]*/;

function typedList(paragraph: Paragraph): { list: ListInfo; marker: number } | undefined {
	const text = flatText(paragraph);
	for (const [pattern, list] of [
		[TYPED_SUBNUMBER, { level: 1, ordered: true }],
		[TYPED_NUMBER, { level: 0, ordered: true }],
		[TYPED_BULLET, { level: 0, ordered: false }],
	] as const) {
		const match = pattern.exec(text);
		if (match && text.length > match[0].length) return { list, marker: match[0].length };
	}
	return undefined;
}

/**
 * Paragraphs as a reader sees them: a line break (Shift+Enter) in an ordinary paragraph starts a
 * new paragraph, and a typed bullet or number makes a list item, its marker removed. Word list
 * items keep their line breaks, which join the item's lines.
 */
export function normalizeBlocks(blocks: readonly Block[]): Block[] {
	const out: Block[] = [];
	for (const block of blocks) {
		if (block.type === 'table') {
			out.push(block);
			continue;
		}
		const lines: Paragraph[] = [];
		if (block.list) lines.push(block);
		else {
			let current: Inline[] = [];
			for (const inline of block.inlines) {
				if (inline.type === 'break') {
					lines.push({ type: 'paragraph', inlines: current });
					current = [];
				} else current.push(inline);
			}
			lines.push({ type: 'paragraph', inlines: current });
		}
		for (const line of lines) {
			const typed = line.list ? undefined : typedList(line);
			out.push(typed ? { ...sliceParagraph(line, typed.marker), list: typed.list } : line);
		}
	}
	return out.filter((block) => !isBlank(block));
}

/** One clean line of text per paragraph (and per table cell), markers and blank lines dropped. */
export function plainLines(blocks: readonly Block[]): string[] {
	return normalizeBlocks(blocks).flatMap((block) =>
		block.type === 'table'
			? block.rows.flatMap((row) => row.flatMap((cell) => plainLines(cell.blocks)))
			: [flatText(block).replace(/\s+/g, ' ').trim()],
	);
}
