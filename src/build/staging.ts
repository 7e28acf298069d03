/**
 * Staging folders: a build writes `dist.en-cours-<pid>` (and the PDF export
 * `.build/pdf.en-cours-<pid>`) next to its destination and renames it in place at the end, so a
 * failed build never leaves half a site. A build stopped by Ctrl-C or `kill` removes its own
 * folder on the way out; one killed outright (SIGKILL, a power cut) cannot, and the next build
 * removes what such builds left.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const MARK = '.en-cours-';

/** The staging folder of this process for `destination`. */
export function stagingFor(destination: string): string {
	return `${destination}${MARK}${process.pid}`;
}

function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists, under another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes the staging folders of `destination` left by builds that no longer run; a build still
 * running (another terminal, a test) keeps its own. Returns the folders removed.
 */
export function removeStaleStaging(destination: string): string[] {
	const dir = dirname(destination);
	const prefix = `${basename(destination)}${MARK}`;
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	const removed: string[] = [];
	for (const name of names) {
		if (!name.startsWith(prefix)) continue;
		const pid = Number(name.slice(prefix.length));
		if (Number.isInteger(pid) && pid > 0 && alive(pid)) continue;
		const path = join(dir, name);
		rmSync(path, { recursive: true, force: true });
		removed.push(path);
	}
	return removed;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const EXIT_CODES: Record<(typeof SIGNALS)[number], number> = {
	SIGINT: 130,
	SIGTERM: 143,
	SIGHUP: 129,
};

/** Staging folders of this process, removed if it is interrupted. */
const pending = new Set<string>();

function onSignal(signal: (typeof SIGNALS)[number]): void {
	for (const folder of pending) rmSync(folder, { recursive: true, force: true });
	console.error(`\nInterrompu (${signal}) : rien n’a été publié.`);
	process.exit(EXIT_CODES[signal]);
}

/**
 * Removes `folder` if the process is interrupted (Ctrl-C, `kill`, a closed terminal) before the
 * returned function is called, then exits with the signal's usual code. One handler for every
 * folder: the first handler to exit would otherwise stop the others.
 */
export function removeOnInterrupt(folder: string): () => void {
	if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
	pending.add(folder);
	return () => {
		pending.delete(folder);
		if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
	};
}
