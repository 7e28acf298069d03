/**
 * A build stopped halfway leaves no staging folder behind: Ctrl-C or `kill` remove it on the way
 * out, and the next build removes what a build killed outright left.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleStaging, stagingFor } from '../../src/build/staging.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

/** A process that stages `destination` as a build does, then waits to be stopped. */
function stagingProcess(destination: string) {
	const script = `
		import { mkdirSync } from 'node:fs';
		import { removeOnInterrupt, stagingFor } from ${JSON.stringify(join(ROOT, 'src/build/staging.ts'))};
		for (const destination of ${JSON.stringify([destination, `${destination}-pdf`])}) {
			const staging = stagingFor(destination);
			mkdirSync(staging, { recursive: true });
			removeOnInterrupt(staging);
		}
		console.log('prêt');
		setInterval(() => {}, 1000);
	`;
	const child = spawn(NODE, ['--input-type=module', '-e', script], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const ready = new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { child, ready, exited };
}

describe('staging folders', () => {
	it.each([
		['SIGINT', 130],
		['SIGTERM', 143],
	] as const)('are removed when the build gets %s', async (signal, code) => {
		const dir = mkdtempSync(join(tmpdir(), 'rfvs-staging-'));
		const destination = join(dir, 'dist');
		const { child, ready, exited } = stagingProcess(destination);
		await ready;
		expect(readdirSync(dir).sort()).toEqual([
			`dist-pdf.en-cours-${child.pid}`,
			`dist.en-cours-${child.pid}`,
		]);
		child.kill(signal);
		expect(await exited).toBe(code);
		expect(readdirSync(dir)).toEqual([]);
	});

	it('left by a build killed outright are removed by the next one, a running build’s kept', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rfvs-staging-'));
		const destination = join(dir, 'dist');
		const killed = stagingProcess(destination);
		await killed.ready;
		killed.child.kill('SIGKILL');
		await killed.exited;
		const running = stagingProcess(destination);
		await running.ready;
		mkdirSync(join(dir, 'dist.en-cours-abc'));
		mkdirSync(join(dir, 'autre.en-cours-1'));
		const stale = join(dir, `dist.en-cours-${killed.child.pid}`);
		expect(existsSync(stale)).toBe(true);
		expect(removeStaleStaging(destination).sort()).toEqual(
			[join(dir, 'dist.en-cours-abc'), stale].sort(),
		);
		expect(readdirSync(dir).sort()).toEqual([
			'autre.en-cours-1',
			`dist-pdf.en-cours-${killed.child.pid}`,
			`dist-pdf.en-cours-${running.child.pid}`,
			`dist.en-cours-${running.child.pid}`,
		]);
		expect(stagingFor(destination)).toBe(`${destination}.en-cours-${process.pid}`);
		running.child.kill('SIGTERM');
		await running.exited;
	});

	it('of a folder that does not exist are none', () => {
		expect(removeStaleStaging(join(tmpdir(), 'rfvs-absent', 'dist'))).toEqual([]);
	});
});
