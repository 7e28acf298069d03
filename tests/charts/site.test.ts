import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { frenchTypography } from '../../src/model/text/typography.ts';
import { countSheets, sheetWhere } from '../lib/corpus.ts';

const dist = inject('siteDir');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('charts in the built site', () => {
	it('draws the per-part and per-determinant bar charts as named images with a data table', () => {
		for (const path of ['', 'fiches']) {
			const page = html(path);
			const charts = [
				...page.matchAll(/<svg role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/g),
			];
			expect(charts.length, path).toBeGreaterThanOrEqual(2);
			for (const [, name, description] of charts) {
				expect(page).toContain(`id="${name}"`);
				expect(page).toContain(`id="${description}"`);
			}
			expect(page).toContain(
				`Partie 1 · Agir sur le cadre de vie\u00A0: ${countSheets((s) => s.data.partie === 1)} fiches`,
			);
			expect(count(page, /<summary[^>]*>Voir les données<\/summary>/g)).toBe(2);
			expect(page).toMatch(/<caption[^>]*>Nombre de fiches-actions par partie du guide<\/caption>/);
		}
	});

	it('crosses determinants and parts in a table with row and column headers', () => {
		const page = html('determinants');
		const table = page.slice(page.indexOf('<div class="matrix"'));
		expect(count(table, /<th scope="row"/g)).toBe(18);
		expect(count(table.slice(0, table.indexOf('</thead>')), /<th scope="col"/g)).toBe(8);
		const lienSocial = countSheets(
			(s) => s.data.partie === 2 && s.data.determinants.includes('lien-social'),
		);
		expect(table).toMatch(
			new RegExp(
				`<a href="/determinants/lien-social/#partie-2"[^>]*>${lienSocial}<span class="visually-hidden"`,
			),
		);
	});

	it('maps every city as a link named with its number of sheets, above the list of cities', () => {
		const page = html('villes');
		const links = [
			...page.matchAll(
				/<a class="city"[^>]* href="(\/villes\/[^"]+\/)"[^>]* aria-label="([^"]+)"/g,
			),
		];
		const listed = count(page, /<li[^>]*><a href="\/villes\/[^"]+\/"/g);
		expect(links).toHaveLength(listed);
		const city = sheetWhere('une fiche').data.ville;
		const sheets = countSheets((s) => s.data.ville === city);
		expect(links.map(([, , name]) => name)).toContain(
			`${city}\u00A0: ${sheets} fiche${sheets > 1 ? 's' : ''}`,
		);
		expect(page).toContain(frenchTypography(fr.graphiques.carte.source));
		expect(page).not.toContain('faute de coordonnées');
	});

	it('ships a small map: under 15 KB gzipped for the whole SVG', () => {
		const page = html('villes');
		const svg = page.slice(
			page.indexOf('<svg viewBox'),
			page.indexOf('</svg>', page.indexOf('<svg viewBox')),
		);
		expect(gzipSync(svg).length).toBeLessThan(15_000);
	});

	it('sets no inline style, which the Content-Security-Policy would block', () => {
		for (const path of ['', 'fiches', 'determinants', 'villes'])
			expect(html(path)).not.toMatch(/\sstyle="/);
	});
});
