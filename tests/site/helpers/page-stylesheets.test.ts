import { describe, expect, it } from 'vitest';
import {
	bundleName,
	linkOneStylesheet,
	stylesheetLinks,
} from '../../../src/site/page-stylesheets.ts';

const html =
	'<head><link rel="stylesheet" href="/styles/contenu.css"><link rel="preload" href="/f.woff2" as="font">' +
	'<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"></head>';

describe('one stylesheet per page', () => {
	it('reads the linked stylesheets in order, and no other link', () => {
		expect(stylesheetLinks(html)).toEqual([
			'/styles/contenu.css',
			'/_astro/a.css',
			'/_astro/b.css',
		]);
	});

	it('links one file where the first link was, keeping the other links', () => {
		expect(linkOneStylesheet(html, '/_astro/pages.x.css')).toBe(
			'<head><link rel="stylesheet" href="/_astro/pages.x.css"><link rel="preload" href="/f.woff2" as="font"></head>',
		);
	});

	it('names a bundle after its content', () => {
		expect(bundleName('a{}')).toMatch(/^pages\.[0-9a-f]{10}\.css$/);
		expect(bundleName('a{}')).toBe(bundleName('a{}'));
		expect(bundleName('a{}')).not.toBe(bundleName('b{}'));
	});
});
