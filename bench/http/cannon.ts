/** autocannon 8 (no type package of its own): the part of its API the bench uses, typed. */
import { createRequire } from 'node:module';

export interface CannonRequest {
	method?: 'GET' | 'POST';
	path: string;
	headers?: Record<string, string>;
	body?: string;
	/** Called before each send; returns the request to send. */
	setupRequest?: (request: CannonRequest & { headers: Record<string, string> }) => CannonRequest;
}

export interface CannonOptions {
	url: string;
	connections: number;
	/** Seconds. */
	duration: number;
	/** Seconds before a request counts as timed out. */
	timeout?: number;
	requests: CannonRequest[];
}

interface Histogram {
	mean: number;
	max: number;
	p50: number;
	p97_5: number;
	p99: number;
	total: number;
}

export interface CannonResult {
	duration: number;
	errors: number;
	timeouts: number;
	non2xx: number;
	'1xx': number;
	'2xx': number;
	'3xx': number;
	'4xx': number;
	'5xx': number;
	statusCodeStats: Record<string, { count: number }>;
	latency: Histogram;
	requests: Histogram & { sent: number };
	throughput: Histogram;
}

interface Instance extends PromiseLike<CannonResult> {
	stop(): void;
}

const autocannon = createRequire(import.meta.url)('autocannon') as (options: CannonOptions) => Instance;

export function cannon(options: CannonOptions): Instance {
	return autocannon({ timeout: 10, ...options });
}
