/**
 * The benchmark's own database: a NEW PGlite folder, or a throwaway PostgreSQL database created
 * through the admin URL. Either way the real migrations run, as on a fresh install.
 */
import fs from 'node:fs';
import pg from 'pg';
import { sql } from 'kysely';
import { migrate, openDatabase, type Database } from '../../src/lib/server/platform/db/database';
import type { BenchOptions } from '../lib/args';

export interface BenchDatabase {
	database: Database;
	/** Where it lives, for the report. */
	where: string;
	migrateMs: number;
	sizeBytes(): Promise<number>;
	finish(): Promise<void>;
}

export function defaultDataDir(options: BenchOptions): string {
	return options.dataDir ?? `/tmp/hf-bench-${options.seed}-${options.practices}`;
}

function folderSize(dir: string): number {
	let total = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += fs.statSync(`${entry.parentPath}/${entry.name}`).size;
	}
	return total;
}

export async function openBenchDatabase(options: BenchOptions): Promise<BenchDatabase> {
	if (options.db === 'pglite') {
		const dir = defaultDataDir(options);
		if (!options.reuse && fs.existsSync(dir))
			throw new Error(`${dir} exists: delete it for a new run, or pass --reuse to benchmark it again`);
		if (options.reuse && !fs.existsSync(dir)) throw new Error(`${dir} does not exist: run without --reuse first`);
		const database = await openDatabase({ dataDir: dir });
		const started = performance.now();
		await migrate(database.db);
		return {
			database,
			where: dir,
			migrateMs: Math.round(performance.now() - started),
			sizeBytes: async () => folderSize(dir),
			finish: () => database.close()
		};
	}
	const adminUrl = options.databaseUrl!;
	const name = options.pgDatabase ?? `hf_bench_${options.seed}_${options.practices}_${Date.now().toString(36)}`;
	if (!/^[a-z0-9_]+$/.test(name)) throw new Error('--pg-database: lower-case letters, digits and _ only');
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	if (!options.reuse) await admin.query(`create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
	const started = performance.now();
	await migrate(database.db);
	return {
		database,
		where: `PostgreSQL database ${name}`,
		migrateMs: Math.round(performance.now() - started),
		sizeBytes: async () =>
			Number((await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(database.db)).rows[0].size),
		async finish() {
			await database.close();
			if (!options.keep && !options.reuse) await admin.query(`drop database if exists ${name} with (force)`);
			else console.log(`Kept ${name}: rerun with --reuse --pg-database ${name}`);
			await admin.end();
		}
	};
}
