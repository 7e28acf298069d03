import { describe, expect, it } from 'vitest';
import { readDocx, type Block, type Paragraph } from '../../src/contribution/import/docx.ts';
import { formToDraft } from '../../src/contribution/import/form.ts';
import { docxFromXml } from './helpers.ts';

const run = (text: string, props = '') =>
	`<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('') || '<w:p/>'}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const control = (checked: '0' | '1') =>
	`<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked}"/></w14:checkbox></w:sdtPr><w:sdtContent>${run('☐')}</w:sdtContent></w:sdt>`;
const legacy = (inner: string) =>
	`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>${inner}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

function paragraphs(body: string, parts?: Parameters<typeof docxFromXml>[1]): Paragraph[] {
	return readDocx(docxFromXml(body, parts)).blocks.filter(
		(b): b is Paragraph => b.type === 'paragraph',
	);
}

describe('readDocx', () => {
	it('reads the checked state of content controls, not the glyph they show', () => {
		expect(
			paragraphs(para(control('1'), run(' Oui'), control('0'), run(' Non')))[0]?.inlines,
		).toEqual([
			{ type: 'checkbox', checked: true },
			{ type: 'text', text: ' Oui' },
			{ type: 'checkbox', checked: false },
			{ type: 'text', text: ' Non' },
		]);
	});

	it('reads legacy form boxes and boxes drawn with symbol fonts', () => {
		const [first] = paragraphs(
			para(
				legacy('<w:default w:val="0"/><w:checked/>'),
				legacy('<w:default w:val="1"/>'),
				legacy('<w:default w:val="0"/>'),
				'<w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:sym w:font="Wingdings" w:char="F0A8"/><w:sym w:font="Symbol" w:char="F0B7"/></w:r>',
			),
		);
		expect(first?.inlines).toEqual([
			{ type: 'checkbox', checked: true },
			{ type: 'checkbox', checked: true },
			{ type: 'checkbox', checked: false },
			{ type: 'checkbox', checked: true },
			{ type: 'checkbox', checked: false },
			{ type: 'text', text: '•' },
		]);
	});

	it('skips hidden text, deletions and unfilled placeholders; keeps insertions and line breaks', () => {
		const [first] = paragraphs(
			para(
				run('Guide', '<w:vanish/>'),
				'<w:del><w:r><w:delText>ancien</w:delText></w:r></w:del>',
				`<w:ins>${run('nouveau')}</w:ins>`,
				'<w:r><w:br/></w:r>',
				`<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${run('Cliquez ici pour entrer du texte.')}</w:sdtContent></w:sdt>`,
				run('&#xA0;fin', '<w:b/><w:i w:val="0"/>'),
			),
		);
		expect(first?.inlines).toEqual([
			{ type: 'text', text: 'nouveau' },
			{ type: 'break' },
			{ type: 'text', text: '\u00A0fin', bold: true },
		]);
	});

	it('resolves links and list levels, from the paragraph or from its style', () => {
		const numbering =
			'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>';
		const styles =
			'<w:style w:styleId="Puce"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="PuceRouge"><w:basedOn w:val="Puce"/></w:style>';
		const rels =
			'<Relationship Id="rId9" Type="hyperlink" Target="https://villes-sante.com/" TargetMode="External"/>';
		const list = paragraphs(
			[
				'<w:p><w:pPr><w:pStyle w:val="PuceRouge"/></w:pPr>' + run('puce') + '</w:p>',
				'<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr>' +
					run('numéro') +
					'</w:p>',
				para(`<w:hyperlink r:id="rId9">${run('RfVS')}</w:hyperlink>`),
			].join(''),
			{ numbering, styles, rels },
		);
		expect(list.map((p) => p.list)).toEqual([
			{ level: 0, ordered: false },
			{ level: 1, ordered: true },
			undefined,
		]);
		expect(list[2]?.inlines).toEqual([
			{ type: 'text', text: 'RfVS', href: 'https://villes-sante.com/' },
		]);
	});

	it('reads a text box once although Word writes it twice', () => {
		const box = `<w:txbxContent>${para(run('Titre en boîte'))}</w:txbxContent>`;
		const body = para(
			`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
		);
		expect(paragraphs(body).map((p) => p.inlines)).toEqual([
			[{ type: 'text', text: 'Titre en boîte' }],
			[],
		]);
	});

	it('marks the cells that continue a vertically merged cell', () => {
		const [first] = readDocx(
			docxFromXml(
				table(
					row('<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc>', cell()),
					row('<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>', cell()),
				),
			),
		).blocks as [Block];
		expect(first.type === 'table' && first.rows.map((r) => r.map((c) => c.continued))).toEqual([
			[false, false],
			[true, false],
		]);
	});

	it('explains in French a file that is not a .docx, keeping the cause', () => {
		let error: Error | undefined;
		try {
			readDocx(new TextEncoder().encode('%PDF-1.7'));
		} catch (caught) {
			error = caught as Error;
		}
		expect(error?.message).toMatch(/n’est pas un document Word \.docx lisible/);
		expect(error?.cause).toBeInstanceOf(Error);
	});
});

