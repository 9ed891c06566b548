import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { getConsultation, listConsultations } from '../../acting/consultations';
import { demoActor as demoActorOf, seedWholeDemo } from './seed.testing';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

const demoActor = (email: string) => demoActorOf(t.db, email);

describe('demo consultations', () => {
	it('has an open request with an offer, a scheduled online one and Ewa’s finished one with its outcome', async () => {
		const ewa = await demoActor('ewa@headframe.example');
		const list = await listConsultations(ewa, { values: {}, locale: 'pl' }, t.deps);
		expect(list.open).toHaveLength(1);
		expect(list.open[0]).toMatchObject({ city: { slug: 'walbrzych' }, offers: 1 });
		expect(list.mine.map((c) => c.status)).toEqual(['done']);

		const open = await getConsultation(ewa, { slug: list.open[0].slug, locale: 'pl' }, t.deps);
		expect(open.suggestions.length).toBeGreaterThan(0);
		expect(open.can.offer).toBe(true);

		const done = await getConsultation(ewa, { slug: list.mine[0].slug, locale: 'pl' }, t.deps);
		expect(done.outcomeHtml).toContain('<strong>');
		expect(done.event?.started).toBe(true);

		const scheduled = await t.db
			.selectFrom('consultations as c')
			.innerJoin('events as e', 'e.id', 'c.event_id')
			.select(['c.slug', 'e.type', 'e.online', 'e.starts_at', 'e.capacity', 'e.meeting_url'])
			.where('c.status', '=', 'scheduled')
			.execute();
		expect(scheduled).toHaveLength(1);
		expect(scheduled[0]).toMatchObject({ type: 'consultation', online: true, capacity: 2 });
		expect(scheduled[0].starts_at.getTime()).toBeGreaterThan(Date.now());
		const registered = await t.db
			.selectFrom('event_registrations as r')
			.innerJoin('events as e', 'e.id', 'r.event_id')
			.where('e.type', '=', 'consultation')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(registered.n)).toBe(4);
	});
});
