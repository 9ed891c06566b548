import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { cancelRegistration, createEvent, registerForEvent } from './events.service';
import { makeEvent } from './events.testing';

const t = useTestDatabase();
const DAY = 86_400_000;

async function member(locale = 'en') {
	const { person } = await makeMember(t.db, { locale });
	return { person, actor: actorOf(person, true) };
}

const registrations = (eventId: number) =>
	t.db
		.selectFrom('event_registrations')
		.select(['person_id', 'status', 'position', 'promoted_at'])
		.where('event_id', '=', eventId)
		.orderBy('position')
		.execute();

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

describe('createEvent', () => {
	const input = (hostOrganisationId: number) => ({
		type: 'study_visit',
		hostOrganisationId,
		title: 'Wizyta studyjna: Stara Kopalnia',
		description: 'Zwiedzanie i rozmowa o rewitalizacji.',
		startsAt: '2027-03-10T09:00:00+01:00',
		endsAt: '2027-03-10T15:00:00+01:00',
		timeZone: 'Europe/Warsaw',
		place: 'ul. Wysockiego 29, Wałbrzych',
		languages: ['pl', 'en'],
		capacity: '25',
		visibility: 'members'
	});

	it('lets a member of the host organisation create an event with a readable slug', async () => {
		const { person, organisation } = await makeMember(t.db);
		const created = await createEvent(actorOf(person, true), input(organisation.id), t.deps);
		expect(created.slug).toMatch(/^wizyta-studyjna-stara-kopalnia/);
		const row = await t.db.selectFrom('events').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			type: 'study_visit',
			capacity: 25,
			host_organisation_id: organisation.id,
			languages: ['pl', 'en'],
			created_by: person.id
		});
		expect(row.starts_at.toISOString()).toBe('2027-03-10T08:00:00.000Z');
		const again = await createEvent(actorOf(person, true), input(organisation.id), t.deps);
		expect(again.slug).not.toBe(created.slug);
	});

	it('refuses members of other organisations and visitors, and lets admins host for anyone', async () => {
		const host = await makeOrganisation(t.db, { approved: true });
		const { actor } = await member();
		expect(await codeOf(createEvent(actor, input(host.id), t.deps))).toBe('forbidden');
		expect(await codeOf(createEvent(null, input(host.id), t.deps))).toBe('unauthenticated');
		const admin = await makePerson(t.db, { role: 'admin' });
		expect(await codeOf(createEvent(actorOf(admin, true), input(host.id), t.deps))).toBe('ok');
	});

	it('names the wrong fields', async () => {
		const { person, organisation } = await makeMember(t.db);
		const error = await createEvent(
			actorOf(person, true),
			{ ...input(organisation.id), endsAt: '2027-03-09T10:00:00Z', timeZone: 'Mars/Olympus', type: 'party' },
			t.deps
		).catch((e) => e);
		expect(error).toBeInstanceOf(AppError);
		expect(error.fieldErrors).toMatchObject({
			type: { key: 'error_invalid_choice' },
			timeZone: { key: 'events_error_time_zone' }
		});
	});
});

