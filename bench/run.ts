/**
 * `npm run bench` — generate a large network, load it into a NEW database (PGlite by default,
 * PostgreSQL with --db postgres and DATABASE_URL), build the search index with the app's own
 * indexer, time the search service, then start the production server on that database and run
 * the HTTP scenarios, page weight and Lighthouse (bench/http/). Results:
 * bench/results/<db>-<practices>.{md,json}; `--soak` writes bench/results/<db>-soak.{md,json}.
 * See bench/README.md.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { parseArgs } from './lib/args';
import { defaultDataDir, openBenchDatabase } from './load/database';
import { loadNetwork } from './load/load';
import { indexEverything } from './load/index-all';
import { benchSearch } from './search/search-bench';
import { splitHttpArgs } from './http/options';
import { ensureBuild, type ServerTarget } from './http/server';
import { findTargets } from './http/targets';
import { SESSIONS } from './http/accounts';
import { runHttpBench } from './http/http-bench';
import { runSoak, writeSoakReport } from './http/soak';
import { machine, markdown, previousReport, writeReport, type RunReport } from './report';

const { http: httpOptions, rest } = splitHttpArgs(process.argv.slice(2));
const options = parseArgs(rest);
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const serving = httpOptions.http || httpOptions.soak;

// First, so a broken build stops the run before an hour of loading.
if (serving) ensureBuild(log);
const bench = await openBenchDatabase(options);
log(`database: ${bench.where} (migrations ${bench.migrateMs} ms)`);
const { db } = bench.database;
// PGlite allows one process per data folder: the bench's handle is closed before the server opens it.
let closedForServer = false;
let exitCode = 0;

/** Where the server finds this database; for PGlite, closes the bench's own handle first. */
async function handOver(): Promise<ServerTarget> {
	if (options.db === 'pglite') {
		await bench.database.close();
		closedForServer = true;
		return { dataDir: path.resolve(defaultDataDir(options)) };
	}
	const name = (await sql<{ name: string }>`select current_database() as name`.execute(db)).rows[0].name;
	const url = new URL(options.databaseUrl!);
	url.pathname = `/${name}`;
	return { databaseUrl: url.toString() };
}

try {
	// a rerun on a loaded database keeps the load (and index) figures of the run that made it
	const previous = options.reuse ? previousReport(options) : null;
	const load = options.reuse ? (previous?.load ?? null) : await loadNetwork(db, options, log);
	if (load && !options.reuse) log(`loaded in ${(load.totalMs / 1000).toFixed(1)} s`);
	const index = options.index && (!options.reuse || options.reindex) ? await indexEverything(db, log) : (previous?.index ?? null);
	if (httpOptions.soak) {
		const targets = await findTargets(db, SESSIONS);
		const soak = await runSoak(
			await handOver(),
			bench.where,
			targets,
			{ minutes: httpOptions.soakMinutes, connections: httpOptions.connections },
			log
		);
		for (const file of writeSoakReport(soak, options.db, options.out)) log(`wrote ${file}`);
		if (!soak.passed) exitCode = 1;
	} else {
		const search = options.search ? await benchSearch(db, options.queries, options.seed, options.slowMs, log) : null;
		const documents = Number(
			(
				await db
					.selectFrom('search_documents')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirst()
			)?.n ?? 0
		);
		const sizeMb = Math.round((await bench.sizeBytes()) / 1e6);
		let http: RunReport['http'] = null;
		if (httpOptions.http) {
			const targets = await findTargets(db, SESSIONS);
			http = await runHttpBench(await handOver(), options.db, options.databaseUrl, targets, httpOptions, log);
		}
		const { databaseUrl: _url, ...shown } = options;
		const report: RunReport = {
			date: new Date().toISOString(),
			machine: machine(),
			options: shown,
			database: { where: bench.where, migrateMs: bench.migrateMs, sizeMb, documents },
			load,
			index,
			search,
			http,
			notes: [
				...(options.reuse && previous?.load ? [`Load figures from the run that loaded this database (${previous.date}).`] : []),
				...(options.reuse && !options.reindex && previous?.index ? [`Index figures from an earlier run (${previous.date}).`] : [])
			]
		};
		console.log(`\n${markdown(report)}`);
		for (const file of writeReport(report, options.out)) log(`wrote ${file}`);
	}
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	if (!closedForServer) await bench.finish();
}
process.exit(exitCode);
