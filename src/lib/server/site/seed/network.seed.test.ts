import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { resolveSession, startSession, verifyPassword } from '../../platform/auth';
import { listPendingApplications } from '../../directory/membership';
import { getOrganisation, listOrganisations, ORGANISATION_TYPES } from '../../directory/organisations';
import { seedAreas } from './areas.seed';
import { seedCities } from './cities.seed';
import { seedNetwork } from './network.seed';
import { DEMO_PASSWORD } from './people.data';

const t = useTestDatabase();

async function login(email: string) {
	const person = await t.db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
	expect(await verifyPassword(person.password_hash, DEMO_PASSWORD)).toBe(true);
	const { token } = await startSession(t.db, person.id);
	return (await resolveSession(t.db, token))!;
}

let seedMs = 0;

beforeAll(async () => {
	await seedAreas(t.deps);
	await seedCities(t.deps);
	const started = Date.now();
	await t.db.transaction().execute((trx) => seedNetwork({ ...t.deps, db: trx }));
	seedMs = Date.now() - started;
});

describe('demo network seed', () => {
	it('seeds quickly a network with the agreed demo accounts', async () => {
		expect(seedMs).toBeLessThan(3000);

		const magda = await login('koordynator@headframe.example');
		expect(magda).toMatchObject({ name: 'Magda Kowalska (demo)', role: 'coordinator', emailVerified: true, isMember: true });
		const city = await t.db
			.selectFrom('people')
			.innerJoin('cities', 'cities.id', 'people.city_id')
			.select('cities.slug')
			.where('people.id', '=', magda.id)
			.executeTakeFirst();
		expect(city?.slug).toBe('katowice');
		expect((await login('admin@headframe.example')).role).toBe('admin');

		const ewa = await login('ewa@headframe.example');
		expect(ewa).toMatchObject({ name: 'Ewa Wiśniewska (demo)', role: 'person', emailVerified: true, isMember: true });
		const office = await getOrganisation(ewa, 'urzad-miasta-walbrzych-demo', t.deps, 'pl');
		expect(office).toMatchObject({ name: 'Urząd Miasta Wałbrzych (demo)', viewerRole: 'admin', isDemo: true, city: { slug: 'walbrzych' } });
		expect(office.memberSince).not.toBeNull();

		// One hash for everyone: argon2 ran once.
		const hashes = await t.db.selectFrom('people').select('password_hash').distinct().execute();
		expect(hashes).toHaveLength(1);
	});

	it('spreads organisations of every type over the cities, mostly approved, with work for the coordinator', async () => {
		const orgs = await t.db.selectFrom('organisations').selectAll().execute();
		expect(orgs.length).toBeGreaterThanOrEqual(20);
		expect(new Set(orgs.map((o) => o.type))).toEqual(new Set(ORGANISATION_TYPES));
		expect(new Set(orgs.map((o) => o.city_id)).size).toBeGreaterThanOrEqual(15);
		expect(orgs.every((o) => o.is_demo && o.name.endsWith('(demo)'))).toBe(true);
		expect(orgs.filter((o) => o.member_since).length).toBeGreaterThanOrEqual(18);

		const people = await t.db.selectFrom('people').selectAll().execute();
		expect(people.length).toBeGreaterThanOrEqual(30);
		expect(people.every((p) => p.email.endsWith('@headframe.example') && p.is_demo)).toBe(true);
		expect(people.filter((p) => p.visibility.profile === 'public').length).toBeGreaterThanOrEqual(5);

		const magda = await login('koordynator@headframe.example');
		const pending = await listPendingApplications(magda, t.deps, 'en');
		expect(pending.length).toBeGreaterThanOrEqual(2);
		expect(pending.length).toBeLessThanOrEqual(4);
		expect(pending.some((a) => a.organisation === null)).toBe(true);

		// A visitor sees the approved ones only.
		const directory = await listOrganisations(null, new URLSearchParams(), t.deps, 'en');

		expect(directory.total).toBe(orgs.filter((o) => o.member_since).length);
	});
});
