/** The attendance form at its largest: what a form of made-up registration ids costs. */
import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { registerForEvent } from './events.service';
import { markAttendance } from './events-organiser.service';
import { eventWorlds } from './events.testing';

const t = useTestDatabase();
const { member, hostedEvent } = eventWorlds(t);
const DAY = 86_400_000;

/** Counts the statements sent through the database handle it is plugged into. */
function statementCounter(): KyselyPlugin & { count: number } {
	const counter = {
		count: 0,
		transformQuery: (args: Parameters<KyselyPlugin['transformQuery']>[0]) => {
			counter.count++;
			return args.node;
		},
		transformResult: async (args: Parameters<KyselyPlugin['transformResult']>[0]) => args.result
	};
	return counter;
}

describe('marking attendance', () => {
	it('updates only the event’s registered people: 5,000 made-up ids cost no query each', async () => {
		const { organiser, event } = await hostedEvent({
			starts_at: new Date(Date.now() - DAY),
			ends_at: new Date(Date.now() - DAY + 3_600_000)
		});
		const a = await member();
		// registration is closed once an event has started: register through a copy that has not
		await t.db
			.updateTable('events')
			.set({ starts_at: new Date(Date.now() + DAY), ends_at: new Date(Date.now() + DAY + 3_600_000) })
			.where('id', '=', event.id)
			.execute();
		await registerForEvent(a.actor, { eventId: event.id }, t.deps);
		await t.db
			.updateTable('events')
			.set({ starts_at: new Date(Date.now() - DAY), ends_at: new Date(Date.now() - DAY + 3_600_000) })
			.where('id', '=', event.id)
			.execute();
		const { id } = await t.db.selectFrom('event_registrations').select('id').where('event_id', '=', event.id).executeTakeFirstOrThrow();

		const values: Record<string, string> = { [`attended_${id}`]: 'yes' };
		for (let n = 1; n <= 5_000; n++) values[`attended_${900_000_000 + n}`] = 'no';
		const counter = statementCounter();
		const result = await markAttendance(organiser, { slug: event.slug, values }, { ...t.deps, db: t.db.withPlugin(counter) });

		expect(result).toEqual({ marked: 1 });
		expect(counter.count).toBeLessThan(20);
		const row = await t.db.selectFrom('event_registrations').select('attended').where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.attended).toBe(true);
	});
});
