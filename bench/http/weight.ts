/**
 * Page weight (issue 6): what a first visit to each key page downloads, by type, raw and
 * compressed. Chromium loads the page in a fresh profile, so the list of resources is what the
 * page really loads: the document, stylesheets, JS modules (entry, modulepreloads and the dynamic
 * imports hydration pulls in), fonts and images. Each is then asked for again, outside the
 * browser, with `Accept-Encoding: br, gzip`, so the bytes "as sent" are exactly what this server
 * answers a browser that accepts compression (Chromium itself leaves `br` out on plain http), and
 * each body is compressed here too, so an uncompressed answer (adapter-node's HTML) also shows
 * what compression would give.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { chromium, type Request } from 'playwright-core';
import { chromePath, QUIET_FLAGS } from './chromium';

export const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** Sizes in bytes. */
export interface Sizes {
	/** Decoded body. */
	raw: number;
	/** Body as the server sent it to `Accept-Encoding: br, gzip` (compressed or not). */
	sent: number;
	/** The decoded body compressed here with gzip level 9 (what SvelteKit's precompress uses). */
	gzip: number;
	/** The decoded body compressed here with brotli quality 11 (likewise). */
	brotli: number;
	/**
	 * What a visitor downloads from a server that compresses where it helps: the smaller of `sent`
	 * and `brotli`. For WOFF2 and images, brotli gains nothing, so this is about what was sent.
	 */
	compressed: number;
}

export interface ResourceWeight extends Sizes {
	url: string;
	kind: Kind;
	/** Chromium's resource type: document, stylesheet, script, font, image, fetch, … */
	resourceType: string;
	status: number;
	/** Content-Encoding the server answered with: `br`, `gzip` or `identity`. */
	encoding: string;
	contentType: string;
}

export interface TypeTotals extends Sizes {
	count: number;
}

export interface PageWeight {
	name: string;
	path: string;
	/** The document's final URL (after redirects). */
	url: string;
	status: number;
	/** Requests with a body that the page made, the document included. */
	requests: number;
	byType: Record<Kind, TypeTotals>;
	total: TypeTotals;
	/** Every resource, largest compressed first: which chunk weighs what. */
	resources: ResourceWeight[];
	/** Requests to another origin, redirects and failed requests: should all be empty. */
	foreign: string[];
	redirects: string[];
	failed: string[];
}

export interface WeightPage {
	name: string;
	path: string;
	/** A `Cookie` header (`name=value; name2=value2`), e.g. a signed-in session. */
	cookie?: string;
}

/** The type of a resource by its Content-Type, falling back on Chromium's type and the extension. */
export function classify(contentType: string, resourceType: string, url: string): Kind {
	const type = contentType.toLowerCase();
	const pathname = safePathname(url);
	if (type.includes('text/html') || resourceType === 'document') return 'html';
	if (type.includes('text/css') || resourceType === 'stylesheet') return 'css';
	if (type.includes('javascript') || type.includes('ecmascript') || resourceType === 'script' || /\.m?js$/.test(pathname)) {
		return 'js';
	}
	if (type.startsWith('font/') || type.includes('font-') || resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(pathname)) {
		return 'font';
	}
	if (type.startsWith('image/') || resourceType === 'image') return 'image';
	return 'other';
}

function safePathname(url: string): string {
	try {
		return new URL(url).pathname.toLowerCase();
	} catch {
		return '';
	}
}

function emptyTotals(): TypeTotals {
	return { count: 0, raw: 0, sent: 0, gzip: 0, brotli: 0, compressed: 0 };
}

function add(into: TypeTotals, r: Sizes): void {
	into.count += 1;
	into.raw += r.raw;
	into.sent += r.sent;
	into.gzip += r.gzip;
	into.brotli += r.brotli;
	into.compressed += r.compressed;
}

/** Totals per type and overall. */
export function summarise(resources: ResourceWeight[]): { byType: Record<Kind, TypeTotals>; total: TypeTotals } {
	const byType = Object.fromEntries(KINDS.map((k) => [k, emptyTotals()])) as Record<Kind, TypeTotals>;
	const total = emptyTotals();
	for (const r of resources) {
		add(byType[r.kind], r);
		add(total, r);
	}
	return { byType, total };
}

