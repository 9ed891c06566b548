/**
 * `npm run bench -- --soak`: every scenario's request in turn on each connection (the reads,
 * the signed-in page and a reply: about one request in ten writes) at saturation for
 * `--soak-minutes` (10) after 30 s of warm-up, sampling the server's RSS every 5 s. Passes when
 * no request failed (warm-up included) and RSS is flat: the last minute's mean within 10% of
 * the first minute's. Not run in CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cannon } from './cannon';
import { SESSIONS, signInMany } from './accounts';
import { countErrors, rssSampler } from './load';
import { requestsOf, scenarios } from './scenarios';
import { startServer, type ServerTarget } from './server';
import type { Targets } from './targets';

export interface SoakReport {
	date: string;
	database: string;
	minutes: number;
	connections: number;
	startupMs: number;
	/** The paths each connection requests in turn. */
	mix: string[];
	requests: number;
	requestsPerSecond: number;
	latencyMs: { p50: number; p97_5: number; p99: number; mean: number; max: number };
	/** 4xx, 5xx, timeouts and connection errors (a reply's 303 is its success). */
	errors: number;
	errorDetail: string;
	rss: {
		/** Right after startup, and after the warm-up (when the samples start). */
		startMb: number | null;
		warmMb: number | null;
		samples: { at: number; mb: number }[];
		firstMinuteMb: number;
		lastMinuteMb: number;
		growthPercent: number;
		/** Growth under 10%. */
		flat: boolean;
	};
	passed: boolean;
}

/** Seconds of the mix before the measured soak. */
const WARMUP_S = 30;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export async function runSoak(
	target: ServerTarget,
	where: string,
	targets: Targets,
	options: { minutes: number; connections: number },
	log: (line: string) => void
): Promise<SoakReport> {
	const server = await startServer(target, { label: 'soak' });
	log(`server pid ${server.pid} on ${server.baseUrl}, ready in ${server.startupMs} ms (log ${server.logFile})`);
	try {
		const cookies = targets.memberEmails.length ? await signInMany(server.baseUrl, targets.memberEmails.slice(0, SESSIONS)) : [];
		const mix = scenarios(targets).filter((s) => s.path && s.kind !== 'ceiling');
		for (const s of scenarios(targets).filter((x) => !x.path)) log(`soak: ${s.name} left out (${s.missing})`);
		const requests = mix.flatMap((s) => requestsOf(s, server.baseUrl, cookies));
		// Unmeasured warm-up: the heap grows to its working size in the first seconds of load,
		// which would otherwise count as growth against the first minute.
		const startedRssMb = server.rssMb();
		log(`soak: ${WARMUP_S} s of warm-up`);
		const warm = countErrors(
			await cannon({
				url: server.baseUrl,
				connections: options.connections,
				duration: WARMUP_S,
				requests: mix.flatMap((s) => requestsOf(s, server.baseUrl, cookies))
			}),
			true
		);
		const warmRssMb = server.rssMb();
		const sampler = rssSampler(server.rssMb, 5000);
		const started = performance.now();
		const progress = setInterval(() => {
			const last = sampler.samples.at(-1);
			log(`soak: ${Math.round((performance.now() - started) / 60_000)} of ${options.minutes} min, RSS ${last?.mb ?? '?'} MB`);
		}, 60_000);
		const result = await cannon({ url: server.baseUrl, connections: options.connections, duration: options.minutes * 60, requests }).then(
			(r) => r,
			(error: unknown) => {
				clearInterval(progress);
				sampler.stop();
				throw error;
			}
		);
		clearInterval(progress);
		sampler.stop();
		const measured = countErrors(result, true);
		const errors = measured.errors + warm.errors;
		const detail = [measured.detail, warm.detail && `warm-up: ${warm.detail}`].filter(Boolean).join('; ');
		const totalMs = options.minutes * 60_000;
		const firstMinuteMb = Math.round(mean(sampler.samples.filter((s) => s.at < 60_000).map((s) => s.mb)));
		const lastMinuteMb = Math.round(mean(sampler.samples.filter((s) => s.at >= totalMs - 60_000).map((s) => s.mb)));
		const growthPercent = firstMinuteMb ? Math.round(((lastMinuteMb - firstMinuteMb) / firstMinuteMb) * 1000) / 10 : 0;
		const round = (x: number) => Math.round(x * 10) / 10;
		const report: SoakReport = {
			date: new Date().toISOString(),
			database: where,
			minutes: options.minutes,
			connections: options.connections,
			startupMs: server.startupMs,
			mix: mix.map(
				(s) =>
					`${s.kind === 'write' ? 'POST' : 'GET'} ${s.path}${s.varyCase ? ' (letter case varies)' : ''}${s.kind === 'signed-in' ? ' (signed in)' : ''}`
			),
			requests: result.requests.total,
			requestsPerSecond: Math.round(result.requests.total / result.duration),
			latencyMs: {
				p50: round(result.latency.p50),
				p97_5: round(result.latency.p97_5),
				p99: round(result.latency.p99),
				mean: round(result.latency.mean),
				max: round(result.latency.max)
			},
			errors,
			errorDetail: detail,
			rss: {
				startMb: startedRssMb,
				warmMb: warmRssMb,
				samples: sampler.samples,
				firstMinuteMb,
				lastMinuteMb,
				growthPercent,
				flat: growthPercent < 10
			},
			passed: errors === 0 && growthPercent < 10
		};
		log(
			`soak: ${report.requests} requests, ${report.requestsPerSecond} req/s, errors ${errors}, RSS ${firstMinuteMb} → ${lastMinuteMb} MB (${growthPercent}%)`
		);
		return report;
	} finally {
		await server.stop();
	}
}

export function soakMarkdown(r: SoakReport): string {
	const lines = [
		`### Soak: ${r.minutes} minutes at saturation, ${r.connections} connections (${r.database})`,
		'',
		`${r.date} · **${r.passed ? 'passed' : 'FAILED'}**: errors ${r.errors}${r.errorDetail ? ` (${r.errorDetail})` : ''}, RSS ${r.rss.flat ? 'flat' : 'NOT flat'} (${r.rss.growthPercent}%)`,
		'',
		'| requests | req/s | p50 ms | p97.5 ms | p99 ms | max ms | errors | RSS first minute MB | RSS last minute MB | growth |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		`| ${r.requests.toLocaleString('en')} | ${r.requestsPerSecond.toLocaleString('en')} | ${r.latencyMs.p50} | ${r.latencyMs.p97_5} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.errors} | ${r.rss.firstMinuteMb} | ${r.rss.lastMinuteMb} | ${r.rss.growthPercent}% |`,
		'',
		`RSS ${r.rss.startMb ?? '?'} MB after startup, ${r.rss.warmMb ?? '?'} MB after ${WARMUP_S} s of unmeasured warm-up, when the samples start.`,
		'',
		`Each connection requests in turn: ${r.mix.map((m) => `\`${m}\``).join(', ')}.`,
		'',
		`RSS every minute (MB): ${r.rss.samples
			.filter((s, i) => i === 0 || Math.floor(s.at / 60_000) !== Math.floor(r.rss.samples[i - 1].at / 60_000))
			.map((s) => s.mb)
			.join(', ')}.`
	];
	return lines.join('\n');
}

export function writeSoakReport(report: SoakReport, db: string, out: string): string[] {
	fs.mkdirSync(out, { recursive: true });
	const base = path.join(out, `${db}-soak`);
	fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, '\t')}\n`);
	fs.writeFileSync(`${base}.md`, `${soakMarkdown(report)}\n`);
	return [`${base}.json`, `${base}.md`];
}