describe('registerForEvent', () => {
	it('holds the capacity when 50 people register at once: 10 places, 40 on the waitlist', async () => {
		const event = await makeEvent(t.db, { capacity: 60 });
		for (let i = 0; i < 50; i++) {
			const { actor } = await member();
			expect(await registerForEvent(actor, { eventId: event.id }, t.deps)).toEqual({ status: 'registered' });
		}
		const late = await Promise.all(Array.from({ length: 50 }, (_, i) => member(i === 0 ? 'pl' : 'en')));
		const results = await Promise.all(late.map(({ actor }) => registerForEvent(actor, { eventId: event.id }, t.deps)));
		expect(results.filter((r) => r.status === 'registered')).toHaveLength(10);
		expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(40);

		const rows = await registrations(event.id);
		expect(rows).toHaveLength(100);
		expect(rows.filter((r) => r.status === 'registered')).toHaveLength(60);
		const waiting = rows.filter((r) => r.status === 'waitlisted');
		expect(waiting).toHaveLength(40);
		// What each person was told is what the list says.
		for (const [i, { person }] of late.entries()) {
			expect(rows.find((r) => r.person_id === person.id)?.status).toBe(results[i].status);
		}

		const oldest = waiting.slice(0, 3).map((r) => r.person_id);
		const leaving = rows.filter((r) => r.status === 'registered').slice(0, 3);
		const people = await t.db
			.selectFrom('people')
			.selectAll()
			.where(
				'id',
				'in',
				leaving.map((r) => r.person_id)
			)
			.execute();
		const cancelled = await Promise.all(people.map((p) => cancelRegistration(actorOf(p, true), { eventId: event.id }, t.deps)));
		expect(cancelled.map((c) => c.promoted)).toEqual([1, 1, 1]);

		const after = await registrations(event.id);
		expect(after.filter((r) => r.status === 'registered')).toHaveLength(60);
		expect(after.filter((r) => r.status === 'waitlisted')).toHaveLength(37);
		expect(after.filter((r) => r.status === 'cancelled')).toHaveLength(3);
		const promoted = after.filter((r) => r.promoted_at !== null).map((r) => r.person_id);
		expect(promoted.sort()).toEqual([...oldest].sort());

		const emails = (await t.db.selectFrom('people').select('email').where('id', 'in', oldest).execute()).map((p) => p.email);
		const mail = await t.db.selectFrom('outbox').selectAll().where('to_address', 'in', emails).execute();
		expect(mail).toHaveLength(3);
		expect(mail.map((m) => m.to_address).sort()).toEqual([...emails].sort());
		for (const message of mail) {
			expect(message.subject).not.toContain(event.title);
			expect(message.text_body).toContain(event.title);
			expect(message.text_body).toContain(`/events/${event.slug}`);
		}
		// The first late registrant writes in Polish and was first in the queue if waiting.
		const first = late[0].person;
		if (oldest.includes(first.id)) {
			const polish = mail.find((m) => m.to_address === first.email);
			expect(polish?.subject).toContain('Masz miejsce');
		}
	});

	it('keeps visitors and non-members away from members-only events', async () => {
		const event = await makeEvent(t.db, { visibility: 'members' });
		const outsider = await makePerson(t.db);
		expect(await codeOf(registerForEvent(null, { eventId: event.id }, t.deps))).toBe('not_found');
		expect(await codeOf(registerForEvent(actorOf(outsider), { eventId: event.id }, t.deps))).toBe('not_found');
		expect(await codeOf(registerForEvent((await member()).actor, { eventId: event.id }, t.deps))).toBe('ok');
	});

	it('lets any verified person register for a public event, not visitors or unverified people', async () => {
		const event = await makeEvent(t.db, { visibility: 'public' });
		const verified = await makePerson(t.db);
		const unverified = await makePerson(t.db, { verified: false });
		expect(await codeOf(registerForEvent(null, { eventId: event.id }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(registerForEvent(actorOf(unverified), { eventId: event.id }, t.deps))).toBe('forbidden');
		expect(await registerForEvent(actorOf(verified), { eventId: event.id }, t.deps)).toEqual({ status: 'registered' });
	});

	it('refuses registration before it opens and after it closes', async () => {
		const { actor } = await member();
		const notYet = await makeEvent(t.db, { registration_opens_at: new Date(Date.now() + DAY) });
		const closed = await makeEvent(t.db, { registration_closes_at: new Date(Date.now() - DAY) });
		const started = await makeEvent(t.db, { starts_at: new Date(Date.now() - 3_600_000), ends_at: new Date(Date.now() + 3_600_000) });
		const open = await makeEvent(t.db, {
			registration_opens_at: new Date(Date.now() - DAY),
			registration_closes_at: new Date(Date.now() + DAY)
		});
		for (const event of [notYet, closed, started]) {
			const error = await registerForEvent(actor, { eventId: event.id }, t.deps).catch((e) => e);
			expect(error).toMatchObject({ code: 'conflict', messageKey: 'events_error_registration_closed' });
		}
		expect(await registerForEvent(actor, { eventId: open.id }, t.deps)).toEqual({ status: 'registered' });
		expect(await codeOf(registerForEvent(actor, { eventId: 999_999 }, t.deps))).toBe('not_found');
	});

	it('is idempotent for a registered or waiting person', async () => {
		const event = await makeEvent(t.db, { capacity: 1 });
		const a = await member();
		const b = await member();
		expect(await registerForEvent(a.actor, { eventId: event.id, answers: { diet: 'vegan' } }, t.deps)).toEqual({ status: 'registered' });
		expect(await registerForEvent(a.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'registered' });
		expect(await registerForEvent(b.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'waitlisted' });
		expect(await registerForEvent(b.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'waitlisted' });
		const rows = await registrations(event.id);
		expect(rows.map((r) => [r.person_id, r.status])).toEqual([
			[a.person.id, 'registered'],
			[b.person.id, 'waitlisted']
		]);
		const answers = await t.db
			.selectFrom('event_registrations')
			.select('answers')
			.where('person_id', '=', a.person.id)
			.executeTakeFirstOrThrow();
		expect(answers.answers).toEqual({ diet: 'vegan' });
	});
});

describe('cancelRegistration', () => {
	it('promotes waiting people in the order they joined; who comes back joins the end', async () => {
		const event = await makeEvent(t.db, { capacity: 1 });
		const [a, b, c, d] = [await member(), await member(), await member(), await member('pl')];
		for (const p of [a, b, c, d]) await registerForEvent(p.actor, { eventId: event.id }, t.deps);

		// b leaves the queue and comes back behind c and d.
		expect(await cancelRegistration(b.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'cancelled', promoted: 0 });
		expect(await registerForEvent(b.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'waitlisted' });

		expect(await cancelRegistration(a.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'cancelled', promoted: 1 });
		expect((await registrations(event.id)).find((r) => r.status === 'registered')?.person_id).toBe(c.person.id);
		expect(await cancelRegistration(c.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'cancelled', promoted: 1 });
		expect((await registrations(event.id)).find((r) => r.status === 'registered')?.person_id).toBe(d.person.id);

		const polish = await t.db.selectFrom('outbox').selectAll().where('to_address', '=', d.person.email).executeTakeFirstOrThrow();
		expect(polish.subject).toBe('Masz miejsce: nie czekasz już na liście rezerwowej');
		expect(polish.text_body).toContain(event.title);
		expect(polish.text_body).toContain(`${t.deps.origin}/pl/events/${event.slug}`);
		const english = await t.db.selectFrom('outbox').selectAll().where('to_address', '=', c.person.email).executeTakeFirstOrThrow();
		expect(english.subject).toBe('A place is yours: you are off the waiting list');

		// a, who cancelled, can register again: at the end of the queue.
		expect(await registerForEvent(a.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'waitlisted' });
		const waiting = (await registrations(event.id)).filter((r) => r.status === 'waitlisted').map((r) => r.person_id);
		expect(waiting).toEqual([b.person.id, a.person.id]);
		// Cancelling twice changes nothing; someone never registered is told so.
		expect(await cancelRegistration(c.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'cancelled', promoted: 0 });
		const stranger = await member();
		expect(await codeOf(cancelRegistration(stranger.actor, { eventId: event.id }, t.deps))).toBe('conflict');
	});
});
