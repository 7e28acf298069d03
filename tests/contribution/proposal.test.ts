/** What the online form hands back: the sheet file, the GitHub link and the mail link. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	bodySections,
	githubNewFileUrl,
	MAILTO_LIMIT,
	mailtoLink,
	proposalMarkdown,
	proposalSlug,
	sourceToDraft,
} from '../../src/contribution/proposal.ts';
import { publishableSource } from '../../src/contribution/source.ts';
import { makeProject, report, validateProject } from '../validation/project.ts';
import { FIXTURES } from '../validation/project.ts';

const COMPLETE = readFileSync(join(FIXTURES, 'valid', 'complete.md'), 'utf8');

test('a published sheet goes through the form and comes back valid, with the same data', () => {
	const root = makeProject({ 'complete.md': COMPLETE });
	const [fiche] = validateProject(root).fiches;
	const draft = sourceToDraft(publishableSource(fiche!));
	const markdown = proposalMarkdown(draft);
	const again = makeProject({ 'complete.md': markdown });
	const result = validateProject(again);
	expect(report(result.problems)).toEqual([]);
	expect(result.fiches[0]!.data).toEqual(fiche!.data);
	expect(proposalSlug(draft, 'complete')).toBe('complete');
});

test('a contact without consent is not published in the sheet source', () => {
	const root = makeProject({
		'complete.md': COMPLETE.replace('  public: true', '  public: false'),
	});
	const [fiche] = validateProject(root).fiches;
	expect(publishableSource(fiche!).data.contact).toBeUndefined();
});

test('the body splits into the contract’s sections; text before the first heading is context', () => {
	expect(
		bodySections(
			'Intro.\n\n## Objectifs\n\n- un\n- deux\n\n### Détail\n\nTexte\n\n## Déroulé\n\nD.',
		),
	).toEqual({
		Contexte: 'Intro.',
		Objectifs: '- un\n- deux\n\n### Détail\n\nTexte',
		Déroulé: 'D.',
	});
});

test('the GitHub link creates content/fiches/<slug>.md with the exact text', () => {
	const text = '---\ntitre: A & B + « C »\n---\n\n## Contexte\n\nÉté 100 %\n';
	const url = new URL(githubNewFileUrl('https://github.com/o/r', 'main', 'caen-x', text));
	expect(url.pathname).toBe('/o/r/new/main');
	expect(url.searchParams.get('filename')).toBe('content/fiches/caen-x.md');
	expect(url.searchParams.get('value')).toBe(text);
	expect(url.search).not.toContain('+');
});

test('the mail link carries the sheet, or asks for the file when too long', () => {
	const short = mailtoLink('a@b.fr', 'Sujet', 'Corps court', 'Joignez');
	expect(short).toEqual({
		href: 'mailto:a@b.fr?subject=Sujet&body=Corps%20court',
		withSheet: true,
	});
	const long = mailtoLink('a@b.fr', 'Sujet', 'x'.repeat(MAILTO_LIMIT), 'Joignez le fichier');
	expect(long).toEqual({
		href: 'mailto:a@b.fr?subject=Sujet&body=Joignez%20le%20fichier',
		withSheet: false,
	});
});
