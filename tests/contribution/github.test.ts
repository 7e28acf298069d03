import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DETERMINANTS, PARTIES_THEMATIQUES, TYPES } from '../../src/schemas/vocabulary.ts';

const GITHUB = join(import.meta.dirname, '..', '..', '.github');
const read = (file: string) =>
	parse(readFileSync(join(GITHUB, file), 'utf8')) as Record<string, unknown>;

interface Field {
	type: string;
	id?: string;
	attributes: { label?: string; options?: (string | { label: string })[] };
	validations?: { required?: boolean };
}

describe('issue form « Proposer une fiche-action »', () => {
	const body = read('ISSUE_TEMPLATE/proposer-une-fiche.yml')['body'] as Field[];
	const field = (id: string) => body.find((f) => f.id === id);
	const labels = (id: string) =>
		field(id)?.attributes.options?.map((o) => (typeof o === 'string' ? o : o.label));

	it('offers the vocabularies of the sheet contract, with the form’s labels', () => {
		expect(labels('types')).toEqual(TYPES.map((t) => t.label));
		expect(labels('determinants')).toEqual(DETERMINANTS.map((d) => d.label));
		expect(labels('partie')?.slice(1)).toEqual(
			PARTIES_THEMATIQUES.map((p) => `${p.numero}. ${p.titre}`),
		);
	});

	it('requires what a sheet requires and the form can give', () => {
		const required = body
			.filter((f) => f.validations?.required && f.type !== 'checkboxes')
			.map((f) => f.id);
		expect(required).toEqual(['titre', 'ville', 'contexte', 'objectifs', 'deroule']);
	});
});

describe('.github/workflows/ci.yml', () => {
	it('only installs the machine and runs npm scripts: the logic stays in package.json', () => {
		const steps =
			(read('workflows/ci.yml')['jobs'] as Record<string, { steps: { run?: string }[] }>)[
				'verifier'
			]?.steps ?? [];
		const commands = steps.flatMap((s) => (s.run ? [s.run] : []));
		expect(commands).toEqual([
			'sudo apt-get update -qq && sudo apt-get install -y -qq poppler-utils',
			'npm ci',
			'npm run validate',
			'npm test',
			'npm run build',
		]);
	});
});
