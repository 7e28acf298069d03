/**
 * The identity box is one list of rows (src/model/identity.ts) that the site and the PDF only
 * render: this test reads one built sheet both ways and finds the same rows, in the same order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { identityRows, identityRowText } from '../../src/model/identity.ts';
import { validateContent } from '../../src/contribution/validation/validate.ts';
import { pdfText, skeleton } from '../pdf/helpers/poppler.ts';

const ID = 'testville-identite-complete';
const FILE = join(import.meta.dirname, '..', 'fixtures', 'site', 'content', 'fiches', `${ID}.md`);

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	nbsp: '\u00A0',
};
const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&(\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);

describe('the identity box of one sheet, on the site and in its PDF', () => {
	const dist = inject('fixtureSiteDir');
	const { fiches, problems } = validateContent(
		[{ file: `content/fiches/${ID}.md`, text: readFileSync(FILE, 'utf8') }],
		() => true,
	);
	const rows = identityRows(fiches[0]!.data);

	it('starts from a valid sheet that fills every row', () => {
		expect(problems).toEqual([]);
		expect(rows.map((r) => r.key)).toEqual([
			'ville',
			'date',
			'periode',
			'echelle',
			'porteur',
			'role_collectivite',
			'services',
			'partenaires',
			'budget',
			'types',
			'types_autre',
			'qpv',
			'territoire_autre',
			'determinants',
			'determinants_autre',
			'publics',
			'contact',
			'source',
		]);
	});

	it('prints the same rows on the page', () => {
		const html = readFileSync(join(dist, 'fiches', ID, 'index.html'), 'utf8');
		const box =
			/<section class="[^"]*\bidentity\b[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
		const shown = [
			...box.matchAll(
				/<div[^>]*data-field="([^"]+)"[^>]*>\s*<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g,
			),
		].map(([, key, label, value]) => [key, skeleton(plain(label!)), skeleton(plain(value!))]);
		expect(shown).toEqual(
			rows.map((row) => [
				row.key,
				skeleton(row.label),
				skeleton(identityRowText(row.value).join('')),
			]),
		);
	});

	it('prints the same rows, in the same order, in the sheet’s PDF', () => {
		const printed = skeleton(pdfText(join(dist, 'fiches', ID, `${ID}.pdf`)));
		// pdftotext reads the box's two columns one after the other: labels in order, then values.
		let at = 0;
		for (const row of rows) {
			const found = printed.indexOf(skeleton(row.label), at);
			expect(found, row.label).toBeGreaterThanOrEqual(0);
			at = found;
		}
		at = 0;
		for (const text of rows.flatMap((row) => identityRowText(row.value))) {
			const found = printed.indexOf(skeleton(text), at);
			expect(found, text).toBeGreaterThanOrEqual(0);
			at = found;
		}
	});
});
