/** What people see of events: the calendar, the event page, the meeting link, study visits. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import { cancelRegistration, registerForEvent } from './events.service';
import { getEventPage, listEvents } from './events-read.service';
import { registerFromForm } from './events-participation.service';
import { codeOf, eventWorlds, makeEvent } from './events.testing';

const t = useTestDatabase();
const { member, hostedEvent, statuses } = eventWorlds(t);
const DAY = 86_400_000;

describe('study visits', () => {
	it('take no direct registration: the page points to the visit, the service refuses', async () => {
		const event = await makeEvent(t.db, { type: 'study_visit', visibility: 'public' });
		await t.db.insertInto('study_visits').values({ event_id: event.id }).execute();
		const { actor } = await member();
		expect(await codeOf(registerForEvent(actor, { eventId: event.id }, t.deps))).toBe('conflict:events_error_study_visit');
		expect(await codeOf(registerFromForm(actor, { slug: event.slug, values: {} }, t.deps))).toBe('conflict:events_error_study_visit');
		expect((await getEventPage(actor, { slug: event.slug, locale: 'pl' }, t.deps)).registration.state).toBe('study_visit');
		expect(await statuses(event.id)).toEqual([]);
	});
});

describe('the meeting link', () => {
	it('reaches registered participants and organisers only, never the waitlist, other members or visitors', async () => {
		const url = `https://meet.example/secret-${Date.now()}`;
		const { organiser, event } = await hostedEvent({ capacity: 1, online: true, place: '', meeting_url: url, visibility: 'public' });
		const registered = await member();
		const waiting = await member();
		const other = await member();
		await registerForEvent(registered.actor, { eventId: event.id }, t.deps);
		await registerForEvent(waiting.actor, { eventId: event.id }, t.deps);
		const pageFor = (actor: Parameters<typeof getEventPage>[0]) => getEventPage(actor, { slug: event.slug, locale: 'en' }, t.deps);

		for (const [who, actor] of [
			['visitor', null],
			['member not registered', other.actor],
			['waitlisted', waiting.actor]
		] as const) {
			const page = await pageFor(actor);
			expect(page.meetingUrl, who).toBeNull();
			// nowhere in what the page receives
			expect(JSON.stringify(page), who).not.toContain('secret-');
		}
		const waitingPage = await pageFor(waiting.actor);
		expect(waitingPage.viewer).toEqual({ status: 'waitlisted', queue: 1 });
		const registeredPage = await pageFor(registered.actor);
		expect(registeredPage.meetingUrl).toBe(url);
		expect(registeredPage.viewer.status).toBe('registered');
		expect((await pageFor(organiser)).meetingUrl).toBe(url);

		// the waiting person gets the place, and the link with it
		await cancelRegistration(registered.actor, { eventId: event.id }, t.deps);
		expect((await pageFor(waiting.actor)).meetingUrl).toBe(url);
		expect((await pageFor(registered.actor)).meetingUrl).toBeNull();
	});
});

describe('the calendar', () => {
	it('lists upcoming and past events the viewer may see, filtered by type, city, area and online', async () => {
		const city = await makeCity(t.db);
		const area = await makeArea(t.db);
		const soon = await makeEvent(t.db, {
			city_id: city.id,
			visibility: 'public',
			type: 'conference',
			starts_at: new Date(Date.now() + 2 * DAY),
			ends_at: new Date(Date.now() + 2 * DAY + 3_600_000)
		});
		const hidden = await makeEvent(t.db, { city_id: city.id, visibility: 'members', type: 'conference' });
		const past = await makeEvent(t.db, {
			city_id: city.id,
			visibility: 'public',
			starts_at: new Date(Date.now() - 5 * DAY),
			ends_at: new Date(Date.now() - 5 * DAY + 3_600_000)
		});
		const online = await makeEvent(t.db, { city_id: city.id, visibility: 'public', online: true, place: '' });
		await t.db.insertInto('event_areas').values({ event_id: soon.id, area_id: area.id }).execute();
		const slugs = async (actor: Parameters<typeof listEvents>[0], query: string) =>
			(await listEvents(actor, { query: new URLSearchParams(query), locale: 'pl' }, t.deps)).items.map((i) => i.slug);
		const { actor } = await member();

		expect(await slugs(null, `city=${city.slug}`)).toEqual([soon.slug, online.slug]);
		expect((await slugs(actor, `city=${city.slug}`)).sort()).toEqual([soon.slug, hidden.slug, online.slug].sort());
		expect(await slugs(null, `city=${city.slug}&when=past`)).toEqual([past.slug]);
		expect(await slugs(actor, `city=${city.slug}&type=conference`)).toEqual([soon.slug, hidden.slug]);
		expect(await slugs(actor, `city=${city.slug}&area=${area.key}`)).toEqual([soon.slug]);
		expect(await slugs(actor, `city=${city.slug}&mode=online`)).toEqual([online.slug]);
		expect((await slugs(actor, `city=${city.slug}&mode=onsite`)).sort()).toEqual([soon.slug, hidden.slug].sort());
		// junk parameters are ignored, not errors
		expect(await slugs(null, `city=${city.slug}&type=party&page=-3&when=later`)).toEqual([soon.slug, online.slug]);
	});

	it('shows a month as weeks from Monday, each event on every day it covers in its own zone', async () => {
		const city = await makeCity(t.db);
		// 31 March 2027 23:30 in Warsaw is still March there, though 21:30 UTC
		const late = await makeEvent(t.db, {
			city_id: city.id,
			visibility: 'public',
			starts_at: new Date('2027-03-31T21:30:00Z'),
			ends_at: new Date('2027-03-31T21:50:00Z')
		});
		const long = await makeEvent(t.db, {
			city_id: city.id,
			visibility: 'public',
			starts_at: new Date('2027-03-08T08:00:00Z'),
			ends_at: new Date('2027-03-10T15:00:00Z'),
			cancelled_at: new Date()
		});
		const view = await listEvents(null, { query: new URLSearchParams(`view=month&month=2027-03&city=${city.slug}`), locale: 'en' }, t.deps);
		const month = view.month!;
		expect(month.label).toBe('March 2027');
		expect(month.previous).toBe('2027-02');
		expect(month.next).toBe('2027-04');
		expect(month.weekdays[0].long).toBe('Monday');
		// March 2027 starts on a Monday
		expect(month.weeks[0][0]?.date).toBe('2027-03-01');
		const day = (date: string) => month.weeks.flat().find((d) => d?.date === date)!;
		expect(day('2027-03-31').events.map((e) => e.slug)).toEqual([late.slug]);
		expect(day('2027-03-31').events[0].time).toBe('23:30 CEST');
		for (const date of ['2027-03-08', '2027-03-09', '2027-03-10'])
			expect(day(date).events.map((e) => [e.slug, e.cancelled])).toEqual([[long.slug, true]]);
		expect(day('2027-03-09').events[0].time).toBe('');
		expect(month.count).toBe(2);
		const april = await listEvents(
			null,
			{ query: new URLSearchParams(`view=month&month=2027-04&city=${city.slug}`), locale: 'pl' },
			t.deps
		);
		expect(april.month!.count).toBe(0);
	});
});

describe('the event page', () => {
	it('keeps members-only events from visitors and explains why a person cannot register', async () => {
		const hidden = await makeEvent(t.db, { visibility: 'members' });
		expect(await codeOf(getEventPage(null, { slug: hidden.slug, locale: 'en' }, t.deps))).toBe('not_found');
		const open = await makeEvent(t.db, { visibility: 'public', registration_opens_at: new Date(Date.now() + DAY) });
		expect((await getEventPage(null, { slug: open.slug, locale: 'en' }, t.deps)).registration.state).toBe('not_yet');
		const now = await makeEvent(t.db, { visibility: 'public' });
		expect((await getEventPage(null, { slug: now.slug, locale: 'en' }, t.deps)).registration.state).toBe('login');
		const unverified = await makePerson(t.db, { verified: false });
		expect((await getEventPage(actorOf(unverified), { slug: now.slug, locale: 'en' }, t.deps)).registration.state).toBe('unverified');
		const person = await makePerson(t.db);
		const membersOnly = await makeEvent(t.db, { visibility: 'members' });
		await expect(getEventPage(actorOf(person), { slug: membersOnly.slug, locale: 'en' }, t.deps)).rejects.toMatchObject({
			code: 'not_found'
		});
		const consultation = await makeEvent(t.db, { type: 'consultation', registration_closes_at: new Date(Date.now() - DAY) });
		expect((await getEventPage((await member()).actor, { slug: consultation.slug, locale: 'en' }, t.deps)).registration.state).toBe(
			'consultation'
		);
	});

	it('lets a person of the host organisation manage it, names the zone and the places left', async () => {
		const { person, organisation } = await makeMember(t.db);
		const colleague = await makePerson(t.db, { member: true });
		await addToOrganisation(t.db, organisation.id, colleague.id);
		const event = await makeEvent(t.db, {
			host_organisation_id: organisation.id,
			capacity: 5,
			starts_at: new Date('2027-07-01T08:00:00Z'),
			ends_at: new Date('2027-07-01T10:00:00Z')
		});
		await registerForEvent(actorOf(person, true), { eventId: event.id }, t.deps);
		const page = await getEventPage(actorOf(colleague, true), { slug: event.slug, locale: 'pl' }, t.deps);
		expect(page.manages).toBe(true);
		expect(page.period).toBe('czwartek, 1 lipca 2027 10:00–12:00 CEST');
		expect(page.placesLeft).toBe(4);
	});
});
