import { defineConfig } from 'vitest/config';

/** Tests that read a built site (`inject('siteDir')`) or compose PDFs: minutes, not seconds. */
const BUILD_TESTS = [
	'tests/browser/**/*.test.ts',
	// tests/site/helpers/ holds the unit tests of src/site/: no build.
	'tests/site/*.test.ts',
	'tests/charts/site.test.ts',
	'tests/cards/site.test.ts',
	'tests/pdf/export.test.ts',
];

export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 300_000,
		fileParallelism: true,
		maxWorkers: 2,
		// `npm test` runs both projects; `npm run test:unit` only the first, with no build.
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: BUILD_TESTS },
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: BUILD_TESTS,
					// Build and browser tests share one built site (tests/setup/global.ts) and a 2-core machine.
					globalSetup: ['tests/setup/global.ts'],
				},
			},
		],
	},
});
