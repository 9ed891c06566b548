/**
 * The HTTP part of `npm run bench` (issue 6): starts the production build on the loaded
 * database, measures startup (that database, and a new one), runs the load scenarios with the
 * framework ceiling before and after them, weighs the key pages and runs Lighthouse, then stops
 * the server. The bench's own database handle must be closed before (PGlite: one process).
 */
import type { PageWeight } from './weight';
import type { LighthouseResult } from './lighthouse';
import type { HttpOptions } from './options';
import { SESSIONS, signInMany } from './accounts';
import { notRun, runScenario, type ScenarioResult } from './load';
import { scenarios as allScenarios, type Scenario } from './scenarios';
import { measureNewDatabaseStartup, startServer, waitForIdle, type ServerTarget } from './server';
import type { Targets } from './targets';

export interface HttpReport {
	connections: number;
	durationS: number;
	warmupS: number;
	startup: {
		/** Spawn → /health 200 on the loaded database. */
		existingMs: number;
		/** The same on a new, empty database: migrations and the demo seed, as a first `npm start`. */
		newMs: number | null;
		newRssMb: number | null;
	};
	/** RSS right after startup, at the highest sample of any scenario, and before stopping. */
	rssMb: { idle: number | null; peak: number | null; end: number | null };
	/** The first and last full ceiling runs, and the median of every ceiling run (the short ones before each scenario too). */
	ceiling: { requestsPerSecond: number; first: number; last: number };
	scenarios: ScenarioResult[];
	weight: PageWeight[] | null;
	lighthouse: LighthouseResult[] | null;
	notes: string[];
}

export async function runHttpBench(
	target: ServerTarget,
	kind: 'pglite' | 'postgres',
	adminUrl: string | null,
	targets: Targets,
	options: HttpOptions,
	log: (line: string) => void
): Promise<HttpReport> {
	const notes: string[] = [];
	const list = allScenarios(targets);
	const unknown = (options.scenarios ?? []).filter((name) => !list.some((s) => s.name === name));
	if (unknown.length) throw new Error(`--scenarios: no scenario ${unknown.join(', ')} (there are ${list.map((s) => s.name).join(', ')})`);
	log('startup on a new database (migrations + demo seed)…');
	let fresh: { startupMs: number; rssMb: number | null } | null = null;
	try {
		fresh = await measureNewDatabaseStartup(kind, adminUrl);
		log(`new database: ready in ${fresh.startupMs} ms, RSS ${fresh.rssMb} MB`);
	} catch (error) {
		notes.push(`Startup on a new database failed: ${(error as Error).message}`);
		log(notes.at(-1)!);
	}
	const server = await startServer(target, { label: kind });
	log(`server pid ${server.pid} on ${server.baseUrl}: ready in ${server.startupMs} ms on the loaded database (log ${server.logFile})`);
	const idle = server.rssMb();
	try {
		const cookies = targets.memberEmails.length ? await signInMany(server.baseUrl, targets.memberEmails.slice(0, SESSIONS)) : [];
		if (cookies.length) log(`signed in ${cookies.length} members`);
		// Every page once (first renders compile code, fill caches), then until the server is idle.
		for (const s of list.filter((x) => x.path && x.kind !== 'write')) {
			await fetch(new URL(s.path!, server.baseUrl), {
				headers: s.kind === 'signed-in' && cookies.length ? { cookie: cookies[0] } : {}
			}).then((r) => r.arrayBuffer());
		}
		log(`server idle after ${await waitForIdle(server.pid)} ms`);
		const context = {
			baseUrl: server.baseUrl,
			connections: options.connections,
			duration: options.duration,
			warmup: options.warmup,
			rss: server.rssMb,
			cookies,
			log,
			settle: () => waitForIdle(server.pid, 10_000)
		};

		const wanted = (s: Scenario) => s.kind === 'ceiling' || !options.scenarios || options.scenarios.includes(s.name);
		const ceilingScenario = list.find((s) => s.kind === 'ceiling')!;

		// The machine is shared and its load changes within a run, so every scenario is compared
		// with a short ceiling run just before it; full ceiling runs open and close the series.
		const first = await runScenario(ceilingScenario, context);
		const shortCeiling = { ...context, duration: Math.max(3, Math.round(options.duration / 3)), warmup: 1, log: () => {} };
		const results: ScenarioResult[] = [];
		const ceilings = [first.requestsPerSecond];
		for (const scenario of list.filter((s) => s.kind !== 'ceiling' && wanted(s))) {
			if (!scenario.path) {
				log(`${scenario.name}: missing (${scenario.missing})`);
				results.push(notRun(scenario));
				continue;
			}
			const local = (await runScenario(ceilingScenario, shortCeiling)).requestsPerSecond;
			const result = await runScenario(scenario, context);
			ceilings.push(local);
			result.ceilingRequestsPerSecond = local;
			result.ratio = local ? Math.round((result.requestsPerSecond / local) * 100) / 100 : null;
			results.push(result);
		}
		const last = await runScenario(ceilingScenario, context);
		ceilings.push(last.requestsPerSecond);
		const sorted = [...ceilings].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)];
		// Its row: the first run, before anything else ran, so its RSS is the ceiling's own.
		const ceiling: ScenarioResult = {
			...first,
			note: `first run shown; ${ceilings.length} ceiling runs: ${sorted[0]}–${sorted.at(-1)} req/s, median ${median}; last run ${last.requestsPerSecond} req/s, p99 ${last.latencyMs.p99} ms`
		};
		if (sorted.at(-1)! - sorted[0] > 0.3 * median) {
			notes.push(
				`The ceiling ranged over ${sorted[0]}–${sorted.at(-1)} req/s during the run: the machine's load changed. ` +
					'Each ratio uses the ceiling measured just before its scenario, so the ratios hold better than the absolute figures.'
			);
		}

		// every page measured under load, once (the uncached search is the same page as the cached one)
		const pages = list
			.filter((s) => s.path && s.kind !== 'write' && s.kind !== 'ceiling' && !s.varyCase && wanted(s))
			.map((s) => ({ name: s.name, path: s.path!, cookie: s.kind === 'signed-in' ? cookies[0] : undefined }));
		let weight: PageWeight[] | null = null;
		if (options.weight) {
			try {
				const { measurePageWeights } = await import('./weight');
				weight = await measurePageWeights(server.baseUrl, pages, log);
			} catch (error) {
				notes.push(`Page weight failed: ${(error as Error).message}`);
				log(notes.at(-1)!);
			}
		}
		let lighthouse: LighthouseResult[] | null = null;
		if (options.lighthouse) {
			try {
				const { runLighthouse } = await import('./lighthouse');
				lighthouse = await runLighthouse(
					server.baseUrl,
					pages.filter((p) => !p.cookie),
					log
				);
			} catch (error) {
				notes.push(`Lighthouse failed: ${(error as Error).message}`);
				log(notes.at(-1)!);
			}
		}
		const all = [ceiling, ...results];
		return {
			connections: options.connections,
			durationS: options.duration,
			warmupS: options.warmup,
			startup: { existingMs: server.startupMs, newMs: fresh?.startupMs ?? null, newRssMb: fresh?.rssMb ?? null },
			rssMb: { idle, peak: Math.max(0, ...all.map((r) => r.rssMb.peak ?? 0)) || null, end: server.rssMb() },
			ceiling: { requestsPerSecond: median, first: first.requestsPerSecond, last: last.requestsPerSecond },
			scenarios: all,
			weight,
			lighthouse,
			notes
		};
	} finally {
		await server.stop();
		log(`server stopped`);
	}
}
