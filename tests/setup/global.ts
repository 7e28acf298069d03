import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
// The project's own Node (>= 22.12), even when vitest was started by the machine's older one.
const NODE = existsSync(join(ROOT, 'node_modules', '.bin', 'node'))
	? join(ROOT, 'node_modules', '.bin', 'node')
	: process.execPath;

declare module 'vitest' {
	export interface ProvidedContext {
		/** The real handbook, built once for the browser and site tests. */
		siteDir: string;
		/** The small fixture corpus of tests/fixtures/site, built the same way. */
		fixtureSiteDir: string;
		/** The fixture corpus built for a GitHub Pages project site, under `BASE_PATH_TEST`. */
		basePathSiteDir: string;
	}
}

/** Builds a corpus with the README's build command, into a temporary folder. */
async function buildSite(name: string, env: Record<string, string>): Promise<string> {
	const work = mkdtempSync(join(tmpdir(), `rfvs-${name}-`));
	const dist = join(work, 'dist');
	try {
		await run(NODE, ['scripts/build.ts'], {
			cwd: ROOT,
			env: {
				...process.env,
				...env,
				DIST_DIR: dist,
				ASTRO_CACHE_DIR: join(work, 'cache'),
				PDF_DIR: join(work, 'pdf'),
			},
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`La construction de test « ${name} » a échoué :\n${stdout}\n${stderr}`, {
			cause: error,
		});
	}
	return dist;
}

/** The sub-path the base-path build is served under (tests/site/base-path.test.ts). */
export const BASE_PATH_TEST = '/guide-sante-mentale';

/**
 * Builds the real content and the fixture corpus once (the fixture twice: at the root and under a
 * base path), one after the other (two Astro builds at
 * once would fight over the 2 cores and `.astro/`), and hands their folders to the tests.
 */
export default async function setup(project: TestProject): Promise<() => void> {
	const siteDir = await buildSite('site', {});
	const fixtureSiteDir = await buildSite('fixture', { CONTENU_DIR: 'tests/fixtures/site/content' });
	const basePathSiteDir = await buildSite('base-path', {
		CONTENU_DIR: 'tests/fixtures/site/content',
		// Without its leading slash, with a trailing one: the build normalises it.
		BASE_PATH: `${BASE_PATH_TEST.slice(1)}/`,
	});
	project.provide('siteDir', siteDir);
	project.provide('fixtureSiteDir', fixtureSiteDir);
	project.provide('basePathSiteDir', basePathSiteDir);
	return () => {
		for (const dir of [siteDir, fixtureSiteDir, basePathSiteDir])
			rmSync(join(dir, '..'), { recursive: true, force: true });
	};
}
