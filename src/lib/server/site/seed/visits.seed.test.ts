import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { getStudyVisit, listStudyVisits } from '../../acting/visits';
import { demoActor as demoActorOf, seedWholeDemo } from './seed.testing';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

const demoActor = (email: string) => demoActorOf(t.db, email);

describe('demo study visits', () => {
	it('has an upcoming visit in Wałbrzych run by Ewa and a past one where Ewa says what she takes home', async () => {
		const list = await listStudyVisits(null, { locale: 'pl' }, t.deps);
		const walbrzych = list.upcoming.find((v) => v.city?.slug === 'walbrzych');
		expect(walbrzych).toMatchObject({ host: { name: 'Urząd Miasta Wałbrzych (demo)' }, placesLeft: 11, applicationsOpen: true });
		const sheffield = list.past.find((v) => v.city?.slug === 'sheffield');
		expect(sheffield).toBeDefined();

		const ewa = await demoActor('ewa@headframe.example');
		const hosted = await getStudyVisit(ewa, { slug: walbrzych!.slug, locale: 'pl' }, t.deps);
		expect(hosted.viewer.isHost).toBe(true);
		expect(hosted.practices.length).toBeGreaterThanOrEqual(2);
		expect(hosted.applications.map((a) => a.status).sort()).toEqual(['accepted', 'pending']);

		const past = await getStudyVisit(ewa, { slug: sheffield!.slug, locale: 'pl' }, t.deps);
		expect(past.viewer).toMatchObject({ canFileTakeaway: true, application: { status: 'accepted' } });
		expect(past.takeaways).toHaveLength(1);
		const registered = await t.db
			.selectFrom('event_registrations')
			.select('person_id')
			.where('event_id', '=', past.id)
			.where('status', '=', 'registered')
			.execute();
		expect(registered).toHaveLength(3);
	});
});
