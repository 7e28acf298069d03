import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES, makeProject, report, validateProject } from './project.ts';

const VALID = join(FIXTURES, 'valid');
const read = (name: string) => readFileSync(join(VALID, name), 'utf8');
const SHEETS = Object.fromEntries(
	readdirSync(VALID)
		.filter((name) => name.endsWith('.md'))
		.map((name) => [name, read(name)]),
);

test('valid sheets produce no problem at all, not even a warning', () => {
	const { problems, fiches } = validateProject(makeProject(SHEETS));
	expect(report(problems)).toEqual([]);
	expect(fiches.map((f) => f.id).sort()).toEqual(['complete', 'contact-prive', 'minimale']);
});

test('the schema fills the defaults and keeps the date as written', () => {
	const { fiches } = validateProject(makeProject(SHEETS));
	const byId = (id: string) => fiches.find((f) => f.id === id)!.data;
	expect(byId('minimale')).toMatchObject({ statut: 'publie', qpv: false, date: '2024-05-25' });
	expect(byId('minimale').contact).toBeUndefined();
	expect(byId('contact-prive').contact).toEqual({
		nom: 'Dominique Privé',
		email: 'dominique.prive@testville.fr',
		public: false,
	});
	expect(byId('complete')).toMatchObject({
		date: '2024-05',
		statut: 'brouillon',
		qpv: true,
		contact: { public: true },
		budget: { financeurs: ['Agence régionale de santé'] },
	});
});

test('a sheet saved by a Windows editor (byte-order mark, CRLF) is valid, with the same lines', () => {
	const windows = `\uFEFF${read('minimale.md').replace(/\n/g, '\r\n')}`;
	const broken = windows.replace('minimale', 'hors partie').replace('partie: 2', 'partie: 9');
	const root = makeProject({ 'windows.md': windows, 'windows-partie.md': broken });
	expect(report(validateProject(root).problems)).toEqual([
		'content/fiches/windows-partie.md:5 partie : valeur trop grande : attendu au plus 6, trouvé le nombre 9',
	]);
});

test('a template file starting with « _ » is not content', () => {
	const root = makeProject({ '_modele.md': '---\ntitre: À compléter\n---\n' });
	expect(validateProject(root)).toMatchObject({ problems: [], fiches: [] });
});
