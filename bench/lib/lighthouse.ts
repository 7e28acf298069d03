/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of a served page, with
 * Lighthouse's own CLI from `bench/outils` driving Debian's Chromium, as on a phone (its default
 * mobile emulation and simulated slow 4G).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/lib/browser.ts';

const run = promisify(execFile);

export const TOOLS_DIR = join(import.meta.dirname, '..', 'outils');

export interface Scores {
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
}

export async function lighthouse(url: string): Promise<Scores> {
	const cli = join(TOOLS_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
	const { stdout } = await run(
		process.execPath,
		[
			cli,
			url,
			'--output=json',
			'--quiet',
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
		],
		{ env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 },
	);
	const report = JSON.parse(stdout) as { categories: Record<keyof Scores, { score: number }> };
	const score = (key: keyof Scores) => Math.round(report.categories[key].score * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		'best-practices': score('best-practices'),
		seo: score('seo'),
	};
}
