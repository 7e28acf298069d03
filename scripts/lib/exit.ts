/** The build's last line when it stops: its stages (scripts/build.ts, scripts/lib/print.ts) share it. */
export const BUILD_FAILED = '\nLa construction a échoué : rien n’a été publié.';

/**
 * Ends the command with `code` once everything it printed has reached its reader. `process.exit`
 * right after `console.error` cut the end of a long report when the output is a pipe (a CI log,
 * `npm run build | tee`, a test's `execFile`): measured, 11 of 135 lines of the validator's report
 * lost in two runs out of three.
 */
export async function exitWhenPrinted(code: number): Promise<never> {
	await Promise.all(
		[process.stdout, process.stderr].map(
			(stream) => new Promise<void>((resolve) => stream.write('', () => resolve())),
		),
	);
	process.exit(code);
}
