// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.build/',
			'node_modules/',
			'bench/peers/',
			'bench/outils/',
			'bench/work/',
			'dist.en-cours-*/',
		],
	},
	...tseslint.configs.recommendedTypeChecked,
	...eslintPluginAstro.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{
		// Astro components are checked by `astro check`; type-aware rules need a program per file.
		files: ['**/*.astro'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Plain JavaScript guard that must run on any Node: no type information to use.
		files: ['**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
);