/** What compression gives for a decoded body, and what the visitor gets given what was sent. */
export function compressionSizes(body: Buffer, sent: number): Sizes {
	const gzip = zlib.gzipSync(body, { level: 9 }).length;
	const brotli = zlib.brotliCompressSync(body, {
		params: {
			[zlib.constants.BROTLI_PARAM_QUALITY]: 11,
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length
		}
	}).length;
	return { raw: body.length, sent, gzip, brotli, compressed: Math.min(sent, brotli) };
}

interface Fetched {
	status: number;
	encoding: string;
	contentType: string;
	sent: number;
	body: Buffer;
}

/** One GET as a compression-accepting browser would send it; no redirects followed. */
function fetchEncoded(url: string, cookie: string | undefined): Promise<Fetched> {
	const client = url.startsWith('https:') ? https : http;
	const headers: Record<string, string> = { 'accept-encoding': 'br, gzip', 'user-agent': 'headframe-bench-weight' };
	if (cookie) headers.cookie = cookie;
	return new Promise((resolve, reject) => {
		const request = client.get(url, { headers, timeout: 30_000 }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('error', reject);
			response.on('end', () => {
				const encoded = Buffer.concat(chunks);
				const encoding = String(response.headers['content-encoding'] ?? 'identity').toLowerCase();
				try {
					const body =
						encoding === 'br'
							? zlib.brotliDecompressSync(encoded)
							: encoding === 'gzip'
								? zlib.gunzipSync(encoded)
								: encoding === 'deflate'
									? zlib.inflateSync(encoded)
									: encoded;
					resolve({
						status: response.statusCode ?? 0,
						encoding,
						contentType: String(response.headers['content-type'] ?? ''),
						sent: encoded.length,
						body
					});
				} catch (error) {
					reject(new Error(`${url}: could not decode its ${encoding} body: ${(error as Error).message}`));
				}
			});
		});
		request.on('timeout', () => request.destroy(new Error(`${url}: no answer within 30 s`)));
		request.on('error', reject);
	});
}

function cookiesFor(cookie: string | undefined, baseUrl: string): { name: string; value: string; url: string }[] {
	if (!cookie) return [];
	return cookie
		.split(';')
		.map((part) => part.trim())
		.filter((part) => part.includes('='))
		.map((part) => {
			const at = part.indexOf('=');
			return { name: part.slice(0, at), value: part.slice(at + 1), url: baseUrl };
		});
}

interface Seen {
	url: string;
	resourceType: string;
	status: number;
}

/**
 * Loads every page in its own fresh browser context (empty cache, like a first visit) one after
 * another, and weighs what each loaded. Pages are measured on `baseUrl` (e.g.
 * `http://127.0.0.1:3000`); `path` is appended to it.
 */
