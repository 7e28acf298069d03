import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../lib/site-files.ts';

const dist = inject('siteDir');
const pages = listPages(dist);
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

describe('HTML of every built page', () => {
	it('passes html-validate (standard + document presets)', async () => {
		// SRI only matters for resources from other origins; every file here is served by the site itself.
		const validator = new HtmlValidate({
			extends: ['html-validate:standard', 'html-validate:document'],
			rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
		});
		const problems: string[] = [];
		for (const path of pages) {
			const report = await validator.validateString(readFileSync(fileOf(path), 'utf8'), path);
			for (const result of report.results)
				for (const m of result.messages)
					problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(problems).toEqual([]);
	});

	it('offers one search field per page: the header’s, or on /recherche/ the page’s own', () => {
		const fields = pages.map((path) => ({
			path,
			count: readFileSync(fileOf(path), 'utf8').match(/<input[^>]*type="search"/g)?.length ?? 0,
		}));
		expect(fields.filter((f) => f.count !== 1)).toEqual([]);
		expect(readFileSync(fileOf('/recherche/'), 'utf8')).not.toContain('id="site-search"');
	});

	it('has no broken internal link or anchor, and no orphan page', () => {
		const ids = new Map<string, Set<string>>();
		const links = new Map<string, string[]>();
		for (const path of pages) {
			const html = readFileSync(fileOf(path), 'utf8');
			ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
			links.set(
				path,
				[...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')),
			);
		}
		const broken: string[] = [];
		const reached = new Set<string>(['/']);
		for (const [from, targets] of links) {
			for (const target of targets) {
				if (/^(https?:|mailto:|data:)/.test(target)) continue;
				const url = new URL(target, `http://site${from}`);
				const [path, hash] = [
					decodeURIComponent(url.pathname),
					decodeURIComponent(url.hash.slice(1)),
				];
				if (path.endsWith('/') || path.endsWith('.html')) {
					if (!ids.has(path)) {
						broken.push(`${from} → ${target} (page absente)`);
						continue;
					}
					reached.add(path);
					if (hash && !ids.get(path)!.has(hash)) broken.push(`${from} → ${target} (ancre absente)`);
				} else if (!existsSync(join(dist, path))) {
					broken.push(`${from} → ${target} (fichier absent)`);
				}
			}
		}
		expect(broken).toEqual([]);
		const orphans = pages.filter((p) => !reached.has(p) && p !== '/404.html');
		expect(orphans).toEqual([]);
	});
});
