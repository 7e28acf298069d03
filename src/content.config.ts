import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ficheSchema } from './schemas/fiche.ts';
import { chapitreSchema, partieSchema } from './schemas/partie.ts';

// Sheets are plain Markdown (never MDX: they come from outside contributors); files starting
// with `_` are templates.
const fiches = defineCollection({
	loader: glob({ pattern: '[^_]*.md', base: './content/fiches' }),
	schema: ficheSchema,
});

const parties = defineCollection({
	loader: glob({ pattern: '[^_]*.{md,mdx}', base: './content/parties' }),
	schema: partieSchema,
});

const chapitres = defineCollection({
	loader: glob({ pattern: '[^_]*.{md,mdx}', base: './content/chapitres' }),
	schema: chapitreSchema,
});

export const collections = { fiches, parties, chapitres };
