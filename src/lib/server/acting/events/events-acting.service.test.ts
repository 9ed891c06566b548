import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeArea, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { listAuditFor } from '../../platform/audit';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import { cancelEvent, cancelRegistration, createEvent, registerForEvent, updateEvent } from './events.service';
import { getEventForm, getEventPage, listEvents } from './events-read.service';
import { registerFromForm } from './events-participation.service';
import {
	addEventPracticeFromForm,
	getParticipants,
	markAttendance,
	messageParticipants,
	participantsCsv,
	saveEventNotes
} from './events-organiser.service';
import { makeEvent } from './events.testing';

const t = useTestDatabase();
const DAY = 86_400_000;

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? `${e.code}${e.code === 'conflict' ? `:${e.messageKey}` : ''}` : `unexpected: ${String(e)}`)
	);

async function member(locale = 'en') {
	const { person } = await makeMember(t.db, { locale });
	return { person, actor: actorOf(person, true) };
}

/** An organiser (member of the host organisation) and an event of theirs. */
async function hostedEvent(overrides: Parameters<typeof makeEvent>[1] = {}) {
	const { person, organisation } = await makeMember(t.db);
	const event = await makeEvent(t.db, { host_organisation_id: organisation.id, ...overrides });
	return { organiser: actorOf(person, true), organisation, event };
}

const statuses = (eventId: number) =>
	t.db.selectFrom('event_registrations').select(['person_id', 'status']).where('event_id', '=', eventId).orderBy('position').execute();

describe('the event form', () => {
	const form = (hostOrganisationId: number, extra: Record<string, unknown> = {}) => ({
		type: 'workshop',
		hostOrganisationId: String(hostOrganisationId),
		title: 'Warsztat o hałdach',
		description: 'Opis **warsztatu**',
		startsAt: '2027-03-28T10:00',
		endsAt: '2027-03-28T15:30',
		timeZone: 'Europe/Warsaw',
		place: 'Rynek 1, Wałbrzych',
		languages: ['pl', 'en'],
		capacity: '20',
		visibility: 'public',
		agenda_time_0: '10:00',
		agenda_title_0: 'Powitanie',
		agenda_place_0: 'sala 12',
		agenda_speaker_0: 'Ewa',
		agenda_time_1: '',
		agenda_title_1: '',
		agenda_time_2: '9:15',
		agenda_title_2: 'Spacer',
		questions: ['diet', 'free'],
		freeQuestion: 'Która sesja?',
		...extra
	});

	it('reads local times in the chosen zone (summer time too), the programme rows, questions and areas', async () => {
		const { person, organisation } = await makeMember(t.db);
		const area = await makeArea(t.db);
		const created = await createEvent(actorOf(person, true), { ...form(organisation.id), areaIds: [String(area.id)] }, t.deps);
		const row = await t.db.selectFrom('events').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
		// 28 March 2027 is the first day of summer time in Warsaw: 10:00 CEST = 08:00 UTC
		expect(row.starts_at.toISOString()).toBe('2027-03-28T08:00:00.000Z');
		expect(row.ends_at.toISOString()).toBe('2027-03-28T13:30:00.000Z');
		expect(row.agenda).toEqual([
			{ time: '10:00', title: 'Powitanie', place: 'sala 12', speaker: 'Ewa' },
			{ time: '09:15', title: 'Spacer', place: '', speaker: '' }
		]);
		expect(row.questions).toEqual(['diet', 'free']);
		expect(row.free_question).toBe('Która sesja?');
		const areas = await t.db.selectFrom('event_areas').select('area_id').where('event_id', '=', created.id).execute();
		expect(areas.map((a) => a.area_id)).toEqual([area.id]);
		expect((await listAuditFor(t.db, 'event', created.id)).map((a) => a.action)).toEqual(['event.create']);

		// the edit form shows the same wall-clock times and rows back
		const view = await getEventForm(actorOf(person, true), { slug: created.slug, locale: 'pl' }, t.deps);
		expect(view.values).toMatchObject({ startsAt: '2027-03-28T10:00', endsAt: '2027-03-28T15:30', agenda_title_1: 'Spacer', agenda_time_1: '09:15', areaIds: [String(area.id)] });
	});

	it('names every wrong field, the programme rows included', async () => {
		const { person, organisation } = await makeMember(t.db);
		const error = await createEvent(
			actorOf(person, true),
			form(organisation.id, { startsAt: '2027-02-30T10:00', place: '', agenda_title_0: '', agenda_time_2: '25:00', questions: ['free'], freeQuestion: '' }),
			t.deps
		).catch((e) => e);
		expect(error).toBeInstanceOf(AppError);
		expect(error.fieldErrors).toMatchObject({
			startsAt: { key: 'events_error_datetime' },
			place: { key: 'events_error_place_required' },
			agenda_title_0: { key: 'events_error_agenda_title' },
			agenda_time_2: { key: 'events_error_agenda_time' },
			freeQuestion: { key: 'events_error_free_question_required' }
		});
	});

	it('lets coordinators host for any organisation and offers members only their own', async () => {
		const host = await makeOrganisation(t.db, { approved: true });
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
		expect(await codeOf(createEvent(coordinator, form(host.id), t.deps))).toBe('ok');
		const { actor } = await member();
		expect(await codeOf(createEvent(actor, form(host.id), t.deps))).toBe('forbidden');
		const view = await getEventForm(actor, { locale: 'en' }, t.deps);
		expect(view.options.hosts.map((h) => h.value)).not.toContain(String(host.id));
		expect(view.blocked).toBeNull();
		const outsider = await makePerson(t.db);
		expect((await getEventForm(actorOf(outsider), { locale: 'en' }, t.deps)).blocked).toBe('not_member');
	});
});

