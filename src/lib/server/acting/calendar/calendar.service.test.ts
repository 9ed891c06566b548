import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '$lib/datetime';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { makeEvent } from '../events/events.testing';
import { createFeed, eventCalendar, feedCalendar, feedStatus, revokeFeed } from './calendar.service';
import { buildCalendar, escapeText, foldLine } from './ics';

const t = useTestDatabase();
const DAY = 86_400_000;
const warsaw = (local: string) => fromLocalInput(local, 'Europe/Warsaw')!;

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

async function member() {
	const { person } = await makeMember(t.db);
	return { person, actor: actorOf(person, true) };
}

const register = (eventId: number, personId: number, status: 'registered' | 'waitlisted' | 'cancelled' = 'registered') =>
	t.db.insertInto('event_registrations').values({ event_id: eventId, person_id: personId, status, answers: {} }).execute();

/** Every line of the file: at most 75 octets, valid UTF-8 on its own, CRLF-terminated. */
function expectWellFormed(text: string) {
	expect(text.endsWith('\r\n')).toBe(true);
	expect(/[^\r]\n/.test(text)).toBe(false);
	for (const line of text.slice(0, -2).split('\r\n')) {
		const bytes = Buffer.from(line, 'utf8');
		expect(bytes.length).toBeLessThanOrEqual(75);
		expect(line).not.toContain('\uFFFD');
	}
}

describe('ics writing', () => {
	it('escapes TEXT and folds long Polish lines at 75 octets without splitting a character', () => {
		const title = 'Rewitalizacja; etap 1, Wałbrzych \\ Sobięcin: ' + 'źdźbło żółć gęślą jaźń '.repeat(12);
		const description = 'Pierwsza linia,\ndruga; z ukośnikiem \\ i przecinkiem,\r\n\r\ntrzecia.';
		expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
		const text = buildCalendar({
			events: [
				{
					uid: 'event-1@example.org',
					start: new Date('2027-05-01T08:00:00Z'),
					end: new Date('2027-05-01T10:00:00Z'),
					summary: title,
					description,
					location: 'ul. Wysockiego 29, Wałbrzych',
					url: 'https://example.org/pl/events/x?a=1,2',
					cancelled: false,
					sequence: 0,
					lastModified: new Date('2027-01-01T00:00:00Z')
				}
			]
		});
		expectWellFormed(text);
		expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
		const [event] = parse(text).events;
		expect(event.summary).toBe(title);
		expect(event.description).toBe(description.replace(/\r\n/g, '\n'));
		expect(event.location).toBe('ul. Wysockiego 29, Wałbrzych');
		// Folding counts octets: a line of two-byte letters breaks well before 75 characters.
		const folded = foldLine('SUMMARY:' + 'ł'.repeat(100)).split('\r\n');
		expect(Buffer.byteLength(folded[0])).toBeLessThanOrEqual(75);
		expect(folded[0].length).toBeLessThan(45);
		expect(folded.slice(1).every((l) => l.startsWith(' ') && Buffer.byteLength(l) <= 75)).toBe(true);
	});
});

