import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { config } from './config.ts';
import { guardedLoader } from './integrations/content-files.ts';
import { ficheSchema } from './schemas/fiche.ts';
import { chapitreSchema, partieSchema } from './schemas/partie.ts';

// Sheets are plain Markdown (never MDX: they come from outside contributors); files starting
// with `_` are templates.
const fiches = defineCollection({
	loader: guardedLoader(
		glob({ pattern: '[^_]*.md', base: `${config.contentDir}/fiches` }),
		`${config.contentDir}/fiches`,
	),
	schema: ficheSchema,
});

const parties = defineCollection({
	loader: guardedLoader(
		glob({ pattern: '[^_]*.{md,mdx}', base: `${config.contentDir}/parties` }),
		`${config.contentDir}/parties`,
	),
	schema: partieSchema,
});

const chapitres = defineCollection({
	loader: guardedLoader(
		glob({ pattern: '[^_]*.{md,mdx}', base: `${config.contentDir}/chapitres` }),
		`${config.contentDir}/chapitres`,
	),
	schema: chapitreSchema,
});

export const collections = { fiches, parties, chapitres };
