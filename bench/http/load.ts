/**
 * Runs the scenarios with autocannon against the running server: a short unmeasured warm-up,
 * then `duration` seconds at `connections` concurrent connections, sampling the server's RSS
 * meanwhile. Reads count every non-2xx answer as an error; the write scenario counts 4xx and
 * 5xx (its success is a 303 back to the thread); timeouts and connection errors count always.
 */
import { cannon, type CannonResult } from './cannon';
import { requestsOf, type Scenario } from './scenarios';

export interface ScenarioResult {
	name: string;
	title: string;
	kind: Scenario['kind'];
	path: string | null;
	note?: string;
	/** Set when the scenario did not run: its target is not in the database. */
	missing?: string;
	requests: number;
	requestsPerSecond: number;
	latencyMs: { p50: number; p97_5: number; p99: number; mean: number; max: number };
	errors: number;
	/** Status codes and failures behind `errors`, e.g. "500 × 3, timeouts × 1". */
	errorDetail: string;
	/** Mean response size in KB as sent (headers included, not compressed: autocannon asks for no encoding). */
	kbPerResponse: number;
	rssMb: { before: number | null; peak: number | null; after: number | null };
	/** The framework ceiling's requests/s measured just before this scenario (a short run). */
	ceilingRequestsPerSecond?: number;
	/** requests/s divided by that ceiling's; null for the ceiling itself. */
	ratio: number | null;
}

export interface LoadContext {
	baseUrl: string;
	connections: number;
	duration: number;
	warmup: number;
	/** The server's RSS now, in MB. */
	rss(): number | null;
	/** Session cookies of signed-in members (signed-in and write scenarios). */
	cookies: string[];
	/** Resolves when the server has finished what the previous scenario left it (mail, jobs, GC). */
	settle?: () => Promise<unknown>;
	log(line: string): void;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Errors of a run: non-2xx (or, for writes, 4xx/5xx) answers, timeouts and connection errors. */
export function countErrors(result: CannonResult, write: boolean): { errors: number; detail: string } {
	const bad = Object.entries(result.statusCodeStats).filter(([code]) =>
		write ? Number(code) >= 400 || Number(code) < 200 : Number(code) < 200 || Number(code) >= 300
	);
	const parts = bad.map(([code, { count }]) => `${code} × ${count}`);
	if (result.timeouts) parts.push(`timeouts × ${result.timeouts}`);
	const connection = result.errors - result.timeouts;
	if (connection) parts.push(`connection errors × ${connection}`);
	return { errors: bad.reduce((a, [, { count }]) => a + count, 0) + result.errors, detail: parts.join(', ') };
}

/** Samples RSS every `everyMs` while it runs; peak and the samples. */
export function rssSampler(rss: () => number | null, everyMs: number) {
	const samples: { at: number; mb: number }[] = [];
	const started = performance.now();
	let peak: number | null = null;
	const sample = () => {
		const mb = rss();
		if (mb === null) return;
		samples.push({ at: Math.round(performance.now() - started), mb });
		peak = Math.max(peak ?? 0, mb);
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		samples,
		stop(): number | null {
			clearInterval(timer);
			sample();
			return peak;
		}
	};
}

export function notRun(scenario: Scenario): ScenarioResult {
	return {
		name: scenario.name,
		title: scenario.title,
		kind: scenario.kind,
		path: scenario.path,
		note: scenario.note,
		missing: scenario.missing,
		requests: 0,
		requestsPerSecond: 0,
		latencyMs: { p50: 0, p97_5: 0, p99: 0, mean: 0, max: 0 },
		errors: 0,
		errorDetail: '',
		kbPerResponse: 0,
		rssMb: { before: null, peak: null, after: null },
		ratio: null
	};
}

export async function runScenario(scenario: Scenario, context: LoadContext): Promise<ScenarioResult> {
	if (!scenario.path) return notRun(scenario);
	const { baseUrl, connections } = context;
	const requests = () => requestsOf(scenario, baseUrl, context.cookies);
	await context.settle?.();
	const before = context.rss();
	const sampler = rssSampler(context.rss, 250);
	if (context.warmup > 0) await cannon({ url: baseUrl, connections, duration: context.warmup, requests: requests() });
	const result = await cannon({ url: baseUrl, connections, duration: context.duration, requests: requests() });
	const peak = sampler.stop();
	const { errors, detail } = countErrors(result, scenario.kind === 'write');
	const total = result.requests.total;
	const summary: ScenarioResult = {
		...notRun(scenario),
		requests: total,
		requestsPerSecond: round(total / result.duration, 0),
		latencyMs: {
			p50: round(result.latency.p50),
			p97_5: round(result.latency.p97_5),
			p99: round(result.latency.p99),
			mean: round(result.latency.mean),
			max: round(result.latency.max)
		},
		errors,
		errorDetail: detail,
		kbPerResponse: total ? round(result.throughput.total / total / 1024) : 0,
		rssMb: { before, peak, after: context.rss() }
	};
	context.log(
		`${scenario.name}: ${summary.requestsPerSecond} req/s, p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, errors ${errors}${detail ? ` (${detail})` : ''}, RSS ${summary.rssMb.before}→${summary.rssMb.peak} MB`
	);
	return summary;
}
