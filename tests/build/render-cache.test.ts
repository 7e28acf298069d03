import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	RENDERING_SOURCES,
	renderCacheDir,
	renderingDigest,
} from '../../scripts/lib/render-cache.ts';
import { openTags } from '../../src/site/markdown-plugins.ts';

const root = mkdtempSync(join(tmpdir(), 'rfvs-render-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
for (const file of RENDERING_SOURCES) write(file, `// ${file}\n`);

describe('the cache of rendered Markdown', () => {
	it('changes folder when the glossary or a rendering source changes, not otherwise', () => {
		const absent = renderingDigest(root, 'content');
		write('content/glossaire.yml', '[]\n');
		const empty = renderingDigest(root, 'content');
		write('content/glossaire.yml', '- sigle: CLSM\n');
		const one = renderingDigest(root, 'content');
		expect(new Set([absent, empty, one]).size).toBe(3);
		expect(renderingDigest(root, 'content')).toBe(one);
		write('src/model/glossaire.ts', '// another loader\n');
		expect(renderingDigest(root, 'content')).not.toBe(one);
	});

	it('carries the digest under ASTRO_CACHE_DIR too, one folder per corpus', () => {
		const digest = renderingDigest(root, 'content');
		expect(renderCacheDir(root, 'content', '/tmp/cache')).toBe(`/tmp/cache/content-${digest}`);
		expect(renderCacheDir(root, 'content')).toBe(
			join(root, 'node_modules', '.astro', `content-${digest}`),
		);
		expect(renderCacheDir(root, 'tests/fixtures/site/content', '/tmp/cache')).toMatch(
			/^\/tmp\/cache\/tests-fixtures-site-content-[0-9a-f]{8}$/,
		);
	});
});

describe('tags left open by raw HTML', () => {
	it('follows opening and closing tags, void and self-closing ones, and attributes holding « > »', () => {
		expect(openTags(['<abbr title="a > b">'])).toEqual(new Set(['abbr']));
		expect(openTags(['<a href="/">', '<br>', '<img src="x" />', '</A>'])).toEqual(new Set());
		expect(openTags(['<span>', '<a href="/">', '</span>'])).toEqual(new Set());
		expect(openTags(['<em>', '<code>'])).toEqual(new Set(['em', 'code']));
	});
});
