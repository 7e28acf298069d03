/**
 * The build settings (src/model/settings.ts): each rule on its own, then `npm run build` refusing a
 * wrong value before it writes anything.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	A_CONFIRMER,
	DEFAULTS,
	isEmail,
	normaliseBasePath,
	readSettings,
	withBase,
} from '../../src/model/settings.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

describe('normaliseBasePath', () => {
	it.each([
		['guide-sante-mentale', '/guide-sante-mentale/'],
		['/guide-sante-mentale', '/guide-sante-mentale/'],
		['/guide-sante-mentale/', '/guide-sante-mentale/'],
		['guide-sante-mentale/', '/guide-sante-mentale/'],
		['//a//b//', '/a/b/'],
		['', '/'],
		['/', '/'],
		['  /guide/  ', '/guide/'],
	])('« %s » gives « %s »', (value, expected) => {
		expect(normaliseBasePath(value)).toBe(expected);
	});

	it.each(['/a b/', '/../x', '/guide?x', '/guide#x', 'https://x.org/guide'])(
		'refuses « %s »',
		(value) => {
			expect(normaliseBasePath(value)).toBeUndefined();
		},
	);
});

describe('isEmail', () => {
	it.each(['secretariat@villes-sante.com', 'prenom.nom@ville.fr', 'a+b@sous.domaine.org'])(
		'accepts %s',
		(value) => expect(isEmail(value)).toBe(true),
	);
	it.each(['secretariat', 'a@b', 'a b@c.fr', '@c.fr', 'a@@c.fr', 'a@c.fr,b@d.fr', 'a@.fr'])(
		'refuses %s',
		(value) => expect(isEmail(value)).toBe(false),
	);
});

describe('readSettings', () => {
	it('has defaults that need no setting, with the placeholders the RfVS must confirm', () => {
		const { settings, problems } = readSettings({});
		expect(problems).toEqual([]);
		expect(settings).toMatchObject({
			origin: DEFAULTS.SITE_URL,
			base: '/',
			home: `${DEFAULTS.SITE_URL}/`,
			contactEmail: DEFAULTS.CONTACT_EMAIL,
			publicationDirector: A_CONFIRMER,
			host: A_CONFIRMER,
			dataLicence: A_CONFIRMER,
		});
	});

	it('normalises BASE_PATH and builds the home page from the origin and the base', () => {
		const { settings, problems } = readSettings({
			SITE_URL: 'https://villes-sante.github.io',
			BASE_PATH: 'guide-sante-mentale/',
		});
		expect(problems).toEqual([]);
		expect(settings.origin).toBe('https://villes-sante.github.io');
		expect(settings.base).toBe('/guide-sante-mentale/');
		expect(settings.home).toBe('https://villes-sante.github.io/guide-sante-mentale/');
	});

	it('takes the base path from SITE_URL when it carries one, and accepts the same BASE_PATH', () => {
		for (const env of [
			{ SITE_URL: 'https://villes-sante.github.io/guide-sante-mentale' },
			{
				SITE_URL: 'https://villes-sante.github.io/guide-sante-mentale/',
				BASE_PATH: '/guide-sante-mentale',
			},
		]) {
			const { settings, problems } = readSettings(env);
			expect(problems).toEqual([]);
			expect(settings.base).toBe('/guide-sante-mentale/');
			expect(settings.origin).toBe('https://villes-sante.github.io');
		}
	});

	it('says in French which setting is wrong and how to fix it', () => {
		const cases: [Record<string, string>, RegExp][] = [
			[{ SITE_URL: 'guide-sante-mentale.fr' }, /^SITE_URL « guide-sante-mentale\.fr ».*https:\/\//],
			[{ SITE_URL: 'ftp://exemple.fr' }, /^SITE_URL .*n’est pas une adresse de site valide/],
			[{ SITE_URL: 'https://exemple.fr/?page=1' }, /^SITE_URL .*sans « \? » ni « # »/],
			[
				{ BASE_PATH: '/mon guide/' },
				/^BASE_PATH « \/mon guide\/ » .*BASE_PATH=\/guide-sante-mentale/,
			],
			[
				{ SITE_URL: 'https://x.github.io/a/', BASE_PATH: '/b' },
				/^BASE_PATH « \/b » contredit le chemin de SITE_URL \(« \/a\/ »\)/,
			],
			[
				{ CONTACT_EMAIL: 'secretariat' },
				/^CONTACT_EMAIL « secretariat » n’est pas une adresse électronique valide/,
			],
			[
				{ REPOSITORY_URL: 'github.com/x' },
				/^REPOSITORY_URL « github\.com\/x » n’est pas une adresse valide/,
			],
		];
		for (const [env, message] of cases) {
			const { problems } = readSettings(env);
			expect(problems, JSON.stringify(env)).toHaveLength(1);
			expect(problems[0]).toMatch(message);
		}
	});

	it('reads the legal notice’s names and the data licence when they are given', () => {
		const { settings } = readSettings({
			DIRECTEUR_PUBLICATION: ' Nom Prénom ',
			HEBERGEUR: 'Hébergeur, adresse',
			LICENCE_DONNEES: 'Licence Ouverte 2.0',
		});
		expect(settings.publicationDirector).toBe('Nom Prénom');
		expect(settings.host).toBe('Hébergeur, adresse');
		expect(settings.dataLicence).toBe('Licence Ouverte 2.0');
	});
});

describe('withBase', () => {
	it('puts a root-relative path under the base and leaves other addresses alone', () => {
		expect(withBase('/', '/fiches/')).toBe('/fiches/');
		expect(withBase('/guide/', '/fiches/x/')).toBe('/guide/fiches/x/');
		expect(withBase('/guide/', '/')).toBe('/guide/');
		expect(withBase('/guide/', 'https://x.org/')).toBe('https://x.org/');
		expect(withBase('/guide/', '#contenu')).toBe('#contenu');
	});
});

// One child process proves the wiring (each spends seconds loading Astro); the rules themselves
// are tested above, one by one.
describe('npm run build with a wrong setting', () => {
	it('stops with the French message before writing anything', async () => {
		const work = mkdtempSync(join(tmpdir(), 'rfvs-reglage-'));
		try {
			const result = await promisify(execFile)(NODE, ['scripts/build.ts'], {
				cwd: ROOT,
				env: {
					...process.env,
					SITE_URL: 'exemple.fr',
					CONTACT_EMAIL: 'pas-une-adresse',
					DIST_DIR: join(work, 'dist'),
					PDF_DIR: join(work, 'pdf'),
					ASTRO_CACHE_DIR: join(work, 'cache'),
				},
			}).then(
				() => ({ status: 0, stderr: '' }),
				(error: { code: number; stderr: string }) => ({ status: error.code, stderr: error.stderr }),
			);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				/SITE_URL « exemple\.fr » n’est pas une adresse de site valide/,
			);
			expect(result.stderr).toMatch(
				/CONTACT_EMAIL « pas-une-adresse » n’est pas une adresse électronique valide/,
			);
			expect(result.stderr).toContain('Réglage invalide : rien n’a été publié.');
			expect(existsSync(join(work, 'dist'))).toBe(false);
			expect(existsSync(join(work, 'pdf'))).toBe(false);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
