/**
 * The sheets of a corpus as the build reads them. Tests of the real handbook pick a sheet by what
 * it holds (a chapter, a housing title), never by its name, and count from here what the charts
 * should show: renaming, adding or removing a sheet leaves the code's suite green. Tests of a
 * behaviour run on the fixture corpus instead.
 */
import { join } from 'node:path';
import { validateFolder } from '../../scripts/lib/content.ts';
import type { Entry } from '../../src/schemas/entry.ts';
import type { FicheData } from '../../src/schemas/fiche.ts';

type Sheet = Entry<FicheData>;

const sheetsOf = (contentDir?: string): readonly Sheet[] =>
	validateFolder(contentDir).fiches.toSorted((a, b) => a.id.localeCompare(b.id));

/** The editors' sheets (`content/`). */
export const editorsSheets = sheetsOf();

/** The small corpus the fixture site is built from. */
export const FIXTURE_CONTENT = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');
export const fixtureSheets = sheetsOf(FIXTURE_CONTENT);

/** The first sheet, by file name, that meets `test`; a clear error when none does. */
export function sheetWhere(
	what: string,
	test: (sheet: Sheet) => boolean = () => true,
	sheets: readonly Sheet[] = editorsSheets,
): Sheet {
	const sheet = sheets.find(test);
	if (!sheet) throw new Error(`aucune fiche ne convient au test : ${what}`);
	return sheet;
}

/** How many of the editors' sheets meet `test`. */
export const countSheets = (test: (sheet: Sheet) => boolean) => editorsSheets.filter(test).length;
