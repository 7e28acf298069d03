import { expect, test } from 'vitest';
import {
	formatAnnotation,
	formatProblem,
	hasErrors,
	sortProblems,
	type Problem,
} from '../../src/contribution/validation/problem.ts';

const error: Problem = {
	file: 'content/fiches/caen.md',
	line: 4,
	key: 'date',
	message: 'attendu une date',
	severity: 'erreur',
};
const warning: Problem = {
	file: 'content/fiches/caen.md',
	key: 'corps',
	message: 'section vide',
	severity: 'avertissement',
};

test('one line per problem: file:line, key, then the message', () => {
	expect(formatProblem(error)).toBe('content/fiches/caen.md:4 date : attendu une date');
	expect(formatProblem(warning)).toBe(
		'content/fiches/caen.md corps : avertissement : section vide',
	);
});

test('GitHub annotations escape what the runner would read as syntax', () => {
	expect(formatAnnotation({ ...error, message: '100 % sûr\nsuite' })).toBe(
		'::error file=content/fiches/caen.md,line=4,title=Fiche invalide::date : 100 %25 sûr%0Asuite',
	);
	expect(formatAnnotation({ ...warning, file: 'content/fiches/a,b:c.md' })).toBe(
		'::warning file=content/fiches/a%2Cb%3Ac.md,title=Fiche invalide::corps : section vide',
	);
});

test('problems read top to bottom, file by file; only errors fail', () => {
	const other: Problem = { ...error, file: 'content/fiches/brest.md', line: 9 };
	expect(sortProblems([error, other, warning])).toEqual([other, warning, error]);
	expect(hasErrors([warning])).toBe(false);
	expect(hasErrors([warning, error])).toBe(true);
});
