import path from 'node:path';
import fs from 'node:fs';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { DB } from './schema';
import { migrations } from './migrations/index';
import { lockDataDir, type DataDirLock } from './data-dir-lock';

export type DbKind = 'pglite' | 'postgres';

export interface Database {
	db: Kysely<DB>;
	kind: DbKind;
	/** Only for PGlite: used to dump test snapshots. */
	pglite?: PGlite;
	close(): Promise<void>;
}

// pg returns bigint (int8) as string; counts and bigserial ids fit a JS number here.
pg.types.setTypeParser(20, (value) => Number(value));

export interface OpenOptions {
	databaseUrl?: string;
	/** Folder for PGlite; locked for this process. */
	dataDir?: string;
	/** A PGlite snapshot (from dumpDataDir) to start from, in memory; used by tests. */
	snapshot?: Blob;
	/** Pool size for PostgreSQL. */
	poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
	if (options.databaseUrl) {
		// a connection attempt that hangs fails after 5 s, so pages answer 503 instead of hanging
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 });
		// A dropped connection must not crash the process; queries fail and are retried later.
		pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
		// A connection dropped while checked out (a server restart mid-request) emits 'error' on
		// its client, which the pool does not listen to: unheard, it would end the process. The
		// query in flight fails instead, and the page answers 503 (hooks.server.ts).
		pool.on('connect', (client) => client.on('error', (error) => console.error('PostgreSQL connection lost:', error.message)));
		const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
		return { db, kind: 'postgres', close: () => db.destroy() };
	}

	let lock: DataDirLock | undefined;
	let pglite: PGlite;
	// Search needs trigram similarity and accent folding; PGlite ships both as loadable contrib.
	const extensions = { pg_trgm, unaccent };
	if (options.snapshot) {
		pglite = await PGlite.create({ loadDataDir: options.snapshot, extensions });
	} else if (options.dataDir) {
		lock = lockDataDir(options.dataDir);
		const pgDir = path.join(options.dataDir, 'pg');
		fs.mkdirSync(pgDir, { recursive: true });
		try {
			pglite = await PGlite.create({ dataDir: pgDir, extensions });
		} catch (error) {
			lock.release();
			throw error;
		}
	} else {
		pglite = await PGlite.create({ extensions });
	}
	// max 1: PGlite has one connection; the pool queues queries and keeps transactions apart.
	const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
	const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
	return {
		db,
		kind: 'pglite',
		pglite,
		async close() {
			await db.destroy();
			await pglite.close();
			lock?.release();
		}
	};
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrate(db: Kysely<DB>): Promise<void> {
	const migrator = new Migrator({ db, provider });
	const { error, results } = await migrator.migrateToLatest();
	for (const result of results ?? []) {
		if (result.status === 'Error') console.error(`Migration ${result.migrationName} failed`);
	}
	if (error) throw error;
}
