/** Writes a run's figures as JSON and as a Markdown table to bench/results/. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadReport } from './load/load';
import type { IndexReport } from './load/index-all';
import type { SearchReport } from './search/search-bench';
import type { BenchOptions } from './lib/args';

export interface RunReport {
	date: string;
	machine: { cpus: number; cpu: string; memoryGb: number; node: string; loadAverage: number[] };
	options: Omit<BenchOptions, 'databaseUrl'>;
	database: { where: string; migrateMs: number; sizeMb: number | null; documents: number | null };
	load: LoadReport | null;
	index: IndexReport[] | null;
	search: SearchReport | null;
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
	lines.push(`### ${o.db === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${o.practices.toLocaleString('en')} practices, ${o.cities.toLocaleString('en')} cities, ${o.organisations.toLocaleString('en')} organisations, ${o.people.toLocaleString('en')} people (seed ${o.seed})`);
	lines.push('');
	for (const note of report.notes ?? []) lines.push(`> ${note}`, '');
	lines.push(`${report.date} · ${report.machine.cpus} × ${report.machine.cpu} · ${report.machine.memoryGb} GB · Node ${report.machine.node} · load average at the end ${report.machine.loadAverage.join(' / ')}`);
	lines.push('');
	if (report.load) {
		lines.push('| load step | rows | seconds | rows/s |', '| --- | ---: | ---: | ---: |');
		lines.push(`| generate (in memory, included below) | | ${s(report.load.generateMs)} | |`);
		for (const t of report.load.tables) lines.push(`| ${t.table} | ${t.rows.toLocaleString('en')} | ${s(t.ms)} | ${t.ms > 0 && t.rows ? Math.round((t.rows / t.ms) * 1000).toLocaleString('en') : ''} |`);
		lines.push(`| **total load** (migrations ${s(report.database.migrateMs)} s apart) | | **${s(report.load.totalMs)}** | |`);
		lines.push('');
	}
	if (report.index) {
		lines.push('| search index | sources | seconds | per second | how |', '| --- | ---: | ---: | ---: | --- |');
		for (const t of report.index) lines.push(`| ${t.type} | ${t.sources.toLocaleString('en')} | ${s(t.ms)} | ${t.ms ? Math.round((t.sources / t.ms) * 1000).toLocaleString('en') : ''} | ${t.mode} |`);
		lines.push(`| **total** | | **${s(report.index.reduce((a, t) => a + t.ms, 0))}** | | |`);
		lines.push('');
	}
	if (report.database.sizeMb !== null) lines.push(`Database size after the run: ${report.database.sizeMb.toLocaleString('en')} MB; ${report.database.documents?.toLocaleString('en') ?? '?'} search documents.`, '');
	if (report.search) {
		lines.push(`Search (${report.search.queries} queries, in-process service calls, visitor and member alternating):`, '');
		lines.push('| queries | n | p50 ms | p95 ms | p99 ms | mean ms | max ms | mean results | examples |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
		const row = (name: string, x: SearchReport['overall'], examples = '') => `| ${name} | ${x.n} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.mean} | ${x.max} | ${x.meanTotal.toLocaleString('en')} | ${examples} |`;
		for (const [name, x] of Object.entries(report.search.byCategory)) lines.push(row(name, x, x.examples.map((e) => `\`${e}\``).join(', ')));
		lines.push(row('**all timed**', report.search.overall));
		for (const x of report.search.skipped) lines.push(`| ${x.category} | 1 | **${x.ms}** (one query, too slow to repeat) | | | | | | \`${x.term}\` |`);
		lines.push('');
	}
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
