/**
 * Lighthouse (issue 6): performance and accessibility of each key page with Lighthouse's default
 * config, that is a mobile phone with simulated slow 4G and a 4× slower CPU. One Chromium,
 * started by chrome-launcher, serves every page; the pages run one after another because the
 * 2-core machine would otherwise skew the timings (Lighthouse clears the cache before each run).
 */
import type { Flags, Result } from 'lighthouse';
import { chromePath, HEADLESS_FLAGS } from './chromium';

export interface LighthouseMetrics {
	/** First Contentful Paint, Largest Contentful Paint, Total Blocking Time, Speed Index: ms. */
	fcpMs: number | null;
	lcpMs: number | null;
	tbtMs: number | null;
	/** Cumulative Layout Shift (unitless). */
	cls: number | null;
	speedIndexMs: number | null;
}

export interface AuditFinding {
	id: string;
	title: string;
	displayValue?: string;
	/** 0–1, as Lighthouse scores the audit. */
	score: number | null;
	/** The elements (accessibility) or resources (performance) the audit points at, a few at most. */
	items: string[];
}

export interface LighthouseResult {
	name: string;
	path: string;
	url: string;
	/** 0–100, or null when Lighthouse could not score the page (see `error`). */
	performance: number | null;
	accessibility: number | null;
	metrics: LighthouseMetrics;
	/** Ids of the accessibility audits the page fails; empty at 100. */
	failingAccessibility: string[];
	accessibilityFailures: AuditFinding[];
	/** Performance audits and insights scoring below 0.9, worst first: where the time goes. */
	performanceIssues: AuditFinding[];
	/** Lighthouse's runtime error or run warnings, or why the run failed. */
	error?: string;
	warnings: string[];
}

export interface LighthousePage {
	name: string;
	path: string;
}

const SCORED = new Set(['binary', 'numeric', 'metricSavings']);
const MAX_ITEMS = 5;

function score(category: { score: number | null } | undefined): number | null {
	return category?.score == null ? null : Math.round(category.score * 100);
}

function numeric(lhr: Result, id: string): number | null {
	const value = lhr.audits[id]?.numericValue;
	return typeof value === 'number' ? value : null;
}

/** A few readable pointers from an audit's details: element selectors or snippets, or URLs. */
function itemsOf(audit: Result['audits'][string]): string[] {
	const details = audit.details as { items?: unknown[] } | undefined;
	if (!details || !Array.isArray(details.items)) return [];
	const out: string[] = [];
	for (const raw of details.items.slice(0, MAX_ITEMS)) {
		const item = raw as Record<string, unknown>;
		const node = item.node as { selector?: string; snippet?: string; explanation?: string } | undefined;
		if (node) {
			out.push([node.selector, node.snippet].filter(Boolean).join(' '));
		} else if (typeof item.url === 'string') {
			const extra = typeof item.wastedBytes === 'number' ? ` (${Math.round(item.wastedBytes / 1024)} KB could be saved)` : '';
			out.push(item.url + extra);
		}
	}
	return out.filter(Boolean);
}

function finding(lhr: Result, id: string): AuditFinding {
	const audit = lhr.audits[id];
	return { id, title: audit.title, displayValue: audit.displayValue, score: audit.score, items: itemsOf(audit) };
}

/** What the benchmark keeps of a Lighthouse report. Exported for tests on a saved report. */
export function summariseReport(page: LighthousePage, lhr: Result): LighthouseResult {
	const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
	const failingAccessibility = a11yRefs
		.map((ref) => lhr.audits[ref.id])
		.filter((audit) => audit && SCORED.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1)
		.map((audit) => audit.id);
	const perfRefs = lhr.categories.performance?.auditRefs ?? [];
	const performanceIssues = perfRefs
		.map((ref) => lhr.audits[ref.id])
		.filter((audit) => audit && SCORED.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9)
		.sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
		.map((audit) => finding(lhr, audit.id));
	return {
		name: page.name,
		path: page.path,
		url: lhr.finalDisplayedUrl,
		performance: score(lhr.categories.performance),
		accessibility: score(lhr.categories.accessibility),
		metrics: {
			fcpMs: numeric(lhr, 'first-contentful-paint'),
			lcpMs: numeric(lhr, 'largest-contentful-paint'),
			tbtMs: numeric(lhr, 'total-blocking-time'),
			cls: numeric(lhr, 'cumulative-layout-shift'),
			speedIndexMs: numeric(lhr, 'speed-index')
		},
		failingAccessibility,
		accessibilityFailures: failingAccessibility.map((id) => finding(lhr, id)),
		performanceIssues,
		error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
		warnings: lhr.runWarnings
	};
}

