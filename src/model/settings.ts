/**
 * Build settings read from the environment (`SITE_URL`, `BASE_PATH`, `CONTACT_EMAIL`…), checked
 * and normalised in one pure function so that a wrong value stops the build with a French
 * message before anything is written, and so each rule is tested without a build.
 */

/** Shown wherever the Réseau français Villes-Santé has not yet confirmed a value. */
export const A_CONFIRMER = 'à confirmer par le RfVS';

export interface Settings {
	/** Origin of the published site, without path: `https://villes-sante.github.io`. */
	origin: string;
	/** Path the site is served under, with both slashes: `/` or `/guide-sante-mentale/`. */
	base: string;
	/** The site's home page, absolute: origin + base. */
	home: string;
	repository: string;
	/** The editorial address: accessibility problems, legal notice, contributions. */
	contactEmail: string;
	/** Legal notice: the publication director, or the placeholder. */
	publicationDirector: string;
	/** Legal notice: the host's name and address, or the placeholder. */
	host: string;
	/** Licence of the open data (shown on /donnees/ and in fiches.json). */
	dataLicence: string;
	contentDir: string;
	withoutDrafts: boolean;
}

export const DEFAULTS = {
	SITE_URL: 'https://guide-sante-mentale.villes-sante.com',
	REPOSITORY_URL: 'https://github.com/villes-sante/repenser-sante-mentale',
	// The RfVS secretariat, the address the 2025 webinar gives for the book (sources/); the
	// network still has to confirm it is the one for this site.
	CONTACT_EMAIL: 'secretariat@villes-sante.com',
} as const;

/**
 * `guide-sante-mentale`, `/guide-sante-mentale` and `/guide-sante-mentale/` all give
 * `/guide-sante-mentale/`; empty and `/` give `/`. Returns undefined for a value no URL path can be.
 */
export function normaliseBasePath(value: string): string | undefined {
	const segments = value.trim().split('/').filter(Boolean);
	if (segments.some((s) => s === '.' || s === '..' || !/^[A-Za-z0-9._~%-]+$/.test(s)))
		return undefined;
	return segments.length ? `/${segments.join('/')}/` : '/';
}

/** An e-mail address a reader can write to: one @, a dotted domain, no spaces. */
export function isEmail(value: string): boolean {
	return /^[^\s@<>()[\]",;:]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value);
}

function parseHttpUrl(value: string): URL | undefined {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Reads the settings from `env`. `problems` lists, in French, each value that cannot be used,
 * with the variable and the fix; when it is not empty nothing must be built.
 * `SITE_URL` may carry the base path itself (`https://owner.github.io/repo/`, the address
 * GitHub Pages gives); `BASE_PATH`, when also set, must then agree with it.
 */
export function readSettings(env: Record<string, string | undefined>): {
	settings: Settings;
	problems: string[];
} {
	const problems: string[] = [];
	const siteValue = env['SITE_URL']?.trim() || DEFAULTS.SITE_URL;
	let site = parseHttpUrl(siteValue);
	if (!site || site.search || site.hash || site.username || site.password) {
		problems.push(
			`SITE_URL « ${siteValue} » n’est pas une adresse de site valide : indiquez une adresse complète commençant par https://, sans « ? » ni « # », par exemple SITE_URL=https://villes-sante.github.io/guide-sante-mentale/.`,
		);
		site = new URL(DEFAULTS.SITE_URL);
	}
	const sitePath = normaliseBasePath(decodeURI(site.pathname)) ?? '/';

	let base = sitePath;
	const baseValue = env['BASE_PATH'];
	if (baseValue !== undefined && baseValue.trim() !== '') {
		const normalised = normaliseBasePath(baseValue);
		if (!normalised) {
			problems.push(
				`BASE_PATH « ${baseValue} » n’est pas un chemin d’adresse valide : indiquez le dossier sous lequel le site est servi, fait de lettres, chiffres, « - », « _ » ou « . », par exemple BASE_PATH=/guide-sante-mentale.`,
			);
		} else if (sitePath !== '/' && normalised !== sitePath) {
			problems.push(
				`BASE_PATH « ${baseValue} » contredit le chemin de SITE_URL (« ${sitePath} ») : indiquez le chemin dans l’une des deux seulement, ou le même dans les deux.`,
			);
		} else base = normalised;
	}

	const repositoryValue = env['REPOSITORY_URL']?.trim() || DEFAULTS.REPOSITORY_URL;
	if (!parseHttpUrl(repositoryValue))
		problems.push(
			`REPOSITORY_URL « ${repositoryValue} » n’est pas une adresse valide : indiquez l’adresse du dépôt, par exemple REPOSITORY_URL=https://github.com/villes-sante/repenser-sante-mentale.`,
		);

	const contactEmail = env['CONTACT_EMAIL']?.trim() || DEFAULTS.CONTACT_EMAIL;
	if (!isEmail(contactEmail))
		problems.push(
			`CONTACT_EMAIL « ${contactEmail} » n’est pas une adresse électronique valide : indiquez l’adresse de l’équipe éditoriale, par exemple CONTACT_EMAIL=secretariat@villes-sante.com.`,
		);

	const text = (name: string) => env[name]?.trim() || A_CONFIRMER;
	return {
		settings: {
			origin: site.origin,
			base,
			home: new URL(base, site.origin).href,
			repository: repositoryValue.replace(/\/+$/, ''),
			contactEmail,
			publicationDirector: text('DIRECTEUR_PUBLICATION'),
			host: text('HEBERGEUR'),
			dataLicence: text('LICENCE_DONNEES'),
			contentDir: env['CONTENU_DIR'] || 'content',
			withoutDrafts: env['SANS_BROUILLONS'] === '1',
		},
		problems,
	};
}

/** `path` (`/fiches/x/`, from the site's root) under the base path: `/guide-sante-mentale/fiches/x/`. */
export function withBase(base: string, path: string): string {
	return path.startsWith('/') ? `${base}${path.slice(1)}` : path;
}
