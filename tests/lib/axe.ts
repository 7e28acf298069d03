import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA rules) in the page. Injected through the DevTools protocol
 * rather than a `<script>` tag, so the site's Content-Security-Policy stays in force.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
			},
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target })),
		}));
	});
}

/** One line per violation, so a failing test says what to fix and where. */
export function describeViolations(url: string, violations: AxeViolation[]): string[] {
	return violations.map(
		(v) =>
			`${url} ${v.id} (${v.impact}) : ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}
