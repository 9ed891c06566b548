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
import { makeEvent } from '../events/events.testing';
import { AppError } from '../../platform/core';
import { addEventAreas, makeCall, makePartnerSearch, makeProject } from './activity.testing';
import { areaActivity, cityActivity, organisationActivity } from './activity.service';
import { ACTIVITY_LIMIT } from './activity.schemas';

const t = useTestDatabase();
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
const event = (overrides: Parameters<typeof makeEvent>[1]) =>
	makeEvent(t.db, { starts_at: inDays(10), ends_at: inDays(10.1), visibility: 'public', ...overrides });
const slugs = (section: { items: { slug: string }[] }) => section.items.map((item) => item.slug);

async function member() {
	const { person } = await makeMember(t.db);
	return actorOf(person, true);
}

describe('a city’s activity', () => {
	it('lists upcoming events soonest first, without past, cancelled or (for visitors) members-only ones', async () => {
		const city = await makeCity(t.db);
		const later = await event({ city_id: city.id, starts_at: inDays(20), ends_at: inDays(20.1) });
		const sooner = await event({ city_id: city.id, starts_at: inDays(3), ends_at: inDays(3.1), time_zone: 'Europe/Warsaw' });
		const running = await event({ city_id: city.id, starts_at: inDays(-1), ends_at: inDays(1) });
		await event({ city_id: city.id, starts_at: inDays(-5), ends_at: inDays(-4.9) });
		await event({ city_id: city.id, cancelled_at: new Date() });
		const closed = await event({ city_id: city.id, visibility: 'members', starts_at: inDays(4), ends_at: inDays(4.1) });
		await event({});

		const visitor = await cityActivity(null, { slug: city.slug, locale: 'en' }, t.deps);
		expect(slugs(visitor.events)).toEqual([running.slug, sooner.slug, later.slug]);
		expect(visitor.events.total).toBe(3);
		expect(visitor.events.allHref).toBe(`/en/events?city=${city.slug}`);
		expect(visitor.pastEventsHref).toBe(`/en/events?city=${city.slug}&when=past`);
		expect(visitor.events.items[1].when).toMatch(/CES?T$/);

		const seen = await cityActivity(await member(), { slug: city.slug, locale: 'pl' }, t.deps);
		expect(slugs(seen.events)).toEqual([running.slug, sooner.slug, closed.slug, later.slug]);
		expect(seen.events.items[2].membersOnly).toBe(true);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		expect(slugs((await cityActivity(coordinator, { slug: city.slug, locale: 'pl' }, t.deps)).events)).toContain(closed.slug);
	});

	it('shows at most five events and says how many there are', async () => {
		const city = await makeCity(t.db);
		for (let i = 1; i <= ACTIVITY_LIMIT + 2; i++) await event({ city_id: city.id, starts_at: inDays(i), ends_at: inDays(i + 0.1) });
		const activity = await cityActivity(null, { slug: city.slug, locale: 'pl' }, t.deps);
		expect(activity.events.items).toHaveLength(ACTIVITY_LIMIT);
		expect(activity.events.total).toBe(ACTIVITY_LIMIT + 2);
	});

	it('lists the projects of the city’s organisations as the viewer may see them', async () => {
		const city = await makeCity(t.db);
		const here = await makeOrganisation(t.db, { approved: true, cityId: city.id });
		const open = await makeProject(t.db, { visibility: 'public', partners: [{ organisationId: here.id, role: 'partner' }] });
		const closed = await makeProject(t.db, { visibility: 'members', partners: [{ organisationId: here.id, role: 'lead' }] });
		await makeProject(t.db, { visibility: 'public' });

		const visitor = await cityActivity(null, { slug: city.slug, locale: 'pl' }, t.deps);
		expect(slugs(visitor.projects)).toEqual([open.slug]);
		expect(visitor.projects.allHref).toBe(`/pl/projects?city=${city.slug}`);
		expect(slugs((await cityActivity(await member(), { slug: city.slug, locale: 'pl' }, t.deps)).projects).sort()).toEqual(
			[open.slug, closed.slug].sort()
		);
	});

	it('answers an unknown city with not found', async () => {
		await expect(cityActivity(null, { slug: 'no-such-city', locale: 'pl' }, t.deps)).rejects.toBeInstanceOf(AppError);
	});
});