export async function measurePageWeights(baseUrl: string, pages: WeightPage[], log: (s: string) => void): Promise<PageWeight[]> {
	const origin = new URL(baseUrl).origin;
	const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: QUIET_FLAGS });
	const results: PageWeight[] = [];
	try {
		for (const page of pages) {
			const url = new URL(page.path, baseUrl).href;
			const context = await browser.newContext({ serviceWorkers: 'block' });
			try {
				await context.addCookies(cookiesFor(page.cookie, origin));
				const seen: Seen[] = [];
				const failed: string[] = [];
				const record = async (request: Request) => {
					const response = await request.response().catch(() => null);
					seen.push({ url: request.url(), resourceType: request.resourceType(), status: response?.status() ?? 0 });
				};
				const pending: Promise<void>[] = [];
				context.on('requestfinished', (request) => pending.push(record(request)));
				context.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
				const tab = await context.newPage();
				const document = await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
				// Hydration may import more chunks after `load`: wait until the network is quiet.
				await tab.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
				await Promise.all(pending);
				const finalUrl = document?.url() ?? url;
				results.push(await weigh(page, finalUrl, document?.status() ?? 0, seen, failed, origin));
				const w = results.at(-1)!;
				log(
					`weight ${page.name}: ${w.requests} requests, JS ${kb(w.byType.js.compressed)} KB, ` +
						`total ${kb(w.total.compressed)} KB compressed (${kb(w.total.sent)} KB as sent, ${kb(w.total.raw)} KB raw)`
				);
			} finally {
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	return results;
}

async function weigh(
	page: WeightPage,
	finalUrl: string,
	status: number,
	seen: Seen[],
	failed: string[],
	origin: string
): Promise<PageWeight> {
	const foreign: string[] = [];
	const redirects: string[] = [];
	const resources: ResourceWeight[] = [];
	const done = new Set<string>();
	for (const s of seen) {
		if (!/^https?:/.test(s.url) || done.has(s.url)) continue;
		if (s.status >= 300 && s.status < 400) {
			redirects.push(`${s.status} ${s.url}`);
			continue;
		}
		done.add(s.url);
		if (new URL(s.url).origin !== origin) foreign.push(s.url);
		// The document again with the same cookie, so a signed-in page weighs as signed in.
		let fetched: Fetched;
		try {
			fetched = await fetchEncoded(s.url, page.cookie);
		} catch (error) {
			failed.push(`${s.url} (asked again: ${(error as Error).message})`);
			continue;
		}
		resources.push({
			url: s.url,
			kind: classify(fetched.contentType, s.resourceType, s.url),
			resourceType: s.resourceType,
			status: fetched.status,
			encoding: fetched.encoding,
			contentType: fetched.contentType,
			...compressionSizes(fetched.body, fetched.sent)
		});
	}
	resources.sort((a, b) => b.compressed - a.compressed);
	const { byType, total } = summarise(resources);
	return {
		name: page.name,
		path: page.path,
		url: finalUrl,
		status,
		requests: resources.length,
		byType,
		total,
		resources,
		foreign,
		redirects,
		failed
	};
}

function kb(bytes: number): string {
	return (bytes / 1024).toFixed(1);
}

/**
 * One row per page; sizes in KB (1,024 bytes). "Compressed" is what a visitor downloads when each
 * response is brotli-compressed where that helps; "as sent" is what this server really sent.
 */
export function markdownPageWeights(weights: PageWeight[]): string {
	const lines = [
		'| page | HTML | CSS | JS | fonts | images | other | **total compressed** | total as sent | total raw | requests |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const w of weights) {
		const t = w.byType;
		lines.push(
			`| ${w.name} | ${kb(t.html.compressed)} | ${kb(t.css.compressed)} | ${kb(t.js.compressed)} | ${kb(t.font.compressed)} | ` +
				`${kb(t.image.compressed)} | ${kb(t.other.compressed)} | **${kb(w.total.compressed)}** | ${kb(w.total.sent)} | ${kb(w.total.raw)} | ${w.requests} |`
		);
	}
	const uncompressed = [
		...new Set(weights.flatMap((w) => w.resources.filter((r) => r.encoding === 'identity' && r.brotli < r.sent * 0.9).map((r) => r.kind)))
	];
	lines.push(
		'',
		'KB of 1,024 bytes, first visit (empty cache). *Compressed*: each response brotli-compressed ' +
			'(quality 11) where that makes it smaller, or as sent when that is smaller still; ' +
			'*as sent*: the bytes this server answered to `Accept-Encoding: br, gzip`; *raw*: decoded.' +
			(uncompressed.length ? ` The server sent some ${uncompressed.join(', ')} uncompressed: as sent > compressed.` : '')
	);
	const problems = weights.filter((w) => w.foreign.length || w.failed.length || w.status !== 200);
	for (const w of problems) {
		lines.push(
			'',
			`${w.name}: status ${w.status}` +
				(w.foreign.length ? `; other origins: ${w.foreign.join(', ')}` : '') +
				(w.failed.length ? `; failed: ${w.failed.join(', ')}` : '')
		);
	}
	return lines.join('\n');
}
