import { afterEach, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { load } from './+page.server';

// Only what this load reads from the request event: no database, no session.
const event = (locale: 'pl' | 'en' = 'en') => ({ locals: { actor: null, locale } }) as unknown as Parameters<typeof load>[0];
const saved = process.env.HEADFRAME_BENCH;

afterEach(() => {
	if (saved === undefined) delete process.env.HEADFRAME_BENCH;
	else process.env.HEADFRAME_BENCH = saved;
});

describe('the framework ceiling page of the benchmark', () => {
	it('is not found on a server that is not benchmarked', async () => {
		delete process.env.HEADFRAME_BENCH;
		const refused = await Promise.resolve()
			.then(() => load(event()))
			.catch((error: unknown) => error);
		expect(isHttpError(refused) && refused.status).toBe(404);
		process.env.HEADFRAME_BENCH = '0';
		const stillRefused = await Promise.resolve()
			.then(() => load(event()))
			.catch((error: unknown) => error);
		expect(isHttpError(stillRefused) && stillRefused.status).toBe(404);
	});

	it('renders a full page of constant practices under the bench flag', async () => {
		process.env.HEADFRAME_BENCH = '1';
		const data = (await load(event('pl'))) as { list: { hits: unknown[]; facets: Record<string, unknown[]> } };
		expect(data.list.hits).toHaveLength(20);
		expect(data.list.facets.city.length).toBeGreaterThan(100);
		expect(await load(event('pl'))).toEqual(data);
	});
});
