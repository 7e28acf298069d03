import { normalizeBlocks } from './blocks.ts';
import type { Block, Inline, Table, TextInline } from './docx.ts';

/**
 * Markdown for text that came from Word: every character that Markdown would read as syntax is
 * escaped, so an answer shows exactly what the city wrote. Escapes are kept to what is needed
 * (`_` inside a word, `<` before a digit or `#` inside a line stay as they are), because the
 * result is read and edited by people.
 */
export function escapeMarkdown(text: string, atLineStart: boolean): string {
	let out = text
		.replace(/\\/g, '\\\\')
		.replace(/[*`~[\]]/g, '\\$&')
		.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
		.replace(/<(?=[A-Za-z/!?])/g, '\\<')
		.replace(/&(?=#?\w+;)/g, '\\&');
	if (atLineStart) {
		out = out
			.replace(/^[#>]/, '\\$&')
			.replace(/^[-+](?=\s|$)/, '\\$&')
			.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
			.replace(/^-(?=[-\s]*$)/, '\\-');
	}
	return out;
}

const SAFE_URL = /^(?:https?:|mailto:)/i;

function formatUrl(url: string): string {
	return url.replace(/[ ()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Emphasis markers hug the text: `**mot** suite`, never `**mot **suite`. */
function emphasize(text: string, bold: boolean, italic: boolean): string {
	const marker = `${italic ? '*' : ''}${bold ? '**' : ''}`;
	if (!marker) return text;
	const match = /^(\s*)(.*?)(\s*)$/su.exec(text);
	const [, before = '', core = '', after = ''] = match ?? [];
	return core ? `${before}${marker}${core}${[...marker].reverse().join('')}${after}` : text;
}

type StyledText = Omit<TextInline, 'type'>;

function renderSpan(run: StyledText, atLineStart: boolean): string {
	return emphasize(escapeMarkdown(run.text, atLineStart), run.bold === true, run.italic === true);
}

/** Runs that share a link target become one link; spaces at its edges stay outside it. */
function renderStyled(runs: readonly StyledText[], atLineStart: boolean): string {
	let out = '';
	for (let i = 0; i < runs.length;) {
		const href = runs[i]!.href;
		const group: StyledText[] = [];
		for (; i < runs.length && runs[i]!.href === href; i++) group.push(runs[i]!);
		if (!href || !SAFE_URL.test(href)) {
			for (const run of group) out += renderSpan(run, out === '' && atLineStart);
			continue;
		}
		const shown = group.map((run) => run.text).join('');
		const [, before = '', core = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(shown) ?? [];
		if (core === href || `mailto:${core}` === href) out += `${before}<${core}>${after}`;
		else {
			const label = group
				.map((run) => renderSpan(run, false))
				.join('')
				.trim();
			out += `${before}[${label}](${formatUrl(href)})${after}`;
		}
	}
	return out;
}

function styleOf(inline: Inline): StyledText {
	if (inline.type === 'checkbox') return { text: inline.checked ? '☒' : '☐' };
	// Only list items keep their line breaks (see normalizeBlocks): the item's lines join.
	if (inline.type === 'break') return { text: ' ' };
	return {
		text: inline.text,
		...(inline.bold ? { bold: true as const } : {}),
		...(inline.italic ? { italic: true as const } : {}),
		...(inline.href ? { href: inline.href } : {}),
	};
}

/** Runs merged by formatting, whitespace collapsed (no-break spaces kept), boxes as glyphs. */
function styledRuns(inlines: readonly Inline[]): StyledText[] {
	const runs: StyledText[] = [];
	for (const inline of inlines) {
		const piece = styleOf(inline);
		const last = runs.at(-1);
		if (
			last &&
			last.bold === piece.bold &&
			last.italic === piece.italic &&
			last.href === piece.href
		) {
			last.text += piece.text;
		} else runs.push(piece);
	}
	for (const run of runs) {
		run.text = run.text.replace(/\s+/g, (space) => /[\u00A0\u202F]/.exec(space)?.[0] ?? ' ');
	}
	if (runs[0]) runs[0].text = runs[0].text.trimStart();
	const last = runs.at(-1);
	if (last) last.text = last.text.trimEnd();
	return runs.filter((run) => run.text !== '');
}

export function renderInlines(inlines: readonly Inline[]): string {
	return renderStyled(styledRuns(inlines), true);
}

function renderTable(table: Table): string {
	const rows = table.rows.map((row) =>
		row
			.filter((cell) => !cell.continued)
			.map((cell) =>
				normalizeBlocks(cell.blocks)
					.map((block) =>
						block.type === 'paragraph' ? renderStyled(styledRuns(block.inlines), false) : '',
					)
					.join(' ')
					.replace(/\|/g, '\\|'),
			),
	);
	const width = Math.max(...rows.map((row) => row.length));
	const line = (cells: string[]) =>
		`| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
	const [head = [], ...body] = rows;
	return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join(
		'\n',
	);
}

interface OpenList {
	ordered: boolean;
	counter: number;
	/** Width of the last marker at this level, which its children are indented by. */
	width: number;
}

/**
 * A Word answer as Markdown: paragraphs, bulleted and numbered lists (nested by level),
 * emphasis, links and tables. Empty paragraphs only separate blocks.
 */
export function blocksToMarkdown(blocks: readonly Block[]): string {
	const chunks: string[] = [];
	let items: string[] = [];
	let stack: OpenList[] = [];
	const closeList = () => {
		if (items.length) chunks.push(items.join('\n'));
		items = [];
		stack = [];
	};
	for (const block of normalizeBlocks(blocks)) {
		if (block.type === 'table') {
			closeList();
			chunks.push(renderTable(block));
			continue;
		}
		if (!block.list) {
			closeList();
			chunks.push(renderInlines(block.inlines));
			continue;
		}
		// A bulleted list right after a numbered one (or the reverse) is a new list: a blank line
		// between them says so to the reader as it does to Markdown.
		if (block.list.level === 0 && stack[0] && stack[0].ordered !== block.list.ordered) closeList();
		const level = Math.min(block.list.level, stack.length);
		const current = stack[level];
		stack = stack.slice(0, level);
		const counter = current && current.ordered === block.list.ordered ? current.counter + 1 : 1;
		const marker = block.list.ordered ? `${counter}. ` : '- ';
		const indent = stack.reduce((sum, open) => sum + open.width, 0);
		stack.push({ ordered: block.list.ordered, counter, width: marker.length });
		items.push(`${' '.repeat(indent)}${marker}${renderInlines(block.inlines)}`);
	}
	closeList();
	return chunks.join('\n\n');
}
