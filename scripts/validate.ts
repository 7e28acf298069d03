/**
 * `npm run validate [-- files…]`: checks every content file against the sheet contract and
 * prints all problems of all files, one line each, in French. With `CI` set, also prints GitHub
 * annotations. Exits 1 when any error is found. `CONTENU_DIR=path/to/content` checks another
 * content folder (tests, benchmark); paths in the report stay relative to the project root.
 */
import { relative, resolve } from 'node:path';
import { typographyProblems } from '../src/contribution/lint/typography.ts';
import {
	formatAnnotation,
	formatProblem,
	hasErrors,
	sortProblems,
} from '../src/contribution/validation/problem.ts';
import { loadContent, readContentFiles, ROOT } from './lib/content.ts';
import { exitWhenPrinted } from './lib/exit.ts';

const only = process.argv.slice(2).map((arg) => relative(ROOT, resolve(arg)).split('\\').join('/'));
const { problems, fiches, parties, chapitres } = loadContent();
// Typography warnings (never failing) come after the contract's problems, so a missing key is
// not lost among spaces; `npm run fix` clears them.
const typography = sortProblems(typographyProblems(readContentFiles()));
const shown = [...sortProblems(problems), ...typography].filter(
	(p) => only.length === 0 || only.includes(p.file),
);

for (const problem of shown) console.log(formatProblem(problem));
if (process.env['CI']) for (const problem of shown) console.log(formatAnnotation(problem));

const errors = shown.filter((p) => p.severity === 'erreur').length;
const warnings = shown.length - errors;
const files = new Set(shown.filter((p) => p.severity === 'erreur').map((p) => p.file)).size;
if (hasErrors(shown)) {
	console.error(
		`\n${errors} erreur(s) dans ${files} fichier(s)${warnings ? `, ${warnings} avertissement(s)` : ''}.` +
			'\nCorrigez chaque ligne ci-dessus (fichier:ligne clé : problème), puis relancez « npm run validate ».' +
			'\nLe contrat des fiches est décrit dans CONTRIBUTING.md.',
	);
	await exitWhenPrinted(1);
}
console.log(
	`Contenu valide : ${fiches.length} fiche(s), ${parties.length} partie(s), ${chapitres.length} chapitre(s)` +
		(warnings ? `, ${warnings} avertissement(s).` : '.'),
);
