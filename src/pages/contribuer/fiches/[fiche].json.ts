import type { APIRoute, GetStaticPaths } from 'astro';
import { getBook } from '../../../model/collections';
import { publishableSource } from '../../../contribution/source';
import type { Fiche } from '../../../model/book';

/**
 * Each sheet's frontmatter and body, for « Proposer une mise à jour »: the online form starts
 * from the sheet as published. A contact without consent stays out, as everywhere on the site.
 */
export const getStaticPaths = (async () => {
	const book = await getBook();
	return book.fiches.map((fiche) => ({ params: { fiche: fiche.id }, props: { fiche } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ fiche: Fiche }> = ({ props }) =>
	new Response(JSON.stringify(publishableSource(props.fiche)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
