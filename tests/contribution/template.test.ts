import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { ficheJsonSchema } from '../../src/open-data/json-schema.ts';
import { validateContent } from '../../src/contribution/validation/validate.ts';
import { SECTIONS } from '../../src/schemas/fiche.ts';
import { frontmatterOf } from '../lib/frontmatter.ts';

const TEMPLATE = readFileSync(
	join(import.meta.dirname, '..', '..', 'content', 'fiches', '_modele.md'),
	'utf8',
);
const { yaml: FRONTMATTER, body: BODY } = frontmatterOf(TEMPLATE);

/** What a contributor would write in each blank of the template. */
const SAMPLES: Record<string, unknown> = {
	titre: 'Ateliers de test',
	ville: 'Caen',
	date: '2024-05',
	partie: 2,
	chapitre: 'lien-et-utilite-sociale',
	resume: 'Des ateliers pour vérifier que le modèle suit le contrat.',
	periode: 'Depuis 2020',
	echelle: 'Ville',
	porteur: 'Ville de Caen',
	role_collectivite: 'Pilote',
	'services[]': 'CCAS',
	'partenaires[]': 'EPSM',
	partenaires_intitule: 'Membres du comité de pilotage',
	'budget.fonctionnement': '1 000 € par an',
	'budget.investissement': 'Aucun',
	'budget.contribution': 'Mise à disposition de salles',
	'budget.financeurs[]': 'ARS',
	types: ['gouvernance'],
	types_autre: 'Prévention',
	territoire_autre: 'Centre-ville',
	determinants: ['logement'],
	determinants_autre: 'Écrans',
	publics: ['jeunes', 'familles'],
	'contact.nom': 'Jeanne Dupont',
	'contact.fonction': 'Coordinatrice',
	'contact.service': 'Direction Santé',
	'contact.email': 'jeanne.dupont@caen.fr',
	'liens[].titre': 'Présentation',
	'liens[].url': 'https://caen.fr/atelier',
	'images[].src': '../medias/atelier.jpg',
	'images[].alt': 'Un atelier',
	ordre: 1,
	source: 'Webinaire du RfVS',
};

const isBlank = (node: unknown) =>
	node === null ||
	(isScalar(node) && node.value === null) ||
	(isSeq(node) && node.items.length === 0);

/** Every key path of the template, filling each blank with its sample (throws on a blank without one). */
function fill(doc: Document, node: Node | null, path: string, keys: string[]): void {
	if (isMap(node)) {
		for (const pair of node.items) {
			if (!isPair(pair) || !isScalar(pair.key)) continue;
			const key = path ? `${path}.${String(pair.key.value)}` : String(pair.key.value);
			keys.push(key);
			if (isBlank(pair.value)) {
				if (!(key in SAMPLES)) throw new Error(`pas de valeur d’exemple pour « ${key} »`);
				pair.value = doc.createNode(SAMPLES[key]);
			} else fill(doc, pair.value as Node, key, keys);
		}
	} else if (isSeq(node)) {
		node.items = node.items.map((item) => {
			if (!isBlank(item)) {
				fill(doc, item as Node, `${path}[]`, keys);
				return item;
			}
			if (!(`${path}[]` in SAMPLES)) throw new Error(`pas de valeur d’exemple pour « ${path}[] »`);
			return doc.createNode(SAMPLES[`${path}[]`]);
		});
	}
}

function schemaKeys(node: Record<string, unknown>, path: string, keys: string[]): string[] {
	for (const [key, child] of Object.entries(
		(node['properties'] as Record<string, Record<string, unknown>>) ?? {},
	)) {
		const full = path ? `${path}.${key}` : key;
		keys.push(full);
		schemaKeys(child, full, keys);
		const items = child['items'] as Record<string, unknown> | undefined;
		if (items) schemaKeys(items, `${full}[]`, keys);
	}
	return keys;
}

describe('content/fiches/_modele.md', () => {
	const doc = parseDocument(FRONTMATTER);
	const keys: string[] = [];
	fill(doc, doc.contents, '', keys);
	const chapitre = {
		file: 'content/chapitres/lien-et-utilite-sociale.md',
		text: '---\ntitre: Favoriser le lien\npartie: 2\nordre: 1\nresume: Le lien social.\n---\n\nTexte.\n',
	};

	it('shows every key of the contract, and no other', () => {
		expect(keys.sort()).toEqual(schemaKeys(ficheJsonSchema(), '', []).sort());
	});

	it('validates once its blanks are filled', () => {
		const filled = `---\n${doc.toString()}---\n${BODY}`;
		const { problems } = validateContent(
			[{ file: 'content/fiches/modele-rempli.md', text: filled }, chapitre],
			() => true,
		);
		expect(problems).toEqual([]);
	});

	it('is refused as it stands, so a copy left blank is never published', () => {
		const { problems } = validateContent(
			[{ file: 'content/fiches/copie.md', text: TEMPLATE }, chapitre],
			() => true,
		);
		expect(
			new Set(problems.filter((p) => p.severity === 'erreur').map((p) => p.key.split(/[.[]/)[0])),
		).toEqual(
			new Set([
				'titre',
				'ville',
				'date',
				'partie',
				'chapitre',
				'resume',
				'periode',
				'echelle',
				'porteur',
				'role_collectivite',
				'services',
				'partenaires',
				'partenaires_intitule',
				'budget',
				'types',
				'types_autre',
				'territoire_autre',
				'determinants',
				'determinants_autre',
				'publics',
				'contact',
				'liens',
				'images',
				'ordre',
				'source',
			]),
		);
	});

	it('has the contract’s headings, in order', () => {
		expect(BODY.match(/^## (.*)$/gm)).toEqual(SECTIONS.map((s) => `## ${s.titre}`));
	});
});
