import { describe, expect, it } from 'vitest';
import { fromLocalInput } from '$lib/datetime';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { makeMember, makePerson } from '../../platform/db/testing/factories';
import { makeEvent } from '../events/events.testing';
import { queueEventReminders } from './reminders';

const t = useTestDatabase();
const HOUR = 3_600_000;

const register = (eventId: number, personId: number, status: 'registered' | 'waitlisted' | 'cancelled' = 'registered') =>
	t.db.insertInto('event_registrations').values({ event_id: eventId, person_id: personId, status, answers: {} }).execute();

const mailTo = (email: string) => t.db.selectFrom('outbox').select(['subject', 'text_body']).where('to_address', '=', email).execute();

describe('queueEventReminders', () => {
	it('queues one reminder per registered person, in their language, with the time in the event zone', async () => {
		// 2027-03-28 is the spring change in Warsaw: 10:00 on the 29th is CEST (UTC+2).
		const startsAt = fromLocalInput('2027-03-29T10:00', 'Europe/Warsaw')!;
		const now = new Date(startsAt.getTime() - 25 * HOUR);
		const event = await makeEvent(t.db, {
			visibility: 'public',
			title: 'Wizyta w Starej Kopalni',
			starts_at: startsAt,
			ends_at: new Date(startsAt.getTime() + 3 * HOUR),
			place: 'ul. Wysockiego 29, Wałbrzych',
			online: true,
			meeting_url: 'https://meet.example.org/kopalnia'
		});
		const ewa = await makePerson(t.db, { locale: 'pl' });
		const thomas = await makePerson(t.db, { locale: 'en' });
		const waiting = await makePerson(t.db);
		const left = await makePerson(t.db);
		await register(event.id, ewa.id);
		await register(event.id, thomas.id);
		await register(event.id, waiting.id, 'waitlisted');
		await register(event.id, left.id, 'cancelled');

		expect(await queueEventReminders(t.db, now, TEST_ORIGIN)).toEqual({ queued: 2 });
		const [pl] = await mailTo(ewa.email);
		// the event's title (the organiser's words) is in the body, never in the subject
		expect(pl.subject).toBe('Jutro: wydarzenie z Twojego kalendarza');
		expect(pl.text_body).toContain('„Wizyta w Starej Kopalni”');
		expect(pl.text_body).toContain('10:00–13:00');
		expect(pl.text_body).toMatch(/CEST|GMT\+2/);
		expect(pl.text_body).toContain('ul. Wysockiego 29, Wałbrzych');
		expect(pl.text_body).toContain('https://meet.example.org/kopalnia');
		expect(pl.text_body).toContain(`${TEST_ORIGIN}/pl/events/${event.slug}`);
		const [en] = await mailTo(thomas.email);
		expect(en.subject).toBe('Tomorrow: an event in your calendar');
		expect(en.text_body).toContain(`${TEST_ORIGIN}/en/events/${event.slug}`);
		expect(await mailTo(waiting.email)).toEqual([]);
		expect(await mailTo(left.email)).toEqual([]);

		// Running again, or an hour later, sends nothing more.
		expect(await queueEventReminders(t.db, now, TEST_ORIGIN)).toEqual({ queued: 0 });
		expect(await queueEventReminders(t.db, new Date(now.getTime() + HOUR), TEST_ORIGIN)).toEqual({ queued: 0 });
		expect(await mailTo(ewa.email)).toHaveLength(1);
	});

	it('skips cancelled events and events outside the 24 to 26 hour window', async () => {
		const now = new Date(Date.UTC(2027, 5, 1, 12));
		const at = (hours: number, extra = {}) =>
			makeEvent(t.db, {
				visibility: 'public',
				starts_at: new Date(now.getTime() + hours * HOUR),
				ends_at: new Date(now.getTime() + (hours + 1) * HOUR),
				...extra
			});
		const person = await makePerson(t.db);
		const soon = await at(23);
		const later = await at(27);
		const cancelled = await at(25, { cancelled_at: now });
		const due = await at(25, { title: 'Due' });
		for (const e of [soon, later, cancelled, due]) await register(e.id, person.id);
		expect(await queueEventReminders(t.db, now, TEST_ORIGIN)).toEqual({ queued: 1 });
		const mails = await mailTo(person.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].text_body).toContain('“Due”');
		const reminded = await t.db
			.selectFrom('event_registrations')
			.select(['event_id', 'reminded_at'])
			.where('person_id', '=', person.id)
			.execute();
		expect(reminded.filter((r) => r.reminded_at !== null).map((r) => r.event_id)).toEqual([due.id]);
	});

	it('never sends twice when two runs race', async () => {
		const now = new Date(Date.UTC(2027, 6, 1, 12));
		const event = await makeEvent(t.db, {
			visibility: 'public',
			starts_at: new Date(now.getTime() + 25 * HOUR),
			ends_at: new Date(now.getTime() + 26 * HOUR)
		});
		const people = await Promise.all([1, 2, 3, 4, 5].map(() => makePerson(t.db)));
		for (const p of people) await register(event.id, p.id);
		const results = await Promise.all([
			queueEventReminders(t.db, now, TEST_ORIGIN),
			queueEventReminders(t.db, now, TEST_ORIGIN),
			queueEventReminders(t.db, now, TEST_ORIGIN)
		]);
		expect(results.reduce((sum, r) => sum + r.queued, 0)).toBe(5);
		for (const p of people) expect(await mailTo(p.email)).toHaveLength(1);
	});

	it('asks the event page rules when it writes: no reminder and no link for someone who may no longer see the event', async () => {
		const now = new Date(Date.UTC(2027, 7, 1, 12));
		const link = 'https://meet.example.org/tylko-dla-czlonkow';
		const event = await makeEvent(t.db, {
			visibility: 'public',
			title: 'Spotkanie sieci',
			online: true,
			starts_at: new Date(now.getTime() + 25 * HOUR),
			ends_at: new Date(now.getTime() + 26 * HOUR)
		});
		const stays = (await makeMember(t.db)).person;
		const lapses = await makeMember(t.db);
		const visitor = await makePerson(t.db);
		for (const p of [stays, lapses.person, visitor]) await register(event.id, p.id);
		// the organiser turns the event members-only and sets the link; one member's organisation leaves the network
		await t.db.updateTable('events').set({ visibility: 'members', meeting_url: link }).where('id', '=', event.id).execute();
		await t.db.updateTable('organisations').set({ member_since: null }).where('id', '=', lapses.organisation.id).execute();

		expect(await queueEventReminders(t.db, now, TEST_ORIGIN)).toEqual({ queued: 1 });
		const [mail] = await mailTo(stays.email);
		expect(mail.text_body).toContain(link);
		expect(await mailTo(lapses.person.email)).toEqual([]);
		expect(await mailTo(visitor.email)).toEqual([]);
		const sent = (await t.db.selectFrom('outbox').select('text_body').execute()).map((r) => r.text_body).join('\n');
		expect(sent.split(link).length - 1).toBe(1);
	});
});
