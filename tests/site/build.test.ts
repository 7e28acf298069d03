import { execFile } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/model/urls.ts';
import { formatDate } from '../../src/model/text/typography.ts';
import { listFiles } from '../lib/site-files.ts';
import { LINK_MESSAGE } from '../../src/contribution/validation/files.ts';
import { FIXTURES, makeProject } from '../validation/project.ts';

const INVALID = join(FIXTURES, 'invalid');

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const run = promisify(execFile);

/** Every file of a built site as text; Pagefind's index files are gzip-compressed. */
function readAllText(dir: string): Map<string, string> {
	const texts = new Map<string, string>();
	for (const file of listFiles(dir)) {
		const bytes = readFileSync(join(dir, file));
		let text = bytes.toString('utf8');
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
		texts.set(file, text);
	}
	return texts;
}

describe('build of the fixture corpus', () => {
	const dist = inject('fixtureSiteDir');
	const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

	it('publishes every kind of page', () => {
		for (const path of [
			'',
			'fiches',
			'fiches/testville-contact-prive',
			'fiches/autreville-contact-public',
			'fiches/testville-brouillon',
			'parties/introduction',
			'parties/cadre-de-vie',
			'parties/action-communautaire',
			'parties/action-communautaire/lien-et-utilite-sociale',
			'parties/toutes-les-politiques',
			'villes',
			'villes/testville',
			'villes/autreville',
			'determinants',
			'determinants/lien-social',
			'types',
			'types/gouvernance',
			'publics',
			'publics/jeunes',
			'publics/familles',
			'recherche',
		]) {
			expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
		}
		expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
	});

	it('links a new sheet from its part, chapter, city, determinant and type pages', () => {
		const link = 'href="/fiches/testville-contact-prive/"';
		for (const path of [
			'parties/action-communautaire',
			'parties/action-communautaire/lien-et-utilite-sociale',
			'villes/testville',
			'determinants/lien-social',
			'determinants/logement',
			'types/gouvernance',
			'fiches',
		]) {
			expect(page(path), path).toContain(link);
		}
	});

	it('links the PDF of a part, a chapter and a sheet from its page, and publishes it', () => {
		for (const [path, pdf] of [
			['parties/action-communautaire', urls.partiePdf('action-communautaire')],
			[
				'parties/action-communautaire/lien-et-utilite-sociale',
				urls.chapitrePdf('action-communautaire', 'lien-et-utilite-sociale'),
			],
			['fiches/testville-contact-prive', urls.fichePdf('testville-contact-prive')],
		] as const) {
			expect(page(path), path).toContain(`href="${pdf}"`);
			expect(existsSync(join(dist, ...pdf.split('/'))), pdf).toBe(true);
		}
	});

	it('never publishes a contact without consent, anywhere in dist/ (search index included)', () => {
		const texts = readAllText(dist);
		for (const secret of [
			'Camille Confidentielle',
			'camille.confidentielle@exemple.fr',
			'Service Invisible',
		]) {
			const leaks = [...texts].filter(([, text]) => text.includes(secret)).map(([file]) => file);
			expect(leaks, secret).toEqual([]);
		}
		expect(page('fiches/autreville-contact-public')).toContain('dominique.publique@exemple.fr');
	});

	it('shows the draft notice on draft sheets and parts only', () => {
		const notice = 'Texte provisoire, en attente de relecture';
		expect(page('fiches/testville-brouillon')).toContain(notice);
		expect(page('parties/action-communautaire')).toContain(notice);
		expect(page('fiches/autreville-contact-public')).not.toContain(notice);
	});

	it('shows every field of the identity box', () => {
		const html = page('fiches/testville-contact-prive');
		for (const text of [
			'Testville',
			formatDate('2023-05-25'),
			'Gouvernance, coordination',
			'Lien social, utilité sociale',
			'Logement',
			'Quartier(s) politique de la Ville',
		]) {
			expect(html).toContain(text);
		}
		expect(html).toMatch(/<html lang="fr"/);
	});
});

