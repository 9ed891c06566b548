/**
 * `npm run reindex`
 *
 * Rebuilds every search document (practices, organisations, people, cities) from the tables,
 * e.g. after an upgrade that changes how text is analysed. Opens the database the way the
 * server does (DATABASE_URL, or PGlite in DATA_DIR), so with PGlite the server must be stopped
 * first: one process per data folder. On PostgreSQL it may run beside the server: documents
 * are replaced one by one and search keeps answering meanwhile.
 */
import { databaseLocation, openDatabaseForScript } from './lib/open-database';
import { reindexAll } from '../src/lib/server/knowledge/search/search.indexer';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
	console.log('Usage: npm run reindex\nRebuilds the search index of the database in DATABASE_URL or DATA_DIR.');
	process.exit(0);
}

const database = await openDatabaseForScript('reindex');

let exitCode = 0;
try {
	console.log(`Rebuilding the search index in ${databaseLocation()}…`);
	const report = await reindexAll(database.db, (type, done) => console.log(`  ${type}: ${done} read`));
	const { counts } = report;
	console.log(
		`Indexed ${counts.practice} practices, ${counts.organisation} organisations, ${counts.person} people, ${counts.city} cities, ` +
			`${counts.event} events, ${counts.call} funding calls, ${counts.project} projects and ${counts.challenge} challenges` +
			` in ${(report.milliseconds / 1000).toFixed(1)} s` +
			(report.removed ? `; removed ${report.removed} documents of deleted rows.` : '.')
	);
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await database.close();
}
process.exit(exitCode);
