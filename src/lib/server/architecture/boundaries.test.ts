/**
 * Proves the architecture rules of eslint.config.js (eslint-rules/architecture.js) catch what
 * DESIGN.md forbids and let through what it allows, by linting small fixtures under fake names
 * inside the real tree: a rule that silently stopped matching would let the borders erode while
 * `npm run lint` stayed green. The real tree itself is checked by `npm run lint` (a CI step).
 *
 * Every "allowed" case is paired with a forbidden twin on the same file name, so a fixture that
 * passed only because its path was ignored or unmatched would fail the test.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
let eslint: ESLint;

beforeAll(() => {
	eslint = new ESLint({ cwd: root });
});

/** The architecture findings for `code` saved as `file`, as "rule: message" lines. */
async function findings(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
	// A fixture that ESLint ignores would pass every "allowed" case: refuse it.
	expect(result.messages.filter((m) => /ignored/i.test(m.message))).toEqual([]);
	expect(result.messages.filter((m) => m.fatal)).toEqual([]);
	return result.messages.filter((m) => m.ruleId?.startsWith('architecture/')).map((m) => `${m.ruleId}: ${m.message}`);
}

const DOMAIN_FILE = 'src/lib/server/knowledge/practices/fixture-bad.ts';
const TEST_FILE = 'src/lib/server/knowledge/practices/fixture-bad.test.ts';
const ROUTE = 'src/routes/[lang=lang]/x/+page.server.ts';
const COMPONENT = 'src/lib/components/knowledge/practices/Fixture.svelte';

