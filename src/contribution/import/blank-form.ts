import {
	CheckBox,
	Document,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ParagraphChild,
} from 'docx';
import {
	FORM_BOX_GROUPS,
	FORM_CLOSING,
	FORM_DESCRIPTION,
	FORM_HEADING,
	FORM_QUESTIONS,
	FORM_ROWS,
	FORM_THEMATIQUES_LABEL,
	FORM_TITLE_PLACEHOLDER,
} from '../../schemas/formulaire.ts';

/**
 * The blank RfVS form as a Word file, drawn from the form's table (src/schemas/formulaire.ts):
 * the same labels, real Word checkboxes (content controls, ticked with a click in Word 2010 and
 * later, LibreOffice and Word online), « Autre : précisez » lines and section questions, so a city
 * fills what it knows and the project's importer reads it back. Pure: returns the bytes.
 */
export interface BlankFormOptions {
	/** Paragraphs above the form: where to send it, what happens next. */
	intro: readonly string[];
}

/** A label as Word keeps it: one bold paragraph per printed line. */
function label(text: string): Paragraph[] {
	return text
		.split('\n')
		.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: true })] }));
}

/** An answer cell: one empty paragraph, where Word puts the cursor. */
function answer(): TableCell {
	return new TableCell({
		children: [new Paragraph('')],
		width: { size: 60, type: WidthType.PERCENTAGE },
	});
}

function box(text: string): Paragraph {
	const children: ParagraphChild[] = [new CheckBox({ checked: false }), new TextRun(` ${text}`)];
	return new Paragraph({ children });
}

/** The dotted line after « Autre : précisez », as on the printed form. */
const DOTS = '……………………………………………………………';

function thematiques(): Paragraph[] {
	return FORM_BOX_GROUPS.flatMap((group, index) => [
		...(index > 0 ? [new Paragraph('')] : []),
		new Paragraph({ children: [new TextRun({ text: group.heading, bold: true })] }),
		...group.boxes.map((b) => box(b.label)),
		box(`${group.autre.label} ${DOTS}`),
	]);
}

function rows(): TableRow[] {
	const out: TableRow[] = [];
	for (const row of FORM_ROWS) {
		if (row.rows) {
			row.rows.forEach((sub, index) =>
				out.push(
					new TableRow({
						children: [
							...(index === 0
								? [new TableCell({ children: label(row.label), rowSpan: row.rows!.length })]
								: []),
							new TableCell({ children: [new Paragraph(sub.label)] }),
							answer(),
						],
					}),
				),
			);
			continue;
		}
		out.push(
			new TableRow({
				children: [
					new TableCell({ children: label(row.label), columnSpan: 2 }),
					row.heading ? new TableCell({ children: [new Paragraph('')] }) : answer(),
				],
			}),
		);
	}
	out.push(
		new TableRow({
			children: [
				new TableCell({ children: label(FORM_THEMATIQUES_LABEL), columnSpan: 2 }),
				new TableCell({ children: thematiques() }),
			],
		}),
		new TableRow({
			children: [
				new TableCell({ children: label(FORM_DESCRIPTION.label), columnSpan: 2 }),
				new TableCell({
					children: FORM_DESCRIPTION.parts.flatMap((part, index) => [
						...(index > 0 ? [new Paragraph('')] : []),
						new Paragraph({ children: [new TextRun({ text: part.label, bold: true })] }),
						new Paragraph(''),
					]),
				}),
			],
		}),
		...FORM_QUESTIONS.map(
			(q) =>
				new TableRow({
					children: [new TableCell({ children: label(q.question), columnSpan: 2 }), answer()],
				}),
		),
	);
	return out;
}

export async function blankFormDocx(options: BlankFormOptions): Promise<Uint8Array> {
	const document = new Document({
		creator: 'Réseau français Villes-Santé',
		title: FORM_HEADING,
		sections: [
			{
				children: [
					...options.intro.map((text) => new Paragraph(text)),
					new Paragraph(''),
					new Paragraph({ children: [new TextRun({ text: FORM_HEADING, bold: true, size: 28 })] }),
					new Paragraph({ children: [new TextRun({ text: FORM_TITLE_PLACEHOLDER, bold: true })] }),
					new Table({ rows: rows(), width: { size: 100, type: WidthType.PERCENTAGE } }),
					...FORM_CLOSING.split('\n').map((line) => new Paragraph(line)),
				],
			},
		],
	});
	return new Uint8Array(await Packer.toBuffer(document));
}
