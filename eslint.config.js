import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The drafter's NLP libraries (compromise, chrono-node) weigh megabytes: never in a page. */
const noDrafting = {
	group: ['**/content/draft/**', 'compromise', 'chrono-node'],
	message: 'drafting runs in the CLI, not in a page'
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'reports/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			// Type-checked rules read types from tsconfig.json, which holds src/, tests/ and scripts/.
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			// TypeScript already reports undefined names, with type information eslint lacks.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/state/**', 'src/service-worker.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [noDrafting] }]
		}
	},
	{
		// Browser helpers stand below the rune state.
		files: ['src/lib/browser/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						noDrafting,
						{
							group: ['$lib/state/**', '**/state/**'],
							message: 'browser helpers do not use the rune state'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/state/**', '$lib/browser/**', '**/state/**', '**/browser/**'],
							message: 'the build reads content; it never imports browser code'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The root config files are tooling, not the app: linted for style, not for types.
		files: ['*.js', '*.ts'],
		...ts.configs.disableTypeChecked
	},
	{
		// SvelteKit keeps the service worker out of tsconfig.json: it is typed against the webworker lib.
		files: ['src/service-worker.ts'],
		...ts.configs.disableTypeChecked
	}
);
