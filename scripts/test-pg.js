// `npm run test:pg`: the unit and integration tests on a real PostgreSQL server instead of
// PGlite. TEST_DATABASE_URL names a database the tests may connect to as an owner that can
// create databases (default postgres://postgres@127.0.0.1:5432/test); the harness in
// src/lib/server/platform/db/testing makes a migrated template there and a throwaway copy per test file.
// Extra arguments go to vitest. Exit code: vitest's.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function answers(connectionString) {
	const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
	try {
		await client.connect();
		const { rows } = await client.query('show server_version');
		return { ok: true, version: rows[0].server_version };
	} catch (error) {
		return { ok: false, error };
	} finally {
		await client.end().catch(() => {});
	}
}

let check = await answers(url);
if (!check.ok && check.error?.code === '3D000') {
	// The server answers but the database is missing: make it, as the README's setup would.
	const name = decodeURIComponent(new URL(url).pathname.slice(1));
	const maintenance = new URL(url);
	maintenance.pathname = '/postgres';
	const admin = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
	try {
		await admin.connect();
		await admin.query(`create database "${name.replace(/"/g, '""')}"`);
		console.log(`test:pg: created the database "${name}"`);
	} catch (error) {
		console.error(`test:pg: the database "${name}" does not exist and could not be created: ${error.message}`);
		process.exit(1);
	} finally {
		await admin.end().catch(() => {});
	}
	check = await answers(url);
}
if (!check.ok) {
	console.error(
		`test:pg: PostgreSQL does not answer at ${shown}: ${check.error?.message || check.error}\n` +
			'Start a PostgreSQL server (15 or newer) or set TEST_DATABASE_URL, e.g.\n' +
			'  TEST_DATABASE_URL=postgres://user:password@host:5432/test npm run test:pg'
	);
	process.exit(1);
}
console.log(`test:pg: PostgreSQL ${check.version} at ${shown}`);

const vitest = spawn(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, TEST_DATABASE_URL: url }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vitest.kill(signal));
vitest.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
