/** The demo network has what issue 5 promised people can try: every kind of activity, now and past. */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { EVENT_TYPES } from '../../acting/events';
import { seedWholeDemo } from './seed.testing';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

describe('demo activity', () => {
	it('has upcoming and past events of every type, a study visit in Wałbrzych and an online consultation', async () => {
		const rows = await t.db
			.selectFrom('events as e')
			.leftJoin('cities as c', 'c.id', 'e.city_id')
			.select(['e.type', 'e.online', 'c.slug as city', sql<boolean>`e.starts_at > now()`.as('upcoming')])
			.where('e.cancelled_at', 'is', null)
			.execute();
		for (const type of EVENT_TYPES) {
			expect(
				rows.some((r) => r.type === type && r.upcoming),
				`upcoming ${type}`
			).toBe(true);
			expect(
				rows.some((r) => r.type === type && !r.upcoming),
				`past ${type}`
			).toBe(true);
		}
		expect(rows.some((r) => r.type === 'study_visit' && r.city === 'walbrzych')).toBe(true);
		expect(rows.some((r) => r.type === 'consultation' && r.online)).toBe(true);
	});

	it('has three open checked calls, a partner search in progress and two projects', async () => {
		const calls = await t.db
			.selectFrom('funding_calls')
			.select('id')
			.where('status', '=', 'checked')
			.where('deadline', '>', new Date())
			.execute();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		const searches = await t.db.selectFrom('partner_searches').select('id').where('status', '=', 'open').execute();
		expect(searches.length).toBeGreaterThanOrEqual(1);
		const projects = await t.db.selectFrom('projects').select('id').execute();
		expect(projects.length).toBeGreaterThanOrEqual(2);
	});
});