describe('updateEvent', () => {
	it('is for organisers only: host members, the creator, coordinators', async () => {
		const { organiser, event } = await hostedEvent();
		const values = { ...(await getEventForm(organiser, { slug: event.slug, locale: 'en' }, t.deps)).values, title: 'Renamed' };
		const { actor: stranger } = await member();
		expect(await codeOf(updateEvent(stranger, { slug: event.slug, values }, t.deps))).toBe('forbidden');
		expect(await codeOf(updateEvent(null, { slug: event.slug, values }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(getEventForm(stranger, { slug: event.slug, locale: 'en' }, t.deps))).toBe('forbidden');
		expect(await codeOf(updateEvent(organiser, { slug: event.slug, values }, t.deps))).toBe('ok');
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
		expect(await codeOf(updateEvent(coordinator, { slug: event.slug, values }, t.deps))).toBe('ok');
		const creator = await member();
		const own = await makeEvent(t.db, { created_by: creator.person.id });
		const ownValues = (await getEventForm(creator.actor, { slug: own.slug, locale: 'en' }, t.deps)).values;
		// the creator keeps editing, but may only move the event to an organisation of theirs
		expect(await codeOf(updateEvent(creator.actor, { slug: own.slug, values: ownValues }, t.deps))).toBe('ok');
		expect(await t.db.selectFrom('events').select('title').where('id', '=', event.id).executeTakeFirstOrThrow()).toEqual({ title: 'Renamed' });
	});

	it('never removes registered people when capacity drops, and promotes the waiting (with mail) when it rises', async () => {
		const { organiser, event } = await hostedEvent({ capacity: 2 });
		const people = [await member(), await member(), await member('pl'), await member()];
		for (const p of people) await registerForEvent(p.actor, { eventId: event.id }, t.deps);
		const values = (await getEventForm(organiser, { slug: event.slug, locale: 'en' }, t.deps)).values;

		expect(await updateEvent(organiser, { slug: event.slug, values: { ...values, capacity: '1' } }, t.deps)).toMatchObject({ promoted: 0 });
		expect((await statuses(event.id)).map((r) => r.status)).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted']);
		// one leaves: with capacity 1 and one still registered, nobody moves up
		expect(await cancelRegistration(people[0].actor, { eventId: event.id }, t.deps)).toEqual({ status: 'cancelled', promoted: 0 });

		expect(await updateEvent(organiser, { slug: event.slug, values: { ...values, capacity: '3' } }, t.deps)).toMatchObject({ promoted: 2 });
		const after = await statuses(event.id);
		expect(after.filter((r) => r.status === 'registered').map((r) => r.person_id).sort()).toEqual([people[1], people[2], people[3]].map((p) => p.person.id).sort());
		const polish = await t.db.selectFrom('outbox').selectAll().where('to_address', '=', people[2].person.email).executeTakeFirstOrThrow();
		expect(polish.subject).toContain('Masz miejsce');
		expect(polish.text_body).toContain(`/pl/events/${event.slug}`);
		const audit = await listAuditFor(t.db, 'event', event.id);
		expect(audit[0]).toMatchObject({ action: 'event.update', details: { capacity: [1, 3], promoted: 2 } });
	});

	it('with no limit any more, everyone waiting gets a place', async () => {
		const { organiser, event } = await hostedEvent({ capacity: 1 });
		for (let i = 0; i < 3; i++) await registerForEvent((await member()).actor, { eventId: event.id }, t.deps);
		const values = (await getEventForm(organiser, { slug: event.slug, locale: 'en' }, t.deps)).values;
		expect(await updateEvent(organiser, { slug: event.slug, values: { ...values, capacity: '' } }, t.deps)).toMatchObject({ promoted: 2 });
	});
});

describe('cancelEvent', () => {
	it('marks the event, tells everyone registered or waiting, and closes registration', async () => {
		const { organiser, event } = await hostedEvent({ capacity: 1 });
		const [a, b, c] = [await member(), await member('pl'), await member()];
		await registerForEvent(a.actor, { eventId: event.id }, t.deps);
		await registerForEvent(b.actor, { eventId: event.id }, t.deps);
		expect(await codeOf(cancelEvent(a.actor, { slug: event.slug }, t.deps))).toBe('forbidden');
		expect(await cancelEvent(organiser, { slug: event.slug }, t.deps)).toEqual({ told: 2 });
		const mail = await t.db.selectFrom('outbox').select(['to_address', 'subject']).where('to_address', 'in', [a.person.email, b.person.email]).execute();
		expect(mail.map((m) => m.subject).sort()).toEqual([`Cancelled: ${event.title}`, `Odwołane: ${event.title}`].sort());
		expect(await codeOf(registerForEvent(c.actor, { eventId: event.id }, t.deps))).toBe('conflict:events_error_event_cancelled');
		// a registered person cancelling after that frees no place for the waitlist
		expect(await cancelRegistration(a.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'cancelled', promoted: 0 });
		const page = await getEventPage(c.actor, { slug: event.slug, locale: 'en' }, t.deps);
		expect(page).toMatchObject({ cancelled: true, registration: { state: 'cancelled' } });
		expect(await cancelEvent(organiser, { slug: event.slug }, t.deps)).toEqual({ told: 0 });
	});
});

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
		const soon = await makeEvent(t.db, { city_id: city.id, visibility: 'public', type: 'conference', starts_at: new Date(Date.now() + 2 * DAY), ends_at: new Date(Date.now() + 2 * DAY + 3_600_000) });
		const hidden = await makeEvent(t.db, { city_id: city.id, visibility: 'members', type: 'conference' });
		const past = await makeEvent(t.db, { city_id: city.id, visibility: 'public', starts_at: new Date(Date.now() - 5 * DAY), ends_at: new Date(Date.now() - 5 * DAY + 3_600_000) });
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
		const late = await makeEvent(t.db, { city_id: city.id, visibility: 'public', starts_at: new Date('2027-03-31T21:30:00Z'), ends_at: new Date('2027-03-31T21:50:00Z') });
		const long = await makeEvent(t.db, { city_id: city.id, visibility: 'public', starts_at: new Date('2027-03-08T08:00:00Z'), ends_at: new Date('2027-03-10T15:00:00Z'), cancelled_at: new Date() });
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
		for (const date of ['2027-03-08', '2027-03-09', '2027-03-10']) expect(day(date).events.map((e) => [e.slug, e.cancelled])).toEqual([[long.slug, true]]);
		expect(day('2027-03-09').events[0].time).toBe('');
		expect(month.count).toBe(2);
		const april = await listEvents(null, { query: new URLSearchParams(`view=month&month=2027-04&city=${city.slug}`), locale: 'pl' }, t.deps);
		expect(april.month!.count).toBe(0);
	});
});

