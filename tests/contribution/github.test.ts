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

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	id?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Job {
	needs?: string;
	environment?: { name: string; url: string };
	env?: Record<string, string>;
	steps: Step[];
}

describe('.github/workflows/ci.yml on pull requests', () => {
	it('checks pull requests and keeps their built site and PDFs as artifacts', () => {
		const workflow = read('workflows/ci.yml');
		expect(Object.keys(workflow['on'] as object)).toEqual(['pull_request']);
		const steps = (workflow['jobs'] as Record<string, Job>)['verifier']!.steps;
		const artifacts = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
		expect(artifacts.map((s) => s.with?.['path'])).toEqual([
			'dist/',
			'dist/repenser-les-actions-de-la-ville.pdf',
		]);
	});
});

describe('.github/workflows/publier.yml', () => {
	const workflow = read('workflows/publier.yml');
	const jobs = workflow['jobs'] as Record<string, Job>;
	const build = jobs['construire']!;
	const deploy = jobs['publier']!;

	it('publishes each push to main, one deployment at a time, with the Pages permissions', () => {
		expect(workflow['on']).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
		expect(workflow['permissions']).toEqual({
			contents: 'read',
			pages: 'write',
			'id-token': 'write',
		});
		expect(workflow['concurrency']).toEqual({ group: 'pages', 'cancel-in-progress': false });
	});

	it('tests, then builds under the Pages address with npm scripts only', () => {
		expect(build.steps.flatMap((s) => (s.run ? [s.run] : []))).toEqual([
			'sudo apt-get update -qq && sudo apt-get install -y -qq poppler-utils',
			'npm ci',
			'npm test',
			'npm run build',
		]);
		const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
		expect(pages?.id).toBe('pages');
		const buildStep = build.steps.find((s) => s.run === 'npm run build');
		const { HEBERGEUR, ...address } = buildStep?.env ?? {};
		expect(address).toEqual({
			SITE_URL: '${{ steps.pages.outputs.origin }}',
			BASE_PATH: '${{ steps.pages.outputs.base_path }}',
		});
		// The legal notice names the host the workflow publishes to.
		expect(HEBERGEUR).toMatch(/^GitHub, Inc\., .+, États-Unis$/);
		// The address is known before the build that uses it; the artifact is what the build wrote.
		expect(build.steps.indexOf(pages!)).toBeLessThan(build.steps.indexOf(buildStep!));
		const upload = build.steps.at(-1)!;
		expect(upload.uses).toMatch(/^actions\/upload-pages-artifact@v\d+$/);
		expect(upload.with).toEqual({ path: 'dist/' });
	});

	it('deploys the built artifact to the github-pages environment', () => {
		expect(deploy.needs).toBe('construire');
		expect(deploy.environment).toEqual({
			name: 'github-pages',
			url: '${{ steps.deployment.outputs.page_url }}',
		});
		expect(deploy.steps).toEqual([{ id: 'deployment', uses: 'actions/deploy-pages@v4' }]);
	});
});