describe('build of invalid content', () => {
	it('fails, names the file and the key, and leaves dist/ untouched', async () => {
		const work = mkdtempSync(join(tmpdir(), 'rfvs-invalid-'));
		const dist = join(work, 'dist');
		mkdirSync(dist);
		writeFileSync(join(dist, 'ancien.html'), 'version précédente');
		const result = await run(NODE, ['scripts/build.ts'], {
			cwd: ROOT,
			env: { ...process.env, CONTENU_DIR: 'tests/fixtures/invalid-site/content', DIST_DIR: dist },
		}).then(
			() => ({ code: 0, stderr: '' }),
			(error: { code: number; stderr: string }) => error,
		);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/invalid-site/content/fiches/casse.md:4 date');
		expect(result.stderr).toContain(
			'« logment » n’est pas une valeur autorisée — vouliez-vous dire « logement » ?',
		);
		// A control character, invisible in an editor, is refused by field and by line.
		expect(result.stderr).toContain(
			'tests/fixtures/invalid-site/content/fiches/controle.md:2 titre : caractère de contrôle invisible U+0007 dans « titre », après « Fiche au titre collé » — supprimez-le',
		);
		expect(result.stderr).toContain(
			'tests/fixtures/invalid-site/content/fiches/controle.md:13 corps : caractère de contrôle invisible U+001B dans le texte, après « Texte »',
		);
		expect(result.stderr).toContain('rien n’a été publié');
		expect(readdirSync(dist)).toEqual(['ancien.html']);
		expect(readdirSync(work).sort()).toEqual(['dist']);
	});
});

describe('build of every hostile and malformed sheet of the golden tests at once', () => {
	it('refuses them all with the validator’s French lines, links included, and publishes nothing', async () => {
		const names = readdirSync(INVALID).filter((name) => /\.mdx?$/.test(name));
		const root = makeProject(
			Object.fromEntries(names.map((name) => [name, readFileSync(join(INVALID, name))])),
		);
		// What git can carry in a pull request: links to a file outside the repository.
		symlinkSync('/etc/passwd', join(root, 'content', 'medias', 'passwd.png'));
		symlinkSync('/etc/hostname', join(root, 'content', 'fiches', 'lien.md'));
		const work = mkdtempSync(join(tmpdir(), 'rfvs-hostile-'));
		const dist = join(work, 'dist');
		mkdirSync(dist);
		writeFileSync(join(dist, 'ancien.html'), 'version précédente');
		const result = await run(NODE, ['scripts/build.ts'], {
			cwd: ROOT,
			env: {
				...process.env,
				CONTENU_DIR: join(root, 'content'),
				DIST_DIR: dist,
				PDF_DIR: join(work, 'pdf'),
				ASTRO_CACHE_DIR: join(work, 'cache'),
			},
			maxBuffer: 64 * 1024 * 1024,
		}).then(
			() => ({ code: 0, stderr: '' }),
			(error: { code: number; stderr: string }) => error,
		);
		expect(result.code).toBe(1);
		// The build names files from the project's root; the golden files from the content's parent.
		const prefix = relative(ROOT, root).split(sep).join('/');
		const missing = names
			.flatMap((name) =>
				readFileSync(join(INVALID, `${parse(name).name}.expected.txt`), 'utf8')
					.trimEnd()
					.split('\n'),
			)
			.filter((line) => {
				const [, place = '', message = ''] = /^(\S+ [\w.[\]]+ : )(.*)$/.exec(line) ?? [];
				// A message that names a content path names it from the same root as its file…
				const whole = `${prefix}/${place}${message.replaceAll('content/', `${prefix}/content/`)}`;
				// …except the path of a file outside it, which depends on where the project is:
				// there, the same place and the same words up to the path.
				const start = `${prefix}/${place}${message.split('«')[0]}`;
				return (
					!result.stderr.includes(whole) &&
					!(message.includes('hors du dossier') && result.stderr.includes(start))
				);
			});
		expect(missing).toEqual([]);
		for (const link of ['content/medias/passwd.png', 'content/fiches/lien.md:1'])
			expect(result.stderr).toContain(`${prefix}/${link} fichier : ${LINK_MESSAGE}`);
		expect(result.stderr).toContain('rien n’a été publié');
		expect(readdirSync(dist)).toEqual(['ancien.html']);
		expect(readdirSync(work).sort()).toEqual(['dist']);
	});
});