describe("organisers' tools", () => {
	it('show participants with answers to organisers only, and export them as CSV', async () => {
		const { organiser, event } = await hostedEvent({ capacity: 1, questions: ['diet', 'free'], free_question: 'Skąd przyjedziesz?' });
		const a = await member();
		const b = await member();
		await registerFromForm(a.actor, { slug: event.slug, values: { answer_diet: '=1+2', answer_free: 'Wałbrzych, "Sobięcin"', answer_accessibility: 'not asked' } }, t.deps);
		await registerFromForm(b.actor, { slug: event.slug, values: {} }, t.deps);
		expect(await codeOf(getParticipants(a.actor, { slug: event.slug, locale: 'en' }, t.deps))).toBe('forbidden');
		expect(await codeOf(participantsCsv(null, { slug: event.slug, locale: 'en' }, t.deps))).toBe('unauthenticated');

		const view = await getParticipants(organiser, { slug: event.slug, locale: 'en' }, t.deps);
		expect(view.participants.map((p) => [p.email, p.status, p.queue])).toEqual([
			[a.person.email, 'registered', null],
			[b.person.email, 'waitlisted', 1]
		]);
		expect(view.participants[0].answers).toEqual([
			{ question: 'diet', answer: '=1+2' },
			{ question: 'free', answer: 'Wałbrzych, "Sobięcin"' }
		]);

		const { body, fileName } = await participantsCsv(organiser, { slug: event.slug, locale: 'pl' }, t.deps);
		expect(fileName).toBe(`${event.slug}-participants.csv`);
		const lines = body.slice(1).split('\r\n');
		// Polish spreadsheets split on semicolons
		expect(lines[0]).toBe('"Imię i nazwisko";"E-mail";"Organizacje";"Status";"Miejsce na liście rezerwowej";"Wymagania dietetyczne";"Skąd przyjedziesz?";"Obecność"');
		expect(lines[1]).toContain(`"'=1+2";"Wałbrzych, ""Sobięcin"""`);
		expect(lines[2]).toContain('"Lista rezerwowa";"1"');
		const english = (await participantsCsv(organiser, { slug: event.slug, locale: 'en' }, t.deps)).body;
		expect(english.slice(1).split('\r\n')[0]).toBe('"Name","E-mail","Organisations","Status","Place on the waiting list","Dietary needs","Skąd przyjedziesz?","Attended"');
	});

	it('write to every registered participant (not the waitlist), recorded and audited', async () => {
		const { organiser, event } = await hostedEvent({ capacity: 1 });
		expect(await codeOf(messageParticipants(organiser, { slug: event.slug, values: { subject: 'Hello', body: 'Text' } }, t.deps))).toBe(
			'conflict:events_error_no_participants'
		);
		const a = await member('pl');
		const b = await member();
		await registerForEvent(a.actor, { eventId: event.id }, t.deps);
		await registerForEvent(b.actor, { eventId: event.id }, t.deps);
		const bad = await messageParticipants(organiser, { slug: event.slug, values: { subject: '', body: 'x' } }, t.deps).catch((e) => e);
		expect(bad.fieldErrors).toMatchObject({ subject: { key: 'error_required' } });
		expect(await codeOf(messageParticipants(a.actor, { slug: event.slug, values: { subject: 'x', body: 'y' } }, t.deps))).toBe('forbidden');

		expect(await messageParticipants(organiser, { slug: event.slug, values: { subject: 'Parking', body: 'Park behind the hall.' } }, t.deps)).toEqual({ recipients: 1 });
		const mail = await t.db.selectFrom('outbox').selectAll().where('to_address', 'in', [a.person.email, b.person.email]).execute();
		expect(mail).toHaveLength(1);
		expect(mail[0]).toMatchObject({ to_address: a.person.email, subject: `Parking · ${event.title}` });
		expect(mail[0].text_body).toContain('Park behind the hall.');
		expect(mail[0].text_body).toContain(`/pl/events/${event.slug}`);
		const messages = await t.db.selectFrom('event_messages').selectAll().where('event_id', '=', event.id).execute();
		expect(messages).toMatchObject([{ subject: 'Parking', recipients: 1, sender_id: organiser.id }]);
		expect((await listAuditFor(t.db, 'event', event.id))[0]).toMatchObject({ action: 'event.message', details: { recipients: 1 } });
	});

	it('mark attendance and write notes once the event has started', async () => {
		const { organiser, event } = await hostedEvent({ starts_at: new Date(Date.now() + DAY), ends_at: new Date(Date.now() + DAY + 3_600_000) });
		const a = await member();
		await registerForEvent(a.actor, { eventId: event.id }, t.deps);
		const registration = await t.db.selectFrom('event_registrations').select('id').where('event_id', '=', event.id).executeTakeFirstOrThrow();
		const later = new Date(Date.now() + 2 * DAY);
		expect(await codeOf(markAttendance(organiser, { slug: event.slug, values: { [`attended_${registration.id}`]: 'yes' } }, t.deps))).toBe(
			'conflict:events_error_attendance_too_early'
		);
		expect(await codeOf(saveEventNotes(organiser, { slug: event.slug, values: { notes: 'x' } }, t.deps))).toBe('conflict:events_error_notes_too_early');
		expect(await markAttendance(organiser, { slug: event.slug, values: { [`attended_${registration.id}`]: 'yes', attended_999999: 'no' }, now: later }, t.deps)).toEqual({ marked: 1 });
		expect(await codeOf(markAttendance(organiser, { slug: event.slug, values: { [`attended_${registration.id}`]: 'maybe' }, now: later }, t.deps))).toBe('validation_failed');
		expect(await codeOf(markAttendance(a.actor, { slug: event.slug, values: {}, now: later }, t.deps))).toBe('forbidden');
		const row = await t.db.selectFrom('event_registrations').select('attended').where('id', '=', registration.id).executeTakeFirstOrThrow();
		expect(row.attended).toBe(true);

		await saveEventNotes(organiser, { slug: event.slug, values: { notes: '## Decided\n\n<script>x</script> **yes**' }, now: later }, t.deps);
		const page = await getEventPage(a.actor, { slug: event.slug, locale: 'en', now: later }, t.deps);
		expect(page.notesHtml).toContain('<strong>yes</strong>');
		expect(page.notesHtml).not.toContain('<script>');
		expect(page.notes).toBe('');
		expect(page.registration.state).toBe('ended');
	});

	it('link practices by address; the page lists only practices the reader may see', async () => {
		const { organiser, event } = await hostedEvent({ visibility: 'public' });
		const open = await makePractice(t.db, { title: 'Hałdy dla ludzi' });
		const closed = await makePractice(t.db, { title: 'Tylko dla członków', visibility: 'members' });
		await addEventPracticeFromForm(organiser, { slug: event.slug, values: { practice: `http://localhost/pl/practices/${open.slug}` } }, t.deps);
		await addEventPracticeFromForm(organiser, { slug: event.slug, values: { practice: closed.slug } }, t.deps);
		const missing = await addEventPracticeFromForm(organiser, { slug: event.slug, values: { practice: 'no-such-practice' } }, t.deps).catch((e) => e);
		expect(missing.fieldErrors).toMatchObject({ practice: { key: 'events_error_practice_not_found' } });
		expect((await getEventPage(null, { slug: event.slug, locale: 'pl' }, t.deps)).practices.map((p) => p.title)).toEqual(['Hałdy dla ludzi']);
		expect((await getEventPage(organiser, { slug: event.slug, locale: 'pl' }, t.deps)).practices).toHaveLength(2);
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
		await expect(getEventPage(actorOf(person), { slug: membersOnly.slug, locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		const consultation = await makeEvent(t.db, { type: 'consultation', registration_closes_at: new Date(Date.now() - DAY) });
		expect((await getEventPage((await member()).actor, { slug: consultation.slug, locale: 'en' }, t.deps)).registration.state).toBe('consultation');
	});

	it('lets a person of the host organisation manage it, names the zone and the places left', async () => {
		const { person, organisation } = await makeMember(t.db);
		const colleague = await makePerson(t.db, { member: true });
		await addToOrganisation(t.db, organisation.id, colleague.id);
		const event = await makeEvent(t.db, { host_organisation_id: organisation.id, capacity: 5, starts_at: new Date('2027-07-01T08:00:00Z'), ends_at: new Date('2027-07-01T10:00:00Z') });
		await registerForEvent(actorOf(person, true), { eventId: event.id }, t.deps);
		const page = await getEventPage(actorOf(colleague, true), { slug: event.slug, locale: 'pl' }, t.deps);
		expect(page.manages).toBe(true);
		expect(page.period).toBe('czwartek, 1 lipca 2027 10:00–12:00 CEST');
		expect(page.placesLeft).toBe(4);
	});
});