describe('formToDraft on forms whose layout was changed', () => {
	it('reads answers typed in the label cell, labels split on two lines and typed ticks', () => {
		const body = [
			para(run('Fiche-action « Actions de prévention et promotion de la santé mentale »')),
			para(
				`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${para(run('[Jardins partagés]'))}</w:txbxContent></wps:txbx></w:drawing></mc:Choice></mc:AlternateContent></w:r>`,
			),
			table(
				row(cell(para(run('Ville-Santé : Rennes Métropole')))),
				row(
					cell(para(run('Date de rédaction')), para(run('de la fiche-action'))),
					cell(para(run('le 3/4/24'))),
				),
				row(
					cell(para(run('Personne à contacter'))),
					cell(para(run('Nom et prénom : Jean Dupont'))),
					cell(),
				),
				row(cell(), cell(para(run('Email :'))), cell(para(run('jean.dupont@rennes.fr')))),
				row(
					cell(para(run('Thématique(s) de l’action'))),
					cell(
						para(run('Type de projet/démarche :')),
						para(run('X Gouvernance, coordination')),
						para(run('☐ Autre : précisez……')),
						para(run('Déterminants de la santé mentale concernés :')),
						para(run('☒ Nature, espaces verts et bleus')),
						para(run('☐ Autre(s), précisez : …… Jardins thérapeutiques')),
						para(run('et fermes urbaines')),
						para(run('☒ Jardinage collectif')),
					),
				),
				row(
					cell(para(run('Partenaires'))),
					cell(para(run('Bailleurs ; CCAS ;')), para(run('- Associations'))),
				),
			),
		].join('');
		const draft = formToDraft(readDocx(docxFromXml(body)));
		expect(draft).toMatchObject({
			titre: 'Jardins partagés',
			ville: 'Rennes Métropole',
			date: '2024-04-03',
			contact: { nom: 'Jean Dupont', email: 'jean.dupont@rennes.fr' },
			types: ['gouvernance'],
			determinants: ['nature'],
			partenaires: ['Bailleurs', 'CCAS', 'Associations'],
		});
		expect(draft.determinants_autre).toBe('Jardins thérapeutiques et fermes urbaines');
		expect(draft.remarques).toEqual([
			'« Autre » précisé mais non coché (Déterminants de la santé mentale concernés) : « Jardins thérapeutiques » repris, vérifiez',
			'case cochée non reconnue : « Jardinage collectif » — ajoutez le code qui convient à la main',
		]);
	});

	it('keeps the words that open the partners as their heading, not as a partner', () => {
		const body = table(
			row(cell(para(run('Ville-Santé : Rennes')))),
			row(
				cell(para(run('Partenaires'))),
				cell(
					para(run('Membres du comité de pilotage :')),
					para(run('Ville de Rennes')),
					para(run('Compagnie Dana')),
				),
			),
		);
		const draft = formToDraft(readDocx(docxFromXml(body)));
		expect(draft.partenaires_intitule).toBe('Membres du comité de pilotage');
		expect(draft.partenaires).toEqual(['Ville de Rennes', 'Compagnie Dana']);
	});
});