describe('domain borders', () => {
	it("refuses another domain's *.queries.ts, relative or through $lib", async () => {
		for (const specifier of ['../../notify/follows/follows.queries', '$lib/server/notify/follows/follows.queries.ts']) {
			const found = await findings(DOMAIN_FILE, `import { x } from '${specifier}';\nexport const y = x;\n`);
			expect(found).toHaveLength(1);
			expect(found[0]).toMatch(/^architecture\/domain-borders: \[domain-borders\] .*notify\/follows's private \*\.queries\.ts/);
		}
	});

	it("refuses another domain's internal service file", async () => {
		const found = await findings(
			DOMAIN_FILE,
			"import { x } from '$lib/server/together/documents/documents.service';\nexport const y = x;\n"
		);
		expect(found).toEqual([
			expect.stringMatching(/^architecture\/domain-borders: .*reaches inside together\/documents.*'\$lib\/server\/together\/documents'/)
		]);
	});

	it("allows another domain's index, named as the folder or as index.ts", async () => {
		for (const specifier of [
			'../../notify/follows',
			'../../notify/follows/index',
			'$lib/server/notify/follows',
			'$lib/server/notify/follows/index.ts'
		]) {
			expect(await findings(DOMAIN_FILE, `import { x } from '${specifier}';\nexport const y = x;\n`)).toEqual([]);
		}
		// Type-only imports cross the same border: through the index, not past it.
		expect(
			await findings(DOMAIN_FILE, "import type { X } from '../../notify/follows/follows.service';\nexport type Y = X;\n")
		).toHaveLength(1);
	});

	it('allows anything inside the same domain', async () => {
		expect(await findings(DOMAIN_FILE, "import { x } from './practices.queries';\nexport const y = x;\n")).toEqual([]);
	});

	it("lets a test import another domain's *.testing.ts and testing/ folders, and nothing else past its index", async () => {
		const helpers =
			"import { a } from '../../acting/events/events.testing';\nimport { b } from '$lib/server/platform/db/testing/test-db';\nexport const c = [a, b];\n";
		expect(await findings(TEST_FILE, helpers)).toEqual([]);
		expect(await findings(DOMAIN_FILE, helpers)).toHaveLength(2);
		expect(await findings(TEST_FILE, "import { x } from '../../notify/follows/follows.queries';\nexport const y = x;\n")).toHaveLength(1);
	});

	it('holds routes and hooks to the index too', async () => {
		const deep = "import { x } from '$lib/server/together/documents/documents.service';\nexport const y = x;\n";
		expect(await findings(ROUTE, deep)).toEqual([expect.stringMatching(/^architecture\/domain-borders: /)]);
		expect(await findings('src/hooks.server.ts', deep)).toEqual([expect.stringMatching(/^architecture\/domain-borders: /)]);
		expect(await findings(ROUTE, "import { x } from '$lib/server/together/documents';\nexport const y = x;\n")).toEqual([]);
	});

	it('refuses an index.ts that re-exports (or imports) a *.queries.ts file', async () => {
		const index = 'src/lib/server/knowledge/practices/index.ts';
		expect(await findings(index, "export { getPractice } from './practices.queries';\n")).toEqual([
			expect.stringMatching(/^architecture\/index-hides-queries: \[index-hides-queries\] /)
		]);
		expect(await findings(index, "export * from './practices.queries';\n")).toHaveLength(1);
		expect(await findings(index, "export { getPractice } from './practices.service';\n")).toEqual([]);
	});
});

describe('the database stays behind the queries (what layers.test.ts checked)', () => {
	it('keeps routes away from the database, its drivers and *.queries.ts', async () => {
		for (const specifier of [
			'$lib/server/platform/db',
			'$lib/server/platform/db/database',
			'../../../lib/server/platform/db/index.ts',
			'kysely',
			'pg',
			'@electric-sql/pglite/node-postgres',
			'$lib/server/knowledge/practices/practices.queries'
		]) {
			const found = await findings(ROUTE, `import { x } from '${specifier}';\nexport const y = x;\n`);
			expect(found, specifier).toContainEqual(expect.stringMatching(/^architecture\/no-database-in-ui: \[no-database-in-ui\] /));
		}
		expect(await findings(ROUTE, "import { x } from '$lib/server/knowledge/practices';\nexport const y = x;\n")).toEqual([]);
	});

	it('keeps components away from the database, even for a type', async () => {
		const component = `<script lang="ts">\n\timport type { Kysely } from 'kysely';\n\tlet { db }: { db: Kysely<unknown> } = $props();\n</script>\n\n<p>{String(db)}</p>\n`;
		expect(await findings(COMPONENT, component)).toEqual([expect.stringMatching(/^architecture\/no-database-in-ui: /)]);
		expect(await findings(COMPONENT, component.replace("from 'kysely'", "from '$lib/server/knowledge/practices'"))).toEqual([]);
	});

	it('lets only queries, SQL fragments, db, seed, app start-up and tests import the driver as a value', async () => {
		const value = "import { sql } from 'kysely';\nexport const y = sql;\n";
		const found = await findings('src/lib/server/knowledge/practices/practices.service.ts', value);
		expect(found).toEqual([expect.stringMatching(/^architecture\/database-only-in-queries: \[database-only-in-queries\] 'kysely'/)]);
		expect(await findings('src/lib/server/shared/fixture.ts', "import pg from 'pg';\nexport const y = pg;\n")).toHaveLength(1);
		for (const file of [
			'src/lib/server/knowledge/practices/practices.queries.ts',
			'src/lib/server/knowledge/practices/practices.sql.ts',
			'src/lib/server/knowledge/practices/fixture.test.ts',
			'src/lib/server/knowledge/practices/practices.testing.ts',
			'src/lib/server/directory/accounts/testing/fixture.ts',
			'src/lib/server/platform/db/fixture.ts',
			'src/lib/server/site/seed/fixture.ts',
			'src/lib/server/site/app/fixture.ts'
		]) {
			expect(await findings(file, value), file).toEqual([]);
		}
	});

	it('allows `import type` from the driver anywhere in the server', async () => {
		const file = 'src/lib/server/knowledge/practices/practices.service.ts';
		expect(await findings(file, "import type { Kysely } from 'kysely';\nexport type Y = Kysely<unknown>;\n")).toEqual([]);
		expect(await findings(file, "import { type Kysely } from 'kysely';\nexport type Y = Kysely<unknown>;\n")).toEqual([]);
		expect(await findings(file, "import { sql, type Kysely } from 'kysely';\nexport type Y = Kysely<typeof sql>;\n")).toHaveLength(1);
	});
});
