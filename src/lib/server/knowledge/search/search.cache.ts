/**
 * Recently computed searches, so that a popular page (the practice list, a common word) is not
 * counted and ranked again for every visitor: on a large network that is hundreds of
 * milliseconds of database work per request, for the same answer.
 *
 * What is kept is what the index said (rows, counts, facet counts), keyed by everything that
 * shapes it, including the visibility levels of the viewer: members-only documents are never
 * served from an entry made for members to a visitor. Times of events, deadlines and labels are
 * still computed per request. An entry dies after TTL_MS, when the index is written by this
 * process (every write goes through index.queries.ts, which calls `noteIndexWrite`), and is not
 * made at all within SETTLE_MS of a write, whose transaction may not have committed yet when we
 * read. Writes by another process (an import script) show after TTL_MS at the latest.
 *
 * Only the server wires a cache into its deps: tests and the in-process search benchmark run
 * without one, so they measure and check the queries themselves.
 */
const TTL_MS = 30_000;
const SETTLE_MS = 5_000;
const MAX_ENTRIES = 200;

let indexVersion = 0;
let lastIndexWrite = 0;

/** Called on every write to the search index (documents or the typo vocabulary). */
export function noteIndexWrite(): void {
	indexVersion++;
	lastIndexWrite = Date.now();
}

interface Entry<T> {
	value: T;
	version: number;
	at: number;
}

export class SearchCache<T = unknown> {
	private entries = new Map<string, Entry<T>>();
	private readonly now: () => number;
	private readonly ttlMs: number;
	private readonly settleMs: number;

	constructor(options: { now?: () => number; ttlMs?: number; settleMs?: number } = {}) {
		this.now = options.now ?? Date.now;
		this.ttlMs = options.ttlMs ?? TTL_MS;
		this.settleMs = options.settleMs ?? SETTLE_MS;
	}

	get(key: string): T | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		if (entry.version !== indexVersion || this.now() - entry.at > this.ttlMs) {
			this.entries.delete(key);
			return undefined;
		}
		// Map order is insertion order: re-inserting marks the entry as recently used.
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry.value;
	}

	set(key: string, value: T, versionAtRead: number): void {
		if (versionAtRead !== indexVersion || Date.now() - lastIndexWrite < this.settleMs) return;
		this.entries.set(key, { value, version: versionAtRead, at: this.now() });
		while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
	}

	/** The index version to pass to `set` for a result read from now on. */
	version(): number {
		return indexVersion;
	}

	get size(): number {
		return this.entries.size;
	}
}
