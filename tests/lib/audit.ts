/**
 * What a reader sees on a built page, checked in Chromium: the font that drew each text, French
 * typography in every visible text node, the place of the section links. Each check returns one
 * French line per problem, naming the page, so a failing test says what to fix and where.
 */
import type { CDPSession, Page } from 'playwright-core';
import { MONTH_NAMES } from '../../src/schemas/date.ts';

/** The site's web font (src/site/web-font.ts), as Chromium names it: `SourceSans3VF`. */
export const SITE_FONT = /^Source ?Sans ?3/;

/**
 * Every element with text of its own that Chromium drew in a font other than the site's web font
 * (`CSS.getPlatformFontsForNode`: the fonts that drew the element's own text nodes). A glyph
 * missing from the subset shows here as a system font beside the site's.
 */
export async function fallbackFontProblems(page: Page, cdp: CDPSession): Promise<string[]> {
	await page.evaluate(async () => {
		await document.fonts.ready;
		let index = 0;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || !node.textContent?.trim() || parent.closest('script, style, template'))
				continue;
			if (!parent.hasAttribute('data-font-audit'))
				parent.setAttribute('data-font-audit', String(index++));
		}
	});
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
		nodeId: root.nodeId,
		selector: '[data-font-audit]',
	});
	// All requests at once: the protocol answers them in order, without a round trip each.
	const results = await Promise.all(
		nodeIds.map(async (nodeId) => {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			const others = fonts.filter((f) => !f.isCustomFont || !SITE_FONT.test(f.familyName));
			if (others.length === 0) return undefined;
			const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
			return `${page.url()} : ${others.map((f) => `${f.familyName} (${f.glyphCount} glyphes)`).join(', ')} dans ${outerHTML.replace(/ data-(?:font-audit|astro-cid-\w+)="[^"]*"/g, '').slice(0, 160)}`;
		}),
	);
	const problems = results.filter((p) => p !== undefined);
	await cdp.send('CSS.disable');
	await cdp.send('DOM.disable');
	return problems;
}

/**
 * Every visible text node (code excepted) with an ordinary, breakable space where French
 * typography wants a no-break one: before « : ; ! ? », inside « », between a day and its month,
 * before « € » and in « 1 000 »; « ... » for « … »; a number of 1 000 or more written without a
 * thousands separator before « € ». Text a screen reader reads (visually hidden) counts too.
 */
export async function typographyProblems(page: Page): Promise<string[]> {
	// The function runs in the page: the month names go in as its argument.
	const found = await page.evaluate((MONTHS) => {
		// Ordinary (breakable) white space only: `\s` would also match the no-break spaces.
		const S = '[ \\t\\n\\r]';
		const rules: [RegExp, string][] = [
			[new RegExp(`${S}[;:!?](?=\\s|$)`, 'u'), 'espace ordinaire avant la ponctuation'],
			[new RegExp(`«${S}`, 'u'), 'espace ordinaire après «'],
			[new RegExp(`${S}»`, 'u'), 'espace ordinaire avant »'],
			[
				new RegExp(`(?:^|[^\\d])(?:1er|\\d{1,2})${S}(?:${MONTHS})(?![\\p{L}])`, 'u'),
				'espace ordinaire entre le jour et le mois',
			],
			[new RegExp(`\\d${S}€`, 'u'), 'espace ordinaire avant €'],
			[/\d€/u, 'pas d’espace avant €'],
			[/\d{4,}(?:[,.]\d+)?\s?€/u, 'pas de séparateur des milliers'],
			[new RegExp(`\\d${S}\\d{3}(?:\\s|$|[,.€])`, 'u'), 'espace ordinaire entre les milliers'],
			[/\.\.\./u, '« ... » au lieu de « … »'],
			[/(?:^|\D)1\s+(?:pages|fiches|résultats|villes)\b/u, 'pluriel après 1'],
		];
		const problems: string[] = [];
		const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent ?? '';
			if (!parent || !text.trim()) continue;
			if (parent.closest('script, style, template, code, pre, kbd, samp, noscript')) continue;
			const inTitle = parent.closest('title') !== null;
			if (!inTitle && !parent.checkVisibility()) continue;
			// Newlines and tabs in the page's source show as ordinary spaces.
			for (const [pattern, message] of rules) {
				const match = pattern.exec(text);
				if (match)
					problems.push(
						`${message} : « ${text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, (s) => (/[\u00a0\u202f]/.test(s) ? s : ' '))} »`,
					);
			}
		}
		// Text split over elements: a heading's count must keep its space (« vie (5 fiches) »).
		for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
			const text = heading.textContent ?? '';
			if (/\p{L}\(/u.test(text)) problems.push(`pas d’espace avant la parenthèse : « ${text} »`);
		}
		return problems;
	}, MONTH_NAMES.join('|'));
	return found.map((p) => `${page.url()} : ${p}`);
}

/**
 * Every section link (`a.section-link`, or a link to a heading's own id placed inside it or right
 * after it) whose box is not on the last line of its heading's text.
 */
export async function headingLinkProblems(page: Page): Promise<string[]> {
	const found = await page.evaluate(() => {
		const problems: string[] = [];
		for (const heading of document.querySelectorAll<HTMLElement>(
			'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]',
		)) {
			const href = `#${heading.id}`;
			const candidates = [
				...heading.querySelectorAll<HTMLAnchorElement>('a'),
				...(heading.parentElement?.querySelectorAll<HTMLAnchorElement>(':scope > a.section-link') ??
					[]),
				heading.nextElementSibling,
			].filter(
				(a): a is HTMLAnchorElement =>
					a instanceof HTMLAnchorElement && a.getAttribute('href') === href,
			);
			for (const link of new Set(candidates)) {
				const range = document.createRange();
				range.selectNodeContents(heading);
				const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
				const last = lines.at(-1);
				const box = link.getBoundingClientRect();
				if (!last || box.height === 0) continue;
				const middle = box.top + box.height / 2;
				if (middle < last.top || middle > last.bottom)
					problems.push(
						`lien de section sur une ligne à part : « ${heading.textContent?.trim()} »`,
					);
			}
		}
		return problems;
	});
	return found.map((p) => `${page.url()} : ${p}`);
}
