import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPeriodicRunner } from './periodic';

afterEach(() => vi.useRealTimers());

describe('createPeriodicRunner', () => {
	it('runs every job on each tick, never two runs at once, and logs failures without stopping', async () => {
		vi.useFakeTimers();
		const log = vi.fn();
		let active = 0;
		let most = 0;
		let runs = 0;
		const slow = {
			name: 'slow',
			run: async () => {
				active++;
				most = Math.max(most, active);
				await new Promise((resolve) => setTimeout(resolve, 250));
				active--;
				runs++;
			}
		};
		const broken = { name: 'broken', run: async () => Promise.reject(new Error('boom')) };
		const runner = createPeriodicRunner([broken, slow], { intervalMs: 100, firstRunMs: 10, log });
		runner.start();
		// A manual run while a scheduled one is going joins it rather than starting another.
		await vi.advanceTimersByTimeAsync(20);
		const joined = runner.runOnce();
		await vi.advanceTimersByTimeAsync(1_000);
		await joined;
		expect(most).toBe(1);
		expect(runs).toBeGreaterThanOrEqual(2);
		expect(log).toHaveBeenCalledWith(expect.stringContaining('periodic job "broken" failed'));

		const stopping = runner.stop();
		await vi.advanceTimersByTimeAsync(1_000);
		await stopping;
		const after = runs;
		await vi.advanceTimersByTimeAsync(5_000);
		expect(runs).toBe(after);
	});

	it('waits for a run in progress when stopped', async () => {
		let finished = false;
		const runner = createPeriodicRunner(
			[{ name: 'one', run: () => new Promise<void>((resolve) => setTimeout(() => ((finished = true), resolve()), 50)) }],
			{ intervalMs: 10_000, firstRunMs: 0 }
		);
		runner.start();
		await new Promise((resolve) => setTimeout(resolve, 10));
		await runner.stop();
		expect(finished).toBe(true);
	});
});
