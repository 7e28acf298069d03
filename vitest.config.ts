import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Build and browser tests share one built site (tests/setup/global.ts) and a 2-core machine.
		globalSetup: ['tests/setup/global.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		fileParallelism: true,
		maxWorkers: 2,
	},
});