describe('eventCalendar', () => {
	it('gives times that are right on both sides of the 2027 daylight-saving changes in Warsaw', async () => {
		const cases = [
			['2027-03-27T10:00', '2027-03-27T12:00', '2027-03-27T09:00:00.000Z'],
			['2027-03-29T10:00', '2027-03-29T12:00', '2027-03-29T08:00:00.000Z'],
			['2027-10-30T10:00', '2027-10-30T12:00', '2027-10-30T08:00:00.000Z'],
			['2027-11-01T10:00', '2027-11-01T12:00', '2027-11-01T09:00:00.000Z'],
			// across the autumn change itself: 22:00 to 04:00 is seven hours
			['2027-10-30T22:00', '2027-10-31T04:00', '2027-10-30T20:00:00.000Z']
		] as const;
		for (const [start, end, utc] of cases) {
			const row = await makeEvent(t.db, {
				visibility: 'public',
				starts_at: warsaw(start),
				ends_at: warsaw(end),
				time_zone: 'Europe/Warsaw'
			});
			const { body, fileName } = await eventCalendar(null, row.slug, 'pl', t.deps);
			expect(fileName).toBe(`${row.slug}.ics`);
			expectWellFormed(body);
			const [event] = parse(body).events;
			const startsAt = event.startDate.toJSDate();
			expect(startsAt.toISOString()).toBe(utc);
			expect(toLocalInput(startsAt, 'Europe/Warsaw')).toBe(start);
			expect(toLocalInput(event.endDate.toJSDate(), 'Europe/Warsaw')).toBe(end);
		}
		const [overnight] = parse(
			(
				await eventCalendar(
					null,
					(await makeEvent(t.db, { visibility: 'public', starts_at: warsaw('2027-10-30T22:00'), ends_at: warsaw('2027-10-31T04:00') }))
						.slug,
					'en',
					t.deps
				)
			).body
		).events;
		expect(overnight.endDate.toJSDate().getTime() - overnight.startDate.toJSDate().getTime()).toBe(7 * 3_600_000);
	});

	it('has the calendar headers and the event, with a stable UID and a link to the page', async () => {
		const row = await makeEvent(t.db, {
			visibility: 'public',
			title: 'Spotkanie, sieć; miasta',
			description: 'Opis\nw dwóch liniach',
			place: 'Rynek 9, Wałbrzych'
		});
		const { body } = await eventCalendar(null, row.slug, 'pl', t.deps);
		const { calendar, events } = parse(body);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toContain('Headframe');
		expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		const [event] = events;
		expect(event.uid).toBe(`event-${row.id}@localhost`);
		expect(event.summary).toBe('Spotkanie, sieć; miasta');
		expect(event.description).toContain('Opis\nw dwóch liniach');
		expect(event.location).toBe('Rynek 9, Wałbrzych');
		expect(event.component.getFirstPropertyValue('url')).toBe(`${TEST_ORIGIN}/pl/events/${row.slug}`);
		expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
		const again = parse((await eventCalendar(null, row.slug, 'en', t.deps)).body).events[0];
		expect(again.uid).toBe(event.uid);
	});

	it('marks a cancelled event CANCELLED', async () => {
		const row = await makeEvent(t.db, { visibility: 'public', cancelled_at: new Date() });
		const [event] = parse((await eventCalendar(null, row.slug, 'en', t.deps)).body).events;
		expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('puts the meeting link in only for registered people, and hides members-only events from others', async () => {
		const meeting = 'https://meet.example.org/rewitalizacja-123';
		const row = await makeEvent(t.db, { visibility: 'members', online: true, place: '', meeting_url: meeting });
		const registered = await member();
		const waiting = await member();
		const other = await member();
		await register(row.id, registered.person.id);
		await register(row.id, waiting.person.id, 'waitlisted');
		const textFor = async (actor: Parameters<typeof eventCalendar>[0]) => (await eventCalendar(actor, row.slug, 'en', t.deps)).body;
		expect(await textFor(registered.actor)).toContain(meeting);
		expect(parse(await textFor(registered.actor)).events[0].location).toBe(meeting);
		expect(await textFor(waiting.actor)).not.toContain('meet.example.org');
		const forOther = await textFor(other.actor);
		expect(forOther).not.toContain('meet.example.org');
		expect(parse(forOther).events[0].location).toBe('Online');
		expect(await codeOf(eventCalendar(null, row.slug, 'en', t.deps))).toBe('not_found');
		expect(await codeOf(eventCalendar(actorOf(await makePerson(t.db)), row.slug, 'en', t.deps))).toBe('not_found');
		expect(await codeOf(eventCalendar(registered.actor, 'no-such-event', 'en', t.deps))).toBe('not_found');
	});
});

describe('personal feed', () => {
	it('lists the events the owner holds a place at, upcoming and of the last 90 days, with meeting links', async () => {
		const owner = await member();
		const now = new Date();
		const at = (days: number) => ({
			starts_at: new Date(now.getTime() + days * DAY),
			ends_at: new Date(now.getTime() + days * DAY + 3_600_000)
		});
		const upcoming = await makeEvent(t.db, { ...at(10), title: 'Nadchodzące', meeting_url: 'https://meet.example.org/a', online: true });
		const recent = await makeEvent(t.db, { ...at(-30), title: 'Niedawne' });
		const old = await makeEvent(t.db, { ...at(-120), title: 'Dawne' });
		const waitlisted = await makeEvent(t.db, { ...at(5), title: 'Lista rezerwowa' });
		const left = await makeEvent(t.db, { ...at(6), title: 'Wypisane' });
		const cancelled = await makeEvent(t.db, { ...at(7), title: 'Odwołane', cancelled_at: now });
		await makeEvent(t.db, { ...at(8), title: 'Cudze' });
		for (const e of [upcoming, recent, old, cancelled]) await register(e.id, owner.person.id);
		await register(waitlisted.id, owner.person.id, 'waitlisted');
		await register(left.id, owner.person.id, 'cancelled');

		expect((await feedStatus(owner.actor, t.deps)).createdAt).toBeNull();
		const feed = await createFeed(owner.actor, t.deps);
		expect(feed.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(feed.https).toBe(`${TEST_ORIGIN}/calendar/${feed.token}.ics`);
		expect(feed.webcal).toBe(`webcal://localhost:3999/calendar/${feed.token}.ics`);
		// Only the hash is stored.
		const stored = await t.db.selectFrom('calendar_feeds').selectAll().where('person_id', '=', owner.person.id).executeTakeFirstOrThrow();
		expect(stored.token_hash).toMatch(/^[a-f0-9]{64}$/);
		expect(stored.token_hash).not.toContain(feed.token);
		expect((await feedStatus(owner.actor, t.deps)).createdAt).toBeInstanceOf(Date);

		const text = await feedCalendar(feed.token, t.deps);
		expectWellFormed(text);
		const { calendar, events } = parse(text);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Headframe: my events');
		expect(events.map((e) => e.summary)).toEqual(['Niedawne', 'Odwołane', 'Nadchodzące']);
		expect(text).toContain('https://meet.example.org/a');
		expect(events[1].component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('leaves out, at read time, an event the owner may no longer see, with its meeting link', async () => {
		// Registered while the event was public and they were a member; then the event turned
		// members-only and got a new link, and their organisation left the network.
		const owner = await member();
		const keptLink = 'https://meet.example.org/still-public';
		const hiddenLink = 'https://meet.example.org/members-now';
		const kept = await makeEvent(t.db, { visibility: 'public', title: 'Nadal publiczne', online: true, meeting_url: keptLink });
		const turned = await makeEvent(t.db, { visibility: 'public', title: 'Teraz dla członków', online: true });
		for (const e of [kept, turned]) await register(e.id, owner.person.id);
		const feed = await createFeed(owner.actor, t.deps);
		expect(parse(await feedCalendar(feed.token, t.deps)).events.map((e) => e.summary)).toEqual(['Nadal publiczne', 'Teraz dla członków']);

		await t.db.updateTable('events').set({ visibility: 'members', meeting_url: hiddenLink }).where('id', '=', turned.id).execute();
		const asMember = await feedCalendar(feed.token, t.deps);
		expect(asMember).toContain(hiddenLink);

		const { organisation_id } = await t.db
			.selectFrom('organisation_members')
			.select('organisation_id')
			.where('person_id', '=', owner.person.id)
			.executeTakeFirstOrThrow();
		await t.db.updateTable('organisations').set({ member_since: null }).where('id', '=', organisation_id).execute();
		const lapsed = await feedCalendar(feed.token, t.deps);
		expect(parse(lapsed).events.map((e) => e.summary)).toEqual(['Nadal publiczne']);
		expect(lapsed).not.toContain(hiddenLink);
		expect(lapsed).not.toContain('Teraz dla członków');
		expect(lapsed).toContain(keptLink);
	});

	it('answers 404 for unknown, malformed and replaced or revoked addresses', async () => {
		const owner = await member();
		expect(await codeOf(feedCalendar('x'.repeat(43), t.deps))).toBe('not_found');
		expect(await codeOf(feedCalendar('../../etc/passwd', t.deps))).toBe('not_found');
		const first = await createFeed(owner.actor, t.deps);
		const second = await createFeed(owner.actor, t.deps);
		expect(await codeOf(feedCalendar(first.token, t.deps))).toBe('not_found');
		expect(await codeOf(feedCalendar(second.token, t.deps))).toBe('ok');
		expect(await revokeFeed(owner.actor, t.deps)).toEqual({ revoked: true });
		expect(await codeOf(feedCalendar(second.token, t.deps))).toBe('not_found');
		expect(await revokeFeed(owner.actor, t.deps)).toEqual({ revoked: false });
		expect(await codeOf(createFeed(null, t.deps))).toBe('unauthenticated');
	});
});
