import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import {
	actorOf,
	addToOrganisation,
	makeArea,
	makeCity,
	makeMember,
	makeOrganisation,
	makePerson
} from '../../platform/db/testing/factories';
import { getHome } from './home.service';
import type { PersonalHome, VisitorHome } from './home.schemas';

const t = useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const visitorHome = async () => (await getHome(null, { locale: 'en' }, t.deps)) as VisitorHome;
const personalHome = async (actor: Parameters<typeof getHome>[0]) => (await getHome(actor, { locale: 'en' }, t.deps)) as PersonalHome;

async function apply(applicantId: number, organisationId: number | null, status: 'pending' | 'approved' | 'declined' = 'pending') {
	await t.db
		.insertInto('membership_applications')
		.values({
			applicant_id: applicantId,
			organisation_id: organisationId,
			motivation: 'We reuse mine buildings.',
			contact_name: 'Contact',
			contact_email: 'contact@example.org',
			status,
			decided_at: status === 'pending' ? null : new Date()
		})
		.execute();
}

describe('home for a visitor', () => {
	it('counts member cities, countries, organisations and people, not applicants', async () => {
		const before = (await visitorHome()).numbers;
		const city = await makeCity(t.db, { country_code: 'IS' });
		await makeMember(t.db, { cityId: city.id });
		await makeOrganisation(t.db, { approved: false }); // still applying: counts nowhere
		await makePerson(t.db); // an account outside the network
		const after = (await visitorHome()).numbers;
		expect(after).toEqual({
			cities: before.cities + 1,
			countries: before.countries + 1,
			organisations: before.organisations + 1,
			people: before.people + 1
		});
	});

	it('lists the organisations that joined last, never one still applying, and draws the map', async () => {
		const city = await makeCity(t.db, { name: 'Bytom' });
		const joined = await makeOrganisation(t.db, { approved: true, name: 'Bytom Heritage', cityId: city.id });
		const applying = await makeOrganisation(t.db, { name: 'Still Applying' });
		const home = await visitorHome();
		expect(home.kind).toBe('visitor');
		expect(home.recentOrganisations[0]).toMatchObject({
			slug: joined.slug,
			name: 'Bytom Heritage',
			city: { slug: city.slug, name: 'Bytom', countryName: 'Poland' }
		});
		expect(home.recentOrganisations.map((o) => o.slug)).not.toContain(applying.slug);
		expect(home.map?.svg).toContain('<svg');
		expect(home.map?.cities.map((c) => c.slug)).toContain(city.slug);
		expect(JSON.stringify(home)).not.toMatch(/"(invitations|applications|email)"/);
	});
});

