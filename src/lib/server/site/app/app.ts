import { config, type Deps } from '../../platform/core';
import { DataDirLockedError, migrate, openDatabase, type Database } from '../../platform/db';
import { createMailWorker, type MailWorker } from '../../platform/mail';
import { createPlatformJobs } from './schedule';
import type { PeriodicRunner } from '../../platform/jobs';
import { seedIfEmpty } from '../seed';
import { sweepUploads } from '../../platform/files';
import { SearchCache, warmUpLemmatizer } from '../../knowledge/search';
import { SummaryCache } from '../../platform/cache';

/**
 * The one running instance of the platform in this process: its database and workers.
 * Opened once in hooks.server.ts `init`, closed on shutdown.
 */
interface Running {
	database: Database;
	deps: Deps;
	mailWorker: MailWorker;
	jobs: PeriodicRunner;
}

let running: Running | undefined;
let ready = false;

export function isReady(): boolean {
	return ready;
}

export function app(): Running {
	if (!running) throw new Error('The platform is not started yet');
	return running;
}

export async function startApp(): Promise<void> {
	const startedAt = Date.now();
	let database: Database;
	try {
		database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
	} catch (error) {
		if (error instanceof DataDirLockedError) {
			console.error(`\nHeadframe cannot start: ${error.message}\n`);
			process.exit(2);
		}
		throw error;
	}
	await migrate(database.db);
	const deps: Deps = { db: database.db, origin: config.origin, searchCache: new SearchCache(), summaryCache: new SummaryCache() };
	await seedIfEmpty(deps, config.seed);
	const mailWorker = createMailWorker(database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom });
	mailWorker.start();
	// Reminders and other periodic work; each job claims its rows, so several processes may run it.
	const jobs = createPlatformJobs(database.db, config.origin);
	jobs.start();
	// Leftovers of a crash mid-upload; in the background, start-up does not wait for disk scans.
	sweepUploads(deps).catch((error) => console.error('Sweeping uploads failed:', error));
	// Load the Polish dictionary now rather than on the first search (a second or so).
	setImmediate(warmUpLemmatizer);
	running = { database, deps, mailWorker, jobs };
	ready = true;
	console.log(`Headframe: ${database.kind} database ready in ${Date.now() - startedAt} ms`);
}

export async function stopApp(): Promise<void> {
	if (!running) return;
	ready = false;
	const { database, mailWorker, jobs } = running;
	running = undefined;
	// Jobs first: a run in progress may still queue mail for the worker.
	await jobs.stop();
	await mailWorker.stop();
	await database.close();
}
