/**
 * `npm run validate` as contributors and CI run it: a child process on a temporary content folder
 * (`CONTENU_DIR`), its exit code, one line per problem, the French summary and, under CI, the
 * GitHub annotations.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES, makeProject } from './project.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// The script is TypeScript run natively, so it needs the project's pinned Node, whatever Node
// runs vitest.
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const CASES = ['html-script.md', 'sans-entete.md', 'valeur-hors-liste.md'];
const fixture = (folder: string, name: string) =>
	readFileSync(join(FIXTURES, folder, name), 'utf8');

function validate(options: { contentDir?: string; ci?: boolean; args?: string[] }) {
	// Without this, running the suite on a CI machine would add annotations to every run.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI'));
	const result = spawnSync(NODE, [join('scripts', 'validate.ts'), ...(options.args ?? [])], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...env,
			...(options.contentDir ? { CONTENU_DIR: options.contentDir } : {}),
			...(options.ci ? { CI: 'true' } : {}),
		},
	});
	return {
		status: result.status,
		stdout: result.stdout.trimEnd().split('\n'),
		stderr: result.stderr,
	};
}

/** A project with three broken sheets and a valid one; report paths as the script prints them. */
function brokenProject() {
	const root = makeProject({
		...Object.fromEntries(CASES.map((name) => [name, fixture('invalid', name)])),
		'minimale.md': fixture('valid', 'minimale.md'),
	});
	const contentDir = join(root, 'content');
	// Paths stay relative to the project root, as GitHub needs them for annotations.
	const shown = relative(ROOT, contentDir).split(sep).join('/');
	const expected = CASES.flatMap((name) =>
		fixture('invalid', name.replace('.md', '.expected.txt'))
			.trimEnd()
			.split('\n')
			.map((line) => line.replace(/^content\//, `${shown}/`)),
	);
	return { contentDir, shown, expected };
}

test('invalid content: exit code 1, one line per problem, then the French summary', () => {
	const { contentDir, expected } = brokenProject();
	const { status, stdout, stderr } = validate({ contentDir });
	expect(status).toBe(1);
	expect(stdout).toEqual(expected);
	expect(stderr).toBe(
		`\n${expected.length} erreur(s) dans 3 fichier(s).` +
			'\nCorrigez chaque ligne ci-dessus (fichier:ligne clé : problème), puis relancez « npm run validate ».' +
			'\nLe contrat des fiches est décrit dans CONTRIBUTING.md.\n',
	);
});

test('under CI, each problem is also a GitHub annotation on its file and line', () => {
	const { contentDir, shown, expected } = brokenProject();
	const { status, stdout } = validate({ contentDir, ci: true });
	expect(status).toBe(1);
	expect(stdout.slice(0, expected.length)).toEqual(expected);
	const annotations = stdout.slice(expected.length);
	expect(annotations).toHaveLength(expected.length);
	for (const annotation of annotations)
		expect(annotation).toMatch(/^::error file=[^,]+(,line=\d+)?,title=Fiche invalide::\S/);
	expect(annotations).toContain(
		`::error file=${shown}/fiches/valeur-hors-liste.md,line=9,title=Fiche invalide::statut : « Brouillon » n’est pas une valeur autorisée — vouliez-vous dire « brouillon » ? (valeurs : brouillon, publie)`,
	);
	expect(annotations).toContain(
		`::error file=${shown}/fiches/sans-entete.md,line=1,title=Fiche invalide::fichier : en-tête YAML absent — le fichier doit commencer par une ligne « --- », les clés (titre, ville, …), puis une ligne « --- »`,
	);
});

test('files named on the command line limit the report to them', () => {
	const { contentDir, shown } = brokenProject();
	const { status, stdout } = validate({
		contentDir,
		args: [join(contentDir, 'fiches', 'html-script.md')],
	});
	expect(status).toBe(1);
	expect(stdout).toEqual(
		fixture('invalid', 'html-script.expected.txt')
			.trimEnd()
			.split('\n')
			.map((line) => line.replace(/^content\//, `${shown}/`)),
	);
});

test('the valid fixtures pass the whole command, French typography lint included, silently', () => {
	const root = makeProject(
		Object.fromEntries(
			['complete.md', 'contact-prive.md', 'minimale.md'].map((name) => [
				name,
				fixture('valid', name),
			]),
		),
	);
	const { status, stdout, stderr } = validate({ contentDir: join(root, 'content') });
	expect({ status, stdout, stderr }).toEqual({
		status: 0,
		stdout: ['Contenu valide : 3 fiche(s), 0 partie(s), 2 chapitre(s).'],
		stderr: '',
	});
});

test('warnings alone do not fail: exit code 0 and « Contenu valide » with the count', () => {
	const root = makeProject({
		'caen.md': fixture('valid', 'minimale.md').replace('Des objectifs.\n', ''),
	});
	const { status, stdout } = validate({ contentDir: join(root, 'content') });
	expect(status).toBe(0);
	expect(stdout.at(-1)).toBe(
		'Contenu valide : 1 fiche(s), 0 partie(s), 2 chapitre(s), 1 avertissement(s).',
	);
});

test('the handbook’s own content is valid: exit code 0 and « Contenu valide »', () => {
	const { status, stdout, stderr } = validate({});
	expect(stderr).toBe('');
	expect(status).toBe(0);
	expect(stdout.at(-1)).toMatch(
		/^Contenu valide : \d+ fiche\(s\), 7 partie\(s\), \d+ chapitre\(s\)/,
	);
});
