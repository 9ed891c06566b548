import { describe, expect, it } from 'vitest';
import { SummaryCache, summarised } from './summary-cache';

describe('the summary cache', () => {
	it('computes once a minute, shares a computation in flight, and forgets failures', async () => {
		let now = 0;
		let calls = 0;
		const cache = new SummaryCache(() => now);
		const compute = async () => ++calls;
		const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
		expect([a, b, calls]).toEqual([1, 1, 1]);
		now += 60_001;
		expect(await cache.get('k', compute)).toBe(2);

		await expect(cache.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
		await Promise.resolve();
		expect(await cache.get('bad', compute)).toBe(3);
	});

	it('computes every time without a cache (tests, scripts)', async () => {
		let calls = 0;
		await summarised(undefined, 'k', async () => ++calls);
		await summarised(undefined, 'k', async () => ++calls);
		expect(calls).toBe(2);
	});
});
