import type { APIRoute, GetStaticPaths } from 'astro';
import { getBook } from '../../../model/collections';
import { partieCard } from '../../../cards/cartes';
import type { CardData } from '../../../cards/card';
import { cardPng, pngResponse } from '../../../cards/png';

export const getStaticPaths = (async () => {
	const book = await getBook();
	return book.parties.map(({ meta }) => ({
		params: { partie: meta.slug },
		props: { data: partieCard(meta) },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: CardData }> = async ({ props }) =>
	pngResponse(await cardPng(props.data));
