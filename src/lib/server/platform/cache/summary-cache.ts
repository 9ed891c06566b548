/**
 * Network-wide summaries that every visitor's page repeats and that change rarely: the home
 * page's numbers and map, the towns offered in the events filter. On a network of thousands
 * of towns each costs tens of milliseconds of database work and rendering, for the same
 * answer to everyone; kept for a minute, so a new member town shows within that minute.
 *
 * Only the server wires one into its deps (app.ts); tests run without, so what they check is
 * always computed afresh. A computation in flight is shared, so a burst of requests after
 * expiry computes once.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 100;

export class SummaryCache {
	private entries = new Map<string, { value: Promise<unknown>; at: number }>();

	constructor(private readonly now: () => number = Date.now) {}

	get<T>(key: string, compute: () => Promise<T>): Promise<T> {
		const entry = this.entries.get(key);
		if (entry && this.now() - entry.at <= TTL_MS) return entry.value as Promise<T>;
		const value = compute();
		if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
		const made = { value, at: this.now() };
		this.entries.set(key, made);
		// a failure is not kept (unless a newer entry took its place): the next request tries again
		value.catch(() => {
			if (this.entries.get(key) === made) this.entries.delete(key);
		});
		return value;
	}
}

/** `compute()` through the deps' summary cache when the server has one. */
export function summarised<T>(cache: SummaryCache | undefined, key: string, compute: () => Promise<T>): Promise<T> {
	return cache ? cache.get(key, compute) : compute();
}
