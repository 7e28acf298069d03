/**
 * The editors' sheets as the build reads them. Tests of the real handbook pick a sheet by what it
 * holds (a city, a determinant, the longest page), never by its name, and count from here what
 * the charts should show: renaming, adding or removing a sheet leaves the code's suite green.
 */
import { validateFolder } from '../../scripts/lib/content.ts';
import type { Entry } from '../../src/schemas/entry.ts';
import type { FicheData } from '../../src/schemas/fiche.ts';

export const editorsSheets: readonly Entry<FicheData>[] = validateFolder().fiches.toSorted((a, b) =>
	a.id.localeCompare(b.id),
);

/** The first sheet, by file name, that meets `test`; a clear error when none does. */
export function sheetWhere(
	what: string,
	test: (sheet: Entry<FicheData>) => boolean = () => true,
): Entry<FicheData> {
	const sheet = editorsSheets.find(test);
	if (!sheet) throw new Error(`aucune fiche du guide ne convient au test : ${what}`);
	return sheet;
}

/** How many sheets meet `test`. */
export const countSheets = (test: (sheet: Entry<FicheData>) => boolean) =>
	editorsSheets.filter(test).length;
