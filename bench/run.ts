/**
 * `npm run bench` — generate a large network, load it into a NEW database (PGlite by default,
 * PostgreSQL with --db postgres and DATABASE_URL), build the search index with the app's own
 * indexer, and time the search service. Results: bench/results/<db>-<practices>.{md,json}.
 * See bench/README.md. The HTTP load scenarios of issue 6 will join here (bench/http/).
 */
import { parseArgs } from './lib/args';
import { openBenchDatabase } from './load/database';
import { loadNetwork } from './load/load';
import { indexEverything } from './load/index-all';
import { benchSearch } from './search/search-bench';
import { machine, markdown, previousReport, writeReport, type RunReport } from './report';

const options = parseArgs(process.argv.slice(2));
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const bench = await openBenchDatabase(options);
log(`database: ${bench.where} (migrations ${bench.migrateMs} ms)`);
const { db } = bench.database;
let exitCode = 0;
try {
	// a rerun on a loaded database keeps the load (and index) figures of the run that made it
	const previous = options.reuse ? previousReport(options) : null;
	const load = options.reuse ? (previous?.load ?? null) : await loadNetwork(db, options, log);
	if (load && !options.reuse) log(`loaded in ${(load.totalMs / 1000).toFixed(1)} s`);
	const index = options.index && (!options.reuse || options.reindex) ? await indexEverything(db, log) : (previous?.index ?? null);
	const search = options.search ? await benchSearch(db, options.queries, options.seed, options.slowMs, log) : null;
	const documents = Number((await db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
	const { databaseUrl: _url, ...shown } = options;
	const report: RunReport = {
		date: new Date().toISOString(),
		machine: machine(),
		options: shown,
		database: { where: bench.where, migrateMs: bench.migrateMs, sizeMb: Math.round((await bench.sizeBytes()) / 1e6), documents },
		load,
		index,
		search,
		notes: [
			...(options.reuse && previous?.load ? [`Load figures from the run that loaded this database (${previous.date}).`] : []),
			...(options.reuse && !options.reindex && previous?.index ? [`Index figures from an earlier run (${previous.date}).`] : [])
		]
	};
	console.log(`\n${markdown(report)}`);
	for (const file of writeReport(report, options.out)) log(`wrote ${file}`);
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await bench.finish();
}
process.exit(exitCode);
