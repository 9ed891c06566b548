/**
 * Jobs that run every few minutes in each server process (reminders and the like). A run
 * never overlaps the previous one: the next run is scheduled only when the last has finished.
 * A failing job is logged and the others still run. Jobs must be safe when several processes
 * run them at once (they claim their rows atomically); this runner only spaces them out.
 */
export interface PeriodicJob {
	name: string;
	run: (now: Date) => Promise<unknown>;
}

export interface PeriodicRunnerOptions {
	/** Milliseconds between the end of one run and the start of the next. */
	intervalMs: number;
	/** Milliseconds before the first run (start-up stays fast). Defaults to the interval. */
	firstRunMs?: number;
	log?: (line: string) => void;
	now?: () => Date;
}

export interface PeriodicRunner {
	start(): void;
	/** Stops scheduling and waits for a run in progress. */
	stop(): Promise<void>;
	/** Runs every job once now (or waits for the run in progress); never throws. */
	runOnce(): Promise<void>;
}

export function createPeriodicRunner(jobs: PeriodicJob[], options: PeriodicRunnerOptions): PeriodicRunner {
	const log = options.log ?? ((line: string) => console.error(line));
	const now = options.now ?? (() => new Date());
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> | undefined;
	let started = false;

	async function runAll(): Promise<void> {
		for (const job of jobs) {
			try {
				await job.run(now());
			} catch (error) {
				log(`periodic job "${job.name}" failed: ${(error as Error)?.stack ?? String(error)}`);
			}
		}
	}

	function runOnce(): Promise<void> {
		running ??= runAll().finally(() => {
			running = undefined;
		});
		return running;
	}

	function schedule(delay: number) {
		if (!started) return;
		timer = setTimeout(async () => {
			timer = undefined;
			await runOnce();
			schedule(options.intervalMs);
		}, delay);
		// A pending timer must not keep a process alive that is otherwise done.
		timer.unref?.();
	}

	return {
		start() {
			if (started) return;
			started = true;
			schedule(options.firstRunMs ?? options.intervalMs);
		},
		async stop() {
			started = false;
			if (timer) clearTimeout(timer);
			timer = undefined;
			await running;
		},
		runOnce
	};
}
