/**
 * The architecture rules of DESIGN.md ("Architecture") as ESLint rules, so the borders between
 * domains are checked on every `npm run lint` instead of written down and hoped for.
 *
 * Why local rules rather than eslint-plugin-boundaries: the rules need an importer's and a
 * target's domain (src/lib/server/<neighbourhood>/<domain>/) plus a few name conventions
 * (*.queries.ts, *.testing.ts, testing/). Resolving '$lib/...' and relative specifiers with
 * node:path gives exactly that in a few lines, needs no import resolver, no generated
 * .svelte-kit/tsconfig.json and no element-type configuration to keep in step with the tree.
 *
 * Which files each rule applies to is decided in eslint.config.js (`files`/`ignores`), so the
 * policy can be read in one place; the rules here only judge import specifiers.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const lib = path.join(root, 'src/lib');
const server = path.join(lib, 'server');

/** The database drivers: bare specifiers, with any subpath ('kysely/helpers/postgres'). */
const DRIVER = /^(kysely|pg|@electric-sql\/pglite)(\/|$)/;
const QUERIES = /\.queries(\.[cm]?[jt]s)?$/;
const TESTING_TARGET = /(^|\/)testing(\/|$)|\.testing(\.[cm]?[jt]s)?$/;
const TEST_FILE = /\.(test|testing)\.[cm]?[jt]s$|[/\\]testing[/\\]/;
const INDEX = /^(index(\.[cm]?[jt]s)?)?$/;

/** The absolute path a '$lib/...' or relative specifier names, or null for a package. */
function resolve(importer, specifier) {
	const bare = specifier.split('?')[0];
	if (bare === '$lib' || bare.startsWith('$lib/')) return path.join(lib, bare.slice(4));
	if (bare.startsWith('.')) return path.resolve(path.dirname(importer), bare);
	return null;
}

const directories = new Map();
function isDirectory(file) {
	if (!directories.has(file)) directories.set(file, fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false);
	return directories.get(file);
}

/**
 * Where a path sits among the domains: `{ domain: 'acting/events', rest: 'events.queries' }`,
 * or null outside src/lib/server/<neighbourhood>/<domain>/. A path of two segments is a domain
 * only when it is the domain's folder ('$lib/server/acting/events'); a file directly in
 * src/lib/server/<something>/ (such as architecture/boundaries.test.ts) belongs to no domain.
 */
function place(file, { target }) {
	const parts = path.relative(server, file).split(path.sep);
	if (parts[0] === '..' || path.isAbsolute(parts[0]) || parts.length < 2) return null;
	if (parts.length === 2 && !(target && isDirectory(file))) return null;
	return { domain: `${parts[0]}/${parts[1]}`, rest: parts.slice(2).join('/') };
}

const display = (file) => path.relative(root, file).split(path.sep).join('/');

