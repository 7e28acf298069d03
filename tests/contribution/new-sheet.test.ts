import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSheetDraft } from '../../src/contribution/import/new-sheet.ts';
import { frontmatterOf } from '../lib/frontmatter.ts';
import { runScript, tempContent } from './helpers.ts';

const chapitres = [
	{ id: 'lien-et-utilite-sociale', partie: 2, titre: 'Favoriser le lien et l’utilité sociale' },
];

describe('newSheetDraft', () => {
	it('turns options into a draft sheet', () => {
		expect(
			newSheetDraft(
				{
					ville: 'Caen',
					titre: 'Cafés santé',
					partie: '2',
					types: '1, cadre-de-vie',
					determinants: 'logement',
					qpv: true,
				},
				{ chapitres, today: '2024-05-02' },
			),
		).toEqual({
			slug: 'caen-cafes-sante',
			draft: {
				statut: 'brouillon',
				ville: 'Caen',
				titre: 'Cafés santé',
				date: '2024-05-02',
				partie: 2,
				types: ['gouvernance', 'cadre-de-vie'],
				determinants: ['logement'],
				qpv: true,
			},
		});
	});

	it('says what is wrong, with near misses', () => {
		expect(
			newSheetDraft(
				{
					ville: 'Caen',
					titre: 'Non',
					partie: '7',
					chapitre: 'lien-et-utilite-sociale',
					types: 'gouvernnance',
					date: '2024-13',
				},
				{ chapitres, today: '2024-05-02' },
			),
		).toEqual({
			errors: [
				'titre : 3 caractères, attendu de 5 à 160 caractères',
				'date « 2024-13 » invalide — attendu AAAA-MM-JJ ou AAAA-MM',
				expect.stringMatching(/^partie « 7 » inconnue — attendu un numéro de 1 à 6/),
				'type « gouvernnance » inconnu — vouliez-vous dire « gouvernance » ? (valeurs : gouvernance, cadre-de-vie, mode-de-vie, discriminations, acces-aux-soins)',
			],
		});
	});
});

describe('npm run new-sheet with options', () => {
	const content = tempContent();
	const options = [
		'--ville',
		'Caen',
		'--titre',
		"Cafés « santé mentale » d'été",
		'--partie',
		'2',
		'--chapitre',
		'lien-et-utilite-sociale',
	];
	const sheet = join(content, 'fiches', 'caen-cafes-sante-mentale-d-ete.md');

	it('writes a sheet that validates when everything required is given', async () => {
		const result = await runScript(
			'new-sheet.ts',
			[
				...options,
				'--types',
				'gouvernance',
				'--determinants',
				'lien-social,participation',
				'--qpv',
				'--resume',
				'Des cafés pour parler de santé mentale.',
				'--date',
				'2024-06',
			],
			content,
		);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('La fiche passe le validateur (npm run validate).');
		expect(result.stdout).toContain('supprimez la ligne « statut: brouillon »');
		const text = readFileSync(sheet, 'utf8');
		expect(frontmatterOf(text).yaml).toBe(
			[
				'titre: Cafés «\u202Fsanté mentale\u202F» d’été',
				'ville: Caen',
				'date: 2024-06',
				'partie: 2',
				'chapitre: lien-et-utilite-sociale',
				'resume: Des cafés pour parler de santé mentale.',
				'types: [gouvernance]',
				'qpv: true',
				'determinants: [lien-social, participation]',
				'statut: brouillon',
				'',
			].join('\n'),
		);
		expect(text.match(/^## .*$/gm)).toEqual([
			'## Contexte',
			'## Objectifs',
			'## Déroulé',
			'## Prise en compte de la santé mentale',
			'## Facteurs favorables',
			'## Difficultés',
			'## Inégalités sociales et territoriales',
			'## Apprentissages',
			'## Effets sur la santé mentale',
			'## Santé mentale dans toutes les politiques',
		]);
		expect(text).toContain('## Objectifs\n\n<!-- Ce que l’action cherche à obtenir.');
	});

	it('refuses a slug that is taken and leaves that sheet alone', async () => {
		writeFileSync(sheet, 'déjà là\n');
		const result = await runScript('new-sheet.ts', [...options, '--types', 'gouvernance'], content);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'caen-cafes-sante-mentale-d-ete.md existe déjà : rien n’a été créé.',
		);
		expect(readFileSync(sheet, 'utf8')).toBe('déjà là\n');
	});

	it('says what is left to fill when an answer is missing', async () => {
		const result = await runScript(
			'new-sheet.ts',
			['--ville', 'Lyon', '--titre', 'Écoute jeunes', '--types', 'gouvernance'],
			content,
		);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'- partie : choisissez la « Partie du guide » (1 à 6) où placer la fiche',
		);
		expect(result.stdout).toContain('- determinants : aucun déterminant');
		expect(result.stdout).toMatch(/lyon-ecoute-jeunes\.md partie : clé obligatoire manquante/);
	});

	it('refuses unknown codes and writes nothing', async () => {
		const result = await runScript(
			'new-sheet.ts',
			['--ville', 'Metz', '--titre', 'Logement accompagné', '--determinants', 'logment'],
			content,
		);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'déterminant « logment » inconnu — vouliez-vous dire « logement » ?',
		);
		expect(result.stderr).toContain('Rien n’a été créé.');
	});

	it('names an unknown option in French', async () => {
		const result = await runScript('new-sheet.ts', ['--villes', 'Caen'], content);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^option inconnue « --villes »\n/);
	});
});
