/**
 * For the maintenance scripts: opens and migrates the database exactly as the server does
 * (DATABASE_URL, or PGlite in DATA_DIR). PGlite allows one process per data folder, so when
 * the server holds it the script says so and exits with code 2.
 */
import { config } from '../../src/lib/server/platform/core/config';
import { openDatabase, migrate, type Database } from '../../src/lib/server/platform/db/database';
import { DataDirLockedError } from '../../src/lib/server/platform/db/data-dir-lock';

/** `doing` completes "Cannot … now", e.g. "import" or "change roles". */
export async function openDatabaseForScript(doing: string): Promise<Database> {
	let database: Database;
	try {
		database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
	} catch (error) {
		if (error instanceof DataDirLockedError) {
			console.error(`Cannot ${doing} now: ${error.message}`);
			process.exit(2);
		}
		throw error;
	}
	await migrate(database.db);
	return database;
}

/** Where the script works, for its messages. */
export const databaseLocation = (): string => (config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir);
