/**
 * Lint for Headframe. Its point is the architecture rules of DESIGN.md ("Architecture"):
 * the borders between domains and the place of the database, checked on every `npm run lint`.
 * The generic rule sets are the recommended ones, loosened below where a rule would only churn
 * an existing codebase; formatting is prettier's job (`npm run format`), not ESLint's.
 */
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import architecture from './eslint-rules/architecture.js';

/** Tests and test helpers: they may set up databases and use other domains' test factories. */
const TESTS = ['**/*.test.ts', '**/*.testing.ts', '**/testing/**'];

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'src/lib/paraglide/', 'bench/results/', 'data/', 'test-results/', 'docs/', 'static/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		// <script lang="ts"> in components needs the TypeScript parser inside svelte's.
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		// Pragmatic for an existing codebase: each of these would force edits without finding bugs.
		rules: {
			// `_`-prefixed names are the codebase's way of saying "unused on purpose".
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// ~340 links: hrefs are built per locale (`/${locale}/...`) and the app has no
			// paths.base, so wrapping each in resolve() would change nothing.
			'svelte/no-navigation-without-resolve': 'off',
			// Every {@html} shows HTML made on the server: markdown-it with html: false, search
			// highlights that escape all but their <mark>, the map's SVG (the *Html/svg fields).
			'svelte/no-at-html-tags': 'off',
			// The flagged regular expressions strip control characters on purpose (validation,
			// file names, iCalendar text).
			'no-control-regex': 'off',
			// It flags URLSearchParams/Map built and thrown away inside a function or $derived
			// (hrefs, grouping), which are not state and need no reactivity.
			'svelte/prefer-svelte-reactivity': 'off',
			// It flags `let x = fallback; try { x = ... }`, where the fallback is read after a catch.
			'no-useless-assignment': 'off',
			// The flagged {' '} keep a space between inline elements that formatting may put on
			// separate lines; the mustache is the point.
			'svelte/no-useless-mustaches': 'off'
		}
	},

	// --- Architecture (DESIGN.md): each rule's message names it and says what to do instead. ---
	{
		plugins: { architecture }
	},
	{
		// (a) Routes and components get DTOs from services, never the database. Their tests may
		// build a test database, so they are left to (c) alone.
		files: ['src/routes/**', 'src/lib/components/**', '**/*.svelte'],
		ignores: TESTS,
		rules: { 'architecture/no-database-in-ui': 'error' }
	},
	{
		// (b) Inside the server only these files import kysely, pg or PGlite as values: the
		// queries, public SQL fragments (*.sql.ts, exported through an index), the database
		// itself, the seed and the app's start-up (which opens the database), and tests.
		files: ['src/lib/server/**'],
		ignores: [
			...TESTS,
			'**/*.queries.ts',
			'**/*.sql.ts',
			'src/lib/server/platform/db/**',
			'src/lib/server/site/seed/**',
			'src/lib/server/site/app/**'
		],
		rules: { 'architecture/database-only-in-queries': 'error' }
	},
	{
		// (c) Everything in src/ (domains, routes, components, hooks) enters a server domain only
		// through its index. scripts/ and bench/ are tools outside the app that drive it from the
		// outside (seeding, importing, measuring): they are linted, but exempt from the borders.
		files: ['src/**'],
		rules: { 'architecture/domain-borders': 'error' }
	},
	{
		files: ['src/lib/server/**/index.ts'],
		rules: { 'architecture/index-hides-queries': 'error' }
	}
);
