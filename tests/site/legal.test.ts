/**
 * The legal and trust pages of a French public site, read from the built handbook: the legal
 * notice linked from every page, the accessibility statement on the RGAA model, the personal
 * data note, and the open-data licence on /donnees/ and in fiches.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { config } from '../../src/config.ts';
import { A_CONFIRMER } from '../../src/model/settings.ts';
import { listPages } from '../lib/site-files.ts';

const dist = inject('siteDir');
const read = (path: string) =>
	readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
/** The visible text of a page, tags dropped and spaces folded. */
const text = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replaceAll('&amp;', '&')
		.replace(/&#39;|&#x27;/g, '’')
		.replace(/\s+/g, ' ');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const mailto = `href="mailto:${config.contactEmail}"`;

describe('legal and trust pages', () => {
	it('links the legal notice, the personal data note and the accessibility statement from every page', () => {
		const missing: string[] = [];
		for (const page of listPages(dist)) {
			const footer = read(page).match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';
			for (const target of ['/mentions-legales/', '/donnees-personnelles/', '/accessibilite/'])
				if (!footer.includes(`href="${target}"`)) missing.push(`${page} → ${target}`);
			if (!text(footer).includes('Accessibilité : non conforme'))
				missing.push(`${page} : mention « Accessibilité : non conforme »`);
		}
		expect(missing).toEqual([]);
	});

	it('names the publisher, and shows the placeholders the RfVS must confirm', () => {
		const html = main(read('/mentions-legales/'));
		const words = text(html);
		expect(words).toContain('Réseau français Villes-Santé (RfVS)');
		expect(words).toMatch(/Directeur ou directrice de la publication à confirmer par le RfVS/);
		expect(words).toMatch(/Hébergement à confirmer par le RfVS/);
		expect(config.publicationDirector).toBe(A_CONFIRMER);
		expect(html).toContain(mailto);
		expect(html).toContain('href="/donnees-personnelles/"');
	});

	it('has an accessibility statement on the RGAA model: status, results, date, contact, remedies', () => {
		const html = main(read('/accessibilite/'));
		const words = text(html);
		// No RGAA audit measured a rate: the RGAA wording for that case, and no rate claimed.
		expect(words).toContain('Accessibilité : non conforme');
		expect(words).not.toMatch(/\d+ ?% des critères/);
		for (const heading of [
			'État de conformité',
			'Résultats des tests',
			'Contenus non accessibles',
			'Établissement de cette déclaration',
			'Retour d’information et contact',
			'Voies de recours',
		])
			expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
		expect(words).toMatch(/Cette déclaration a été établie le \d{1,2} \p{L}+ \d{4}\./u);
		expect(words).toMatch(/vérifications .* ont été menées le \d{1,2} \p{L}+ \d{4}\./u);
		expect(words).toMatch(/axe-core .* à 375 pixels de large/);
		expect(words).toMatch(/à 1 280 pixels de large/);
		expect(words).toContain('html-validate');
		expect(words).toMatch(/clavier/);
		expect(html).toContain(mailto);
		expect(words).toContain('Défenseur des droits');
		expect(words).toContain('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07');
		expect(html).toContain('href="https://formulaire.defenseurdesdroits.fr/"');
	});

	it('says there are no cookies and no tracking, and that contacts are published only with consent', () => {
		const words = text(main(read('/donnees-personnelles/')));
		expect(words).toMatch(/aucun cookie/);
		expect(words).toMatch(/ni de suivi/);
		expect(words).toMatch(/qu’avec son accord/);
		expect(read('/donnees-personnelles/')).toContain(mailto);
	});

	it('links « À propos » to the RfVS and to the printed book', () => {
		const html = main(read('/a-propos/'));
		expect(html).toContain('href="https://villes-sante.com"');
		expect(text(html)).toMatch(/livre imprimé/);
		expect(html).toContain('href="/repenser-les-actions-de-la-ville.pdf"');
	});

	it('shows the open-data licence on /donnees/ and in fiches.json', () => {
		expect(text(main(read('/donnees/')))).toContain(
			`Licence de réutilisation : ${config.dataLicence}.`,
		);
		const data = JSON.parse(read('/donnees/fiches.json')) as { licence: string; fiches: unknown[] };
		expect(data.licence).toBe(config.dataLicence);
		expect(data.fiches.length).toBeGreaterThan(0);
	});

	it('gives the 404 page no canonical URL, since it answers at any address', () => {
		expect(read('/404.html')).not.toContain('rel="canonical"');
		expect(read('/')).toContain(`<link rel="canonical" href="${config.site}/">`);
	});
});
