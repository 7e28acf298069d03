/**
 * Site-wide settings, read by astro.config.mjs, pages and scripts, from the environment (see
 * src/model/settings.ts for the rules and the README's settings table). The addresses and the legal
 * notice's names are placeholders until the RfVS confirms them; each can be set at build time
 * without touching code.
 */
import { readSettings } from './model/settings.ts';

const { settings, problems } = readSettings(process.env);

/**
 * Settings that cannot be used, in French. `npm run build` prints them and stops before writing
 * anything; astro.config.mjs refuses to start with them.
 */
export const settingsProblems: readonly string[] = problems;

export const config = {
	/** Origin of the published site (`SITE_URL`): canonical URLs, sitemap, social cards. */
	site: settings.origin,
	/** Path the site is served under (`BASE_PATH`, or the path of `SITE_URL`): `/` or `/repo/`. */
	base: settings.base,
	/** The home page's absolute address: printed in the PDFs, given in the open data. */
	home: settings.home,
	/** The repository: « Proposer sur GitHub » on /contribuer/ opens a new file there. */
	repository: settings.repository,
	/** Branch that holds the published content. */
	branch: 'main',
	/** The editorial address (`CONTACT_EMAIL`): accessibility problems, legal notice, contributions. */
	contactEmail: settings.contactEmail,
	/** Legal notice (`DIRECTEUR_PUBLICATION`, `HEBERGEUR`): placeholders until the RfVS confirms. */
	publicationDirector: settings.publicationDirector,
	host: settings.host,
	/** Licence of the open data (`LICENCE_DONNEES`), shown on /donnees/ and in fiches.json. */
	dataLicence: settings.dataLicence,
	/**
	 * The content folder, relative to the project root. Tests and the benchmark build other
	 * corpora with `CONTENU_DIR=…`; editors never need it.
	 */
	contentDir: settings.contentDir,
	/** `SANS_BROUILLONS=1 npm run build` publishes the handbook without draft texts. */
	withoutDrafts: settings.withoutDrafts,
} as const;

export function editUrl(file: string): string {
	return `${config.repository}/edit/${config.branch}/${file}`;
}
