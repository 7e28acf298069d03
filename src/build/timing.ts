/**
 * Runs a build stage and prints its duration, so every build shows where the time goes; the
 * benchmark reads the same lines.
 */
export async function timed<T>(stage: string, run: () => T | Promise<T>): Promise<T> {
	const start = performance.now();
	const result = await run();
	const seconds = (performance.now() - start) / 1000;
	console.log(`[étape] ${stage} : ${seconds.toFixed(2)} s`);
	return result;
}
