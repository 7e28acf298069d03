import type { APIRoute } from 'astro';
import { accueilCard } from '../../og/cartes';
import { cardPng, pngResponse } from '../../og/png';

export const GET: APIRoute = async () => pngResponse(await cardPng(accueilCard()));
