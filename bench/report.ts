/** Writes a run's figures as JSON and as a Markdown table to bench/results/. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadReport } from './load/load';
import type { IndexReport } from './load/index-all';
import type { SearchReport } from './search/search-bench';
import type { BenchOptions } from './lib/args';
import type { HttpReport } from './http/http-bench';
import { markdownPageWeights } from './http/weight';
import { markdownLighthouse } from './http/lighthouse';

export interface RunReport {
	date: string;
	machine: { cpus: number; cpu: string; memoryGb: number; node: string; loadAverage: number[] };
	options: Omit<BenchOptions, 'databaseUrl'>;
	database: { where: string; migrateMs: number; sizeMb: number | null; documents: number | null };
	load: LoadReport | null;
	index: IndexReport[] | null;
	search: SearchReport | null;
	/** The production server on this database under load (bench/http/); null with --no-http. Optional: older result files lack it. */
	http?: HttpReport | null;
	/** Remarks, e.g. that load figures come from an earlier run on the same database. */
	notes?: string[];
}

export function machine(): RunReport['machine'] {
	return {
		cpus: os.cpus().length,
		cpu: os.cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(os.totalmem() / 1e9),
		node: process.version,
		loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10)
	};
}

const s = (ms: number) => (ms / 1000).toFixed(1);

export function markdown(report: RunReport): string {
	const lines: string[] = [];
	const { options: o } = report;
	lines.push(
		`### ${o.db === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${o.practices.toLocaleString('en')} practices, ${o.cities.toLocaleString('en')} cities, ${o.organisations.toLocaleString('en')} organisations, ${o.people.toLocaleString('en')} people (seed ${o.seed})`
	);
	lines.push('');
	for (const note of report.notes ?? []) lines.push(`> ${note}`, '');
	lines.push(
		`${report.date} · ${report.machine.cpus} × ${report.machine.cpu} · ${report.machine.memoryGb} GB · Node ${report.machine.node} · load average at the end ${report.machine.loadAverage.join(' / ')}`
	);
	lines.push('');
	if (report.load) {
		lines.push('| load step | rows | seconds | rows/s |', '| --- | ---: | ---: | ---: |');
		lines.push(`| generate (in memory, included below) | | ${s(report.load.generateMs)} | |`);
		for (const t of report.load.tables)
			lines.push(
				`| ${t.table} | ${t.rows.toLocaleString('en')} | ${s(t.ms)} | ${t.ms > 0 && t.rows ? Math.round((t.rows / t.ms) * 1000).toLocaleString('en') : ''} |`
			);
		lines.push(`| **total load** (migrations ${s(report.database.migrateMs)} s apart) | | **${s(report.load.totalMs)}** | |`);
		lines.push('');
	}
	if (report.index) {
		lines.push('| search index | sources | seconds | per second | how |', '| --- | ---: | ---: | ---: | --- |');
		for (const t of report.index)
			lines.push(
				`| ${t.type} | ${t.sources.toLocaleString('en')} | ${s(t.ms)} | ${t.ms ? Math.round((t.sources / t.ms) * 1000).toLocaleString('en') : ''} | ${t.mode} |`
			);
		lines.push(`| **total** | | **${s(report.index.reduce((a, t) => a + t.ms, 0))}** | | |`);
		lines.push('');
	}
	if (report.database.sizeMb !== null)
		lines.push(
			`Database size after the run: ${report.database.sizeMb.toLocaleString('en')} MB; ${report.database.documents?.toLocaleString('en') ?? '?'} search documents.`,
			''
		);
	if (report.search) {
		lines.push(`Search (${report.search.queries} queries, in-process service calls, visitor and member alternating):`, '');
		lines.push(
			'| queries | n | p50 ms | p95 ms | p99 ms | mean ms | max ms | mean results | examples |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
		);
		const row = (name: string, x: SearchReport['overall'], examples = '') =>
			`| ${name} | ${x.n} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.mean} | ${x.max} | ${x.meanTotal.toLocaleString('en')} | ${examples} |`;
		for (const [name, x] of Object.entries(report.search.byCategory))
			lines.push(row(name, x, x.examples.map((e) => `\`${e}\``).join(', ')));
		lines.push(row('**all timed**', report.search.overall));
		for (const x of report.search.skipped)
			lines.push(`| ${x.category} | 1 | **${x.ms}** (one query, too slow to repeat) | | | | | | \`${x.term}\` |`);
		lines.push('');
	}
	if (report.http) lines.push(httpMarkdown(report.http));
	return lines.join('\n');
}

