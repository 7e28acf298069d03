/**
 * Runs a command as a user would and measures it: wall time, and the peak resident memory of
 * the whole process tree (Astro, Typst threads, Pagefind's binary), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
	seconds: number;
	/** Peak of the summed RSS of the command and its descendants, in bytes. */
	peakRss: number;
	stdout: string;
	/** Durations of the `[étape] name : 1.23 s` lines the build prints. */
	stages: Map<string, number>;
	/** Peak RSS while each stage ran: the samples taken before its line and after the previous one. */
	stagePeaks: Map<string, number>;
	/**
	 * Peak RSS of each kind of process in the tree (see `processKind`), the processes of one kind
	 * summed at each sample: which one holds the memory.
	 */
	processPeaks: Map<string, number>;
}

const PAGE_SIZE = 4096;

/**
 * What a process of the build is, from its command line: the build's own Node process (the
 * stages' order, Pagefind's API), validation and the PDF plan, the site's Astro build,
 * a PDF composing process, Pagefind's binary, or the program's name.
 */
export function processKind(command: string, isRoot: boolean): string {
	if (isRoot) return 'Node (construction)';
	if (command.includes('scripts/lib/print.ts')) return 'Node (validation, plan des PDF)';
	if (command.includes('scripts/lib/site.ts')) return 'Astro (site)';
	if (command.includes('src/pdf/worker.ts')) return 'composition PDF (Typst)';
	if (/pagefind/i.test(command)) return 'Pagefind';
	return command.split('\0')[0]!.split('/').at(-1) || 'autre';
}

/** RSS in bytes of `pid` and every process below it, in all and by kind of process. */
function treeRss(root: number): { total: number; byKind: Map<string, number> } {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ')'.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			const pid = Number(name);
			children.set(ppid, [...(children.get(ppid) ?? []), pid]);
			rss.set(pid, Number(fields[21]) * PAGE_SIZE);
		} catch {
			// The process ended between the listing and the read.
		}
	}
	let total = 0;
	const byKind = new Map<string, number>();
	const queue = [root];
	while (queue.length) {
		const pid = queue.pop()!;
		const bytes = rss.get(pid) ?? 0;
		total += bytes;
		let command = '';
		try {
			command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
		} catch {
			// Ended since: counted in the total, under no name.
		}
		const kind = processKind(command, pid === root);
		byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
		queue.push(...(children.get(pid) ?? []));
	}
	return { total, byKind };
}

/** `[étape] site et recherche : 41.23 s` lines, by stage name. */
export function parseStages(output: string): Map<string, number> {
	const stages = new Map<string, number>();
	for (const match of output.matchAll(/^\[étape\] (.+) : ([\d.]+) s$/gm))
		stages.set(match[1]!, Number(match[2]));
	return stages;
}

export function measure(
	command: string,
	args: string[],
	options: { cwd: string; env?: Record<string, string> },
): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: { ...process.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		let peakRss = 0;
		let stagePeak = 0;
		const stagePeaks = new Map<string, number>();
		const processPeaks = new Map<string, number>();
		let partial = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			const lines = (partial + chunk.toString()).split('\n');
			partial = lines.pop() ?? '';
			for (const name of parseStages(lines.join('\n')).keys()) {
				stagePeaks.set(name, stagePeak);
				stagePeak = 0;
			}
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const sample = () => {
			if (!child.pid) return;
			const { total, byKind } = treeRss(child.pid);
			peakRss = Math.max(peakRss, total);
			stagePeak = Math.max(stagePeak, total);
			for (const [kind, bytes] of byKind)
				if (bytes > 0) processPeaks.set(kind, Math.max(processPeaks.get(kind) ?? 0, bytes));
		};
		const timer = setInterval(sample, 100);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			const seconds = (performance.now() - start) / 1000;
			if (code !== 0)
				return reject(
					new Error(`${command} ${args.join(' ')} a échoué (code ${code}) :\n${stdout}\n${stderr}`),
				);
			resolve({
				seconds,
				peakRss,
				stdout,
				stages: parseStages(stdout),
				stagePeaks,
				processPeaks,
			});
		});
	});
}