function failed(page: LighthousePage, url: string, error: string): LighthouseResult {
	return {
		name: page.name,
		path: page.path,
		url,
		performance: null,
		accessibility: null,
		metrics: { fcpMs: null, lcpMs: null, tbtMs: null, cls: null, speedIndexMs: null },
		failingAccessibility: [],
		accessibilityFailures: [],
		performanceIssues: [],
		error,
		warnings: []
	};
}

/**
 * Runs Lighthouse on each page of `baseUrl` in turn. A page Lighthouse cannot run on is reported
 * with its error and null scores, so one bad page does not lose the others' figures.
 */
export async function runLighthouse(baseUrl: string, pages: LighthousePage[], log: (s: string) => void): Promise<LighthouseResult[]> {
	// Loaded here, not at the top: Lighthouse is large and most benchmark runs may skip it.
	const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: HEADLESS_FLAGS, logLevel: 'silent' });
	const results: LighthouseResult[] = [];
	try {
		for (const page of pages) {
			const url = new URL(page.path, baseUrl).href;
			const flags: Flags = {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility']
			};
			const started = Date.now();
			const audit = async (): Promise<LighthouseResult> => {
				try {
					const run = await lighthouse(url, flags);
					if (!run) throw new Error('Lighthouse returned no result');
					return summariseReport(page, run.lhr);
				} catch (error) {
					return failed(page, url, (error as Error).message);
				}
			};
			// Now and then Lighthouse fails to record the trace (NO_NAVSTART): one more try.
			let r = await audit();
			if (r.error) r = await audit();
			results.push(r);
			log(
				`lighthouse ${page.name}: performance ${r.performance ?? '–'}, accessibility ${r.accessibility ?? '–'}` +
					(r.failingAccessibility.length ? ` (fails ${r.failingAccessibility.join(', ')})` : '') +
					(r.error ? ` — ${r.error}` : '') +
					` in ${((Date.now() - started) / 1000).toFixed(0)} s`
			);
		}
	} finally {
		chrome.kill();
	}
	return results;
}

function ms(value: number | null): string {
	return value === null ? '–' : value.toLocaleString('en-GB', { maximumFractionDigits: 0 });
}

/** One row per page, then a line per page that misses 95 / 100 saying which audits cost it. */
export function markdownLighthouse(results: LighthouseResult[]): string {
	const lines = [
		'| page | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const r of results) {
		const m = r.metrics;
		lines.push(
			`| ${r.name} | ${r.performance ?? '–'} | ${r.accessibility ?? '–'} | ${ms(m.fcpMs)} | ${ms(m.lcpMs)} | ${ms(m.tbtMs)} | ` +
				`${m.cls === null ? '–' : m.cls.toFixed(3)} | ${ms(m.speedIndexMs)} |`
		);
	}
	lines.push('', 'Lighthouse 12, default mobile config (simulated slow 4G, 4× CPU slowdown), one run per page.');
	for (const r of results) {
		const notes: string[] = [];
		if (r.error) notes.push(`error: ${r.error}`);
		if (r.accessibility !== null && r.accessibility < 100) notes.push(`accessibility fails ${r.failingAccessibility.join(', ')}`);
		if (r.performance !== null && r.performance < 95) {
			const worst = r.performanceIssues.slice(0, 4).map((f) => f.id + (f.displayValue ? ` (${f.displayValue})` : ''));
			notes.push(`performance held back by ${worst.join(', ') || 'no single audit'}`);
		}
		if (notes.length) lines.push(`- ${r.name}: ${notes.join('; ')}`);
	}
	return lines.join('\n');
}
