import type { APIRoute } from 'astro';
import { getBook } from '../../model/collections';
import { readPdfManifest } from '../../pdf/manifest';
import type { Catalogue } from '../../site/selection';
import { frenchTypography } from '../../model/text/typography';
import { urls } from '../../model/urls';

/**
 * What /selection/ needs to know of every sheet, in book order: its title, city, page and PDF.
 * A selection kept in a browser names sheets by id; this says which still exist.
 */
export const GET: APIRoute = async () => {
	const book = await getBook();
	const manifest = readPdfManifest();
	const catalogue: Catalogue = {
		fiches: book.fiches.map((fiche) => {
			const pdf = manifest?.fiches[fiche.id];
			return {
				id: fiche.id,
				titre: frenchTypography(fiche.data.titre),
				ville: fiche.data.ville,
				url: urls.fiche(fiche.id),
				...(pdf ? { pdf: { url: pdf.url, pages: pdf.pages } } : {}),
			};
		}),
	};
	return new Response(JSON.stringify(catalogue), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