describe('home for a signed-in person', () => {
	it('tells a new account to confirm their e-mail and shows their application', async () => {
		const person = await makePerson(t.db, { verified: false, name: 'Ewa Nowak' });
		const organisation = await makeOrganisation(t.db, { name: 'Wałbrzych City Hall' });
		await addToOrganisation(t.db, organisation.id, person.id, 'admin');
		await apply(person.id, organisation.id);
		const home = await personalHome(actorOf(person));
		expect(home).toMatchObject({
			kind: 'person',
			name: 'Ewa Nowak',
			emailVerified: false,
			isMember: false,
			pendingApplications: null,
			applications: [{ organisation: { slug: organisation.slug, name: 'Wałbrzych City Hall' }, status: 'pending', decidedAt: null }],
			organisations: [{ slug: organisation.slug, name: 'Wałbrzych City Hall', role: 'admin', approved: false }]
		});
		expect(home.applications[0].createdAt).toBeInstanceOf(Date);
	});

	it('counts only open invitations to the person’s address', async () => {
		const person = await makePerson(t.db, { email: `Invited-${Date.now()}@Example.org` });
		const organisation = await makeOrganisation(t.db, { approved: true });
		const invite = (token: string, extra: { expires_at?: Date; accepted_at?: Date } = {}) =>
			t.db
				.insertInto('organisation_invitations')
				.values({
					organisation_id: organisation.id,
					email: person.email.toLowerCase(),
					token_hash: `${token}-${person.id}`,
					expires_at: extra.expires_at ?? new Date(Date.now() + 7 * DAY),
					accepted_at: extra.accepted_at ?? null
				})
				.execute();
		await invite('open');
		await invite('expired', { expires_at: new Date(Date.now() - DAY) });
		await invite('accepted', { accepted_at: new Date() });
		expect((await personalHome(actorOf(person))).invitations).toBe(1);
		expect((await personalHome(actorOf(await makePerson(t.db)))).invitations).toBe(0);
	});

	it('shows coordinators how many applications wait for a decision', async () => {
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const before = (await personalHome(coordinator)).pendingApplications ?? -1;
		const applicant = await makePerson(t.db);
		await apply(applicant.id, null);
		await apply((await makePerson(t.db)).id, null, 'declined');
		expect((await personalHome(coordinator)).pendingApplications).toBe(before + 1);
		expect((await personalHome(actorOf(applicant))).pendingApplications).toBeNull();
	});

	it('lists new people in my areas and my city, only by fields I may see', async () => {
		const area = await makeArea(t.db);
		const city = await makeCity(t.db);
		const { person: me } = await makeMember(t.db, { cityId: city.id });
		await t.db.insertInto('person_areas').values({ person_id: me.id, area_id: area.id }).execute();
		const actor = actorOf(me, true);

		const colleague = await makePerson(t.db, { name: 'Same Area' });
		const neighbour = await makePerson(t.db, { name: 'Same City', cityId: city.id });
		const hiddenAreas = await makePerson(t.db, { name: 'Areas Hidden', visibility: { areas: 'nobody' } });
		const hiddenCity = await makePerson(t.db, { name: 'City Hidden', cityId: city.id, visibility: { city: 'nobody' } });
		const hiddenProfile = await makePerson(t.db, { name: 'Profile Hidden', cityId: city.id, visibility: { profile: 'nobody' } });
		const old = await makePerson(t.db, { name: 'Joined Long Ago', cityId: city.id });
		// created_at is insert-only in the table types; a test may still age a row
		await t.db
			.updateTable('people')
			.set({ created_at: new Date(Date.now() - 60 * DAY) } as never)
			.where('id', '=', old.id)
			.execute();
		for (const person of [colleague, hiddenAreas]) {
			await t.db.insertInto('person_areas').values({ person_id: person.id, area_id: area.id }).execute();
		}
		await makePerson(t.db, { name: 'Unrelated' });
		void hiddenCity;
		void hiddenProfile;

		const home = await personalHome(actor);
		expect(home.newPeople.map((p) => p.name).sort()).toEqual(['Same Area', 'Same City']);
		expect(home.newPeople.find((p) => p.handle === neighbour.handle)?.city?.slug).toBe(city.slug);
		expect(home.hasAreas).toBe(true);
		expect(home.city?.slug).toBe(city.slug);

		// a visitor-level account (not a member) sees members-only fields of nobody
		const outsider = actorOf(await makePerson(t.db, { cityId: city.id }));
		expect((await personalHome(outsider)).newPeople).toEqual([]);
	});

	it('lists organisations that joined lately in my city or with people in my areas, not my own', async () => {
		const area = await makeArea(t.db);
		const city = await makeCity(t.db);
		const { person: me, organisation: mine } = await makeMember(t.db, { cityId: city.id });
		await t.db.insertInto('person_areas').values({ person_id: me.id, area_id: area.id }).execute();

		const local = await makeOrganisation(t.db, { approved: true, name: 'Local Org', cityId: city.id });
		const themed = await makeOrganisation(t.db, { approved: true, name: 'Themed Org' });
		const expert = await makePerson(t.db);
		await addToOrganisation(t.db, themed.id, expert.id);
		await t.db.insertInto('person_areas').values({ person_id: expert.id, area_id: area.id }).execute();
		await makeOrganisation(t.db, { approved: false, name: 'Applying Org', cityId: city.id });
		const older = await makeOrganisation(t.db, { approved: true, name: 'Older Org', cityId: city.id });
		await t.db
			.updateTable('organisations')
			.set({ member_since: new Date(Date.now() - 90 * DAY) })
			.where('id', '=', older.id)
			.execute();

		const home = await personalHome(actorOf(me, true));
		expect(home.newOrganisations.map((o) => o.slug).sort()).toEqual([local.slug, themed.slug].sort());
		expect(home.organisations.map((o) => o.slug)).toEqual([mine.slug]);
		expect(home.isMember).toBe(true);
	});
});
