import type { APIRoute, GetStaticPaths } from 'astro';
import { partieOf } from '../../../model/book';
import { getBook } from '../../../model/collections';
import type { CardData } from '../../../cards/card';
import { ficheCard } from '../../../cards/cartes';
import { cardPng, pngResponse } from '../../../cards/png';

export const getStaticPaths = (async () => {
	const book = await getBook();
	return book.fiches.map((fiche) => ({
		params: { fiche: fiche.id },
		props: { data: ficheCard(fiche, partieOf(book, fiche).meta) },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: CardData }> = async ({ props }) =>
	pngResponse(await cardPng(props.data));
