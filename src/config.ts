/**
 * Site-wide settings, read by astro.config.mjs, pages and scripts. The two addresses are
 * placeholders until the RfVS confirms where the handbook and its repository live; each can be
 * overridden at build time without touching code.
 */
export const config = {
	/** Canonical origin of the published site: canonical URLs, sitemap, social cards. */
	site: process.env['SITE_URL'] ?? 'https://guide-sante-mentale.villes-sante.com',
	/** Where « Proposer une modification » sends a reader: the content folder on the repository host. */
	repository:
		process.env['REPOSITORY_URL'] ?? 'https://github.com/villes-sante/repenser-sante-mentale',
	/** Branch that holds the published content. */
	branch: 'main',
	/**
	 * The content folder, relative to the project root. Tests and the benchmark build other
	 * corpora with `CONTENU_DIR=…`; editors never need it.
	 */
	contentDir: process.env['CONTENU_DIR'] ?? 'content',
	/** `SANS_BROUILLONS=1 npm run build` publishes the handbook without draft texts. */
	withoutDrafts: process.env['SANS_BROUILLONS'] === '1',
} as const;

export function editUrl(file: string): string {
	return `${config.repository}/edit/${config.branch}/${file}`;
}
