import type { APIRoute } from 'astro';
import { accueilCard } from '../../cards/cartes';
import { cardPng, pngResponse } from '../../cards/png';

export const GET: APIRoute = async () => pngResponse(await cardPng(accueilCard()));
