import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../database';
import type { DB } from '../schema';
import type { Deps } from '../../core';
import { withDatabase } from './global-setup';

export interface TestDatabase {
	db: Kysely<DB>;
	deps: Deps;
	kind: Database['kind'];
}

export const TEST_ORIGIN = 'http://localhost:3999';

/**
 * A fresh migrated database for this test file: call at the top level of the file and use
 * the returned object's fields inside tests (they are set before the first test runs).
 */
export function useTestDatabase(): TestDatabase {
	const handle = {} as TestDatabase;
	let database: Database;
	let cleanup = async () => {};

	beforeAll(async () => {
		const template = inject('pgTemplate');
		const url = process.env.TEST_DATABASE_URL;
		if (template && url) {
			const name = `hf_test_${randomBytes(6).toString('hex')}`;
			const admin = new pg.Client({ connectionString: url });
			await admin.connect();
			await admin.query(`create database ${name} template ${template}`);
			database = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 5 });
			cleanup = async () => {
				await admin.query(`drop database if exists ${name} with (force)`);
				await admin.end();
			};
		} else {
			const snapshot = new Blob([fs.readFileSync(inject('pgliteSnapshotPath'))]);
			database = await openDatabase({ snapshot });
		}
		handle.db = database.db;
		handle.kind = database.kind;
		handle.deps = { db: database.db, origin: TEST_ORIGIN };
	});

	afterAll(async () => {
		await database?.close();
		await cleanup();
	});

	return handle;
}