/** Calls check(specifier, node, typeOnly) for every import, re-export and dynamic import. */
function onImports(check) {
	const literal = (node) =>
		node?.type === 'Literal' && typeof node.value === 'string'
			? node.value
			: node?.type === 'TemplateLiteral' && node.expressions.length === 0
				? node.quasis[0].value.cooked
				: null;
	const declaration = (node) => {
		if (!node.source) return;
		const specifiers = node.specifiers ?? [];
		const typeOnly =
			node.importKind === 'type' ||
			node.exportKind === 'type' ||
			(specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
		check(node.source.value, node, typeOnly);
	};
	return {
		ImportDeclaration: declaration,
		ExportNamedDeclaration: declaration,
		ExportAllDeclaration: declaration,
		ImportExpression(node) {
			const specifier = literal(node.source);
			if (specifier !== null) check(specifier, node, false);
		},
		// `import('../x').Type` in a type position.
		TSImportType(node) {
			const specifier = literal(node.argument?.literal ?? node.argument) ?? literal(node.source);
			if (specifier !== null) check(specifier, node, true);
		},
		TSImportEqualsDeclaration(node) {
			if (node.moduleReference.type === 'TSExternalModuleReference')
				check(node.moduleReference.expression.value, node, node.importKind === 'type');
		}
	};
}

/** (a) Routes and components never reach the database, not even for a type. */
const noDatabaseInUi = {
	meta: {
		type: 'problem',
		docs: { description: 'Routes and components do not import the database, its drivers or *.queries.ts files' },
		schema: [],
		messages: {
			database:
				"[no-database-in-ui] '{{specifier}}' is the database. Routes and components call a domain's service through its index (e.g. '$lib/server/knowledge/practices') and receive DTOs, never rows or a query builder; a type they need (a status, a role) is re-exported by the owning domain's index."
		}
	},
	create(context) {
		return onImports((specifier, node) => {
			const target = resolve(context.filename, specifier);
			const database = target
				? QUERIES.test(target) ||
					target === path.join(server, 'platform/db') ||
					target.startsWith(path.join(server, 'platform/db') + path.sep)
				: DRIVER.test(specifier);
			if (database) context.report({ node, messageId: 'database', data: { specifier } });
		});
	}
};

/** (b) Inside src/lib/server only queries (and the few files eslint.config.js lists) use the driver. */
const databaseOnlyInQueries = {
	meta: {
		type: 'problem',
		docs: { description: 'Only *.queries.ts (and db, seeds, app start-up, tests) import kysely, pg or PGlite as values' },
		schema: [],
		messages: {
			driver:
				"[database-only-in-queries] '{{specifier}}' is imported as a value here. Move the SQL into the domain's *.queries.ts (or a *.sql.ts fragment the domain exports through its index); `import type` is fine."
		}
	},
	create(context) {
		return onImports((specifier, node, typeOnly) => {
			if (!typeOnly && DRIVER.test(specifier)) context.report({ node, messageId: 'driver', data: { specifier } });
		});
	}
};

/** (c) One domain enters another only through its index; tests may also use its test helpers. */
const domainBorders = {
	meta: {
		type: 'problem',
		docs: { description: 'Another server domain is imported only through its index.ts (tests: also its *.testing.ts and testing/)' },
		schema: [],
		messages: {
			queries:
				"[domain-borders] '{{specifier}}' is {{domain}}'s private *.queries.ts. Import {{domain}} through its index ('$lib/server/{{domain}}') and ask it for a service, or for a *.sql.ts fragment it exports there.",
			internal:
				"[domain-borders] '{{specifier}}' reaches inside {{domain}}. Import it through its index ('$lib/server/{{domain}}'), exporting what you need from {{domain}}/index.ts{{tests}}."
		}
	},
	create(context) {
		const importer = context.filename;
		const from = place(importer, { target: false });
		const test = TEST_FILE.test(importer);
		return onImports((specifier, node) => {
			const target = resolve(importer, specifier);
			if (!target) return;
			const to = place(target, { target: true });
			if (!to || to.domain === from?.domain || INDEX.test(to.rest)) return;
			if (test && TESTING_TARGET.test(to.rest)) return;
			const data = {
				specifier,
				domain: to.domain,
				tests: test ? ' (a test may also import its *.testing.ts files and testing/ folders)' : ''
			};
			context.report({ node, messageId: QUERIES.test(to.rest) ? 'queries' : 'internal', data });
		});
	}
};

/** (c) An index.ts is the domain's public face: its queries never show through it. */
const indexHidesQueries = {
	meta: {
		type: 'problem',
		docs: { description: 'A domain index.ts neither re-exports nor imports a *.queries.ts file' },
		schema: [],
		messages: {
			queries:
				"[index-hides-queries] {{index}} exposes '{{specifier}}'. Queries are private to their domain: export a service that calls them (or a *.sql.ts fragment) instead."
		}
	},
	create(context) {
		return onImports((specifier, node) => {
			const target = resolve(context.filename, specifier);
			if (target && QUERIES.test(target))
				context.report({ node, messageId: 'queries', data: { specifier, index: display(context.filename) } });
		});
	}
};

export default {
	meta: { name: 'architecture' },
	rules: {
		'no-database-in-ui': noDatabaseInUi,
		'database-only-in-queries': databaseOnlyInQueries,
		'domain-borders': domainBorders,
		'index-hides-queries': indexHidesQueries
	}
};