const n = (x: number | null) => (x === null ? '–' : x.toLocaleString('en'));

function httpMarkdown(h: HttpReport): string {
	const lines: string[] = [];
	lines.push(
		`HTTP: the production build (\`node build/index.js\`) on this database, autocannon with ${h.connections} connections, ${h.durationS} s per scenario after ${h.warmupS} s of warm-up. ` +
			`The framework ceiling ran first (${n(h.ceiling.first)} req/s), for a third of that time before every scenario, and last (${n(h.ceiling.last)} req/s); ` +
			'each ratio is to the ceiling run just before its scenario.',
		''
	);
	lines.push(
		`Startup (spawn → \`/health\` 200): **${n(h.startup.existingMs)} ms** on this database, ${n(h.startup.newMs)} ms on a new one (migrations + demo seed). ` +
			`Server RSS: ${n(h.rssMb.idle)} MB after startup, **${n(h.rssMb.peak)} MB** at the peak, ${n(h.rssMb.end)} MB at the end${h.startup.newRssMb !== null ? ` (${n(h.startup.newRssMb)} MB on the new database just started)` : ''}.`,
		''
	);
	lines.push(
		'| scenario | path | req/s | × ceiling | (ceiling req/s) | p50 ms | p97.5 ms | p99 ms | mean ms | errors | KB/response | RSS before / peak / after MB | note |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |'
	);
	for (const r of h.scenarios) {
		if (r.missing) {
			lines.push(`| ${r.name} | | | | | | | | | | | | **missing**: ${r.missing} |`);
			continue;
		}
		const l = r.latencyMs;
		lines.push(
			`| ${r.kind === 'ceiling' ? '**ceiling**' : r.name} | \`${r.path}\` | ${n(r.requestsPerSecond)} | ${r.ratio === null ? '' : r.ratio.toFixed(2)} | ${r.ceilingRequestsPerSecond === undefined ? '' : n(r.ceilingRequestsPerSecond)} | ${l.p50} | ${l.p97_5} | ${l.p99} | ${l.mean} | ` +
				`${r.errors}${r.errorDetail ? ` (${r.errorDetail})` : ''} | ${r.kbPerResponse} | ${n(r.rssMb.before)} / ${n(r.rssMb.peak)} / ${n(r.rssMb.after)} | ${r.note ?? ''} |`
		);
	}
	lines.push(
		'',
		'Errors: non-2xx answers of reads, 4xx/5xx of the write (its success is a 303 back to the thread), timeouts (10 s) and connection errors. ' +
			"KB/response: as sent uncompressed, headers included. The write scenario posts replies as signed-in members through the thread's form action.",
		''
	);
	if (h.weight) lines.push('Page weight (first visit, Chromium):', '', markdownPageWeights(h.weight), '');
	if (h.lighthouse) lines.push('Lighthouse:', '', markdownLighthouse(h.lighthouse), '');
	for (const note of h.notes) lines.push(`> ${note}`, '');
	return lines.join('\n');
}

const baseName = (options: Pick<BenchOptions, 'db' | 'practices' | 'out'>) => path.join(options.out, `${options.db}-${options.practices}`);

/** The report of the run that loaded this database, if it was written here. */
export function previousReport(options: BenchOptions): RunReport | null {
	try {
		return JSON.parse(fs.readFileSync(`${baseName(options)}.json`, 'utf8')) as RunReport;
	} catch {
		return null;
	}
}

export function writeReport(report: RunReport, out: string): string[] {
	fs.mkdirSync(out, { recursive: true });
	const base = baseName({ ...report.options, out });
	fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, '\t')}\n`);
	fs.writeFileSync(`${base}.md`, `${markdown(report)}\n`);
	return [`${base}.json`, `${base}.md`];
}
