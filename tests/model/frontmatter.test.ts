import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';

describe('splitFrontmatter', () => {
	it('splits header and body, with the body’s first line', () => {
		const text = '---\ntitre: Essai\nville: Caen\n---\n\n## Contexte\n';
		expect(splitFrontmatter(text)).toEqual({
			yaml: 'titre: Essai\nville: Caen\n',
			yamlStart: 4,
			body: '\n## Contexte\n',
			bodyStart: 33,
			bodyLine: 5,
		});
	});

	it('keeps offsets in the text as given: byte-order mark and Windows line ends', () => {
		const text = '\uFEFF---\r\ntitre: Essai\r\n---\r\nTexte\r\n';
		const split = splitFrontmatter(text);
		expect(split).toMatchObject({ yaml: 'titre: Essai\r\n', body: 'Texte\r\n', bodyLine: 4 });
		if ('missing' in split) return;
		expect(text.slice(split.yamlStart, split.yamlStart + 5)).toBe('titre');
		expect(text.slice(split.bodyStart)).toBe('Texte\r\n');
	});

	it('reads an empty header, and a header with no body after it', () => {
		expect(splitFrontmatter('---\n---\n')).toMatchObject({ yaml: '', body: '', bodyLine: 3 });
		expect(splitFrontmatter('---\ntitre: Essai\n---')).toMatchObject({
			yaml: 'titre: Essai\n',
			body: '',
		});
	});

	it('splits as Astro does: spaces after the opening line, a closing line that starts with ---', () => {
		expect(splitFrontmatter('--- \t\ntitre: Essai\n----\nTexte\n')).toMatchObject({
			yaml: 'titre: Essai\n',
			body: 'Texte\n',
		});
	});

	it('says which line of the header is missing', () => {
		expect(splitFrontmatter('titre: Essai\n---\n')).toEqual({ missing: 'opening' });
		expect(splitFrontmatter('\n---\ntitre: Essai\n---\n')).toEqual({ missing: 'opening' });
		expect(splitFrontmatter('---\ntitre: Essai\n\nTexte\n')).toEqual({ missing: 'closing' });
	});
});