describe('an organisation’s activity', () => {
	it('lists the events it hosts, its projects with its role, and its open partner searches for members only', async () => {
		const organisation = await makeOrganisation(t.db, { approved: true });
		const hosted = await event({ host_organisation_id: organisation.id });
		const membersOnly = await event({
			host_organisation_id: organisation.id,
			visibility: 'members',
			starts_at: inDays(11),
			ends_at: inDays(11.1)
		});
		await event({});
		const project = await makeProject(t.db, { partners: [{ organisationId: organisation.id, role: 'associated' }] });
		const search = await makePartnerSearch(t.db, organisation.id, { title: 'Szukamy miasta pilotażowego' });
		await makePartnerSearch(t.db, organisation.id, { status: 'closed' });

		const visitor = await organisationActivity(null, { slug: organisation.slug, locale: 'pl' }, t.deps);
		expect(slugs(visitor.events)).toEqual([hosted.slug]);
		expect(visitor.events.allHref).toBeNull();
		expect(visitor.projects.items.map((item) => [item.slug, item.role])).toEqual([[project.slug, 'associated']]);
		expect(visitor.projects.allHref).toBe(`/pl/projects?organisation=${organisation.slug}`);
		expect(visitor.partnerSearches).toBeNull();

		const insider = await makePerson(t.db);
		await addToOrganisation(t.db, organisation.id, insider.id);
		const seen = await organisationActivity(actorOf(insider, true), { slug: organisation.slug, locale: 'pl' }, t.deps);
		expect(slugs(seen.events)).toEqual([hosted.slug, membersOnly.slug]);
		expect(seen.partnerSearches?.items.map((item) => item.slug)).toEqual([search.slug]);
		expect(seen.partnerSearches?.total).toBe(1);
	});
});

describe('an area’s activity', () => {
	it('lists upcoming events, open checked calls and projects of the area only', async () => {
		const area = await makeArea(t.db);
		const other = await makeArea(t.db);
		const inArea = await event({});
		await addEventAreas(t.db, inArea.id, [area.id, other.id]);
		const elsewhere = await event({});
		await addEventAreas(t.db, elsewhere.id, [other.id]);
		const hidden = await event({ visibility: 'members' });
		await addEventAreas(t.db, hidden.id, [area.id]);

		const closing = await makeCall(t.db, { areaIds: [area.id], deadline: inDays(5), time_zone: 'Europe/Brussels' });
		const later = await makeCall(t.db, { areaIds: [area.id], deadline: inDays(50) });
		await makeCall(t.db, { areaIds: [area.id], deadline: inDays(-1) });
		await makeCall(t.db, { areaIds: [area.id], status: 'pending', checked_at: null });
		await makeCall(t.db, { areaIds: [area.id], status: 'rejected' });
		await makeCall(t.db, { areaIds: [other.id] });

		const project = await makeProject(t.db, { visibility: 'public', areaIds: [area.id] });
		const membersProject = await makeProject(t.db, { visibility: 'members', areaIds: [area.id] });
		await makeProject(t.db, { visibility: 'public', areaIds: [other.id] });

		const visitor = await areaActivity(null, { key: area.key, locale: 'en' }, t.deps);
		expect(slugs(visitor.events)).toEqual([inArea.slug]);
		expect(visitor.events.allHref).toBe(`/en/events?area=${area.key}`);
		expect(slugs(visitor.calls)).toEqual([closing.slug, later.slug]);
		expect(visitor.calls.items[0].daysLeft).toBe(5);
		expect(visitor.calls.items[0].deadline).toMatch(/CES?T$/);
		expect(visitor.calls.allHref).toBe(`/en/calls?area=${area.key}`);
		expect(slugs(visitor.projects)).toEqual([project.slug]);
		expect(visitor.projects.allHref).toBe(`/en/projects?area=${area.key}`);

		const seen = await areaActivity(await member(), { key: area.key, locale: 'en' }, t.deps);
		expect(slugs(seen.events).sort()).toEqual([inArea.slug, hidden.slug].sort());
		expect(slugs(seen.calls)).toEqual([closing.slug, later.slug]);
		expect(slugs(seen.projects).sort()).toEqual([project.slug, membersProject.slug].sort());
	});
});
