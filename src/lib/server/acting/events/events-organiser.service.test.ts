/** What organisers do with an event: the form, changes, cancelling, and their tools for participants. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { listAuditFor } from '../../platform/audit';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import { cancelEvent, cancelRegistration, createEvent, registerForEvent, updateEvent } from './events.service';
import { getEventForm, getEventPage } from './events-read.service';
import { registerFromForm } from './events-participation.service';
import {
	addEventPracticeFromForm,
	getParticipants,
	markAttendance,
	messageParticipants,
	participantsCsv,
	saveEventNotes
} from './events-organiser.service';
import { codeOf, eventWorlds, makeEvent } from './events.testing';

const t = useTestDatabase();
const { member, hostedEvent, statuses } = eventWorlds(t);
const DAY = 86_400_000;

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
		expect(view.values).toMatchObject({
			startsAt: '2027-03-28T10:00',
			endsAt: '2027-03-28T15:30',
			agenda_title_1: 'Spacer',
			agenda_time_1: '09:15',
			areaIds: [String(area.id)]
		});
	});

	it('names every wrong field, the programme rows included', async () => {
		const { person, organisation } = await makeMember(t.db);
		const error = await createEvent(
			actorOf(person, true),
			form(organisation.id, {
				startsAt: '2027-02-30T10:00',
				place: '',
				agenda_title_0: '',
				agenda_time_2: '25:00',
				questions: ['free'],
				freeQuestion: ''
			}),
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
		expect(await t.db.selectFrom('events').select('title').where('id', '=', event.id).executeTakeFirstOrThrow()).toEqual({
			title: 'Renamed'
		});
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
		expect(
			after
				.filter((r) => r.status === 'registered')
				.map((r) => r.person_id)
				.sort()
		).toEqual([people[1], people[2], people[3]].map((p) => p.person.id).sort());
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
		const mail = await t.db
			.selectFrom('outbox')
			.select(['to_address', 'subject'])
			.where('to_address', 'in', [a.person.email, b.person.email])
			.execute();
		expect(mail.map((m) => m.subject).sort()).toEqual(
			['Cancelled: an event in your calendar', 'Odwołane: wydarzenie z Twojego kalendarza'].sort()
		);
		expect(await codeOf(registerForEvent(c.actor, { eventId: event.id }, t.deps))).toBe('conflict:events_error_event_cancelled');
		// a registered person cancelling after that frees no place for the waitlist
		expect(await cancelRegistration(a.actor, { eventId: event.id }, t.deps)).toEqual({ status: 'cancelled', promoted: 0 });
		const page = await getEventPage(c.actor, { slug: event.slug, locale: 'en' }, t.deps);
		expect(page).toMatchObject({ cancelled: true, registration: { state: 'cancelled' } });
		expect(await cancelEvent(organiser, { slug: event.slug }, t.deps)).toEqual({ told: 0 });
	});
});

describe("organisers' tools", () => {
	it('show participants with answers to organisers only, and export them as CSV', async () => {
		const { organiser, event } = await hostedEvent({ capacity: 1, questions: ['diet', 'free'], free_question: 'Skąd przyjedziesz?' });
		const a = await member();
		const b = await member();
		await registerFromForm(
			a.actor,
			{ slug: event.slug, values: { answer_diet: '=1+2', answer_free: 'Wałbrzych, "Sobięcin"', answer_accessibility: 'not asked' } },
			t.deps
		);
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
		expect(lines[0]).toBe(
			'"Imię i nazwisko";"E-mail";"Organizacje";"Status";"Miejsce na liście rezerwowej";"Wymagania dietetyczne";"Skąd przyjedziesz?";"Obecność"'
		);
		expect(lines[1]).toContain(`"'=1+2";"Wałbrzych, ""Sobięcin"""`);
		expect(lines[2]).toContain('"Lista rezerwowa";"1"');
		const english = (await participantsCsv(organiser, { slug: event.slug, locale: 'en' }, t.deps)).body;
		expect(english.slice(1).split('\r\n')[0]).toBe(
			'"Name","E-mail","Organisations","Status","Place on the waiting list","Dietary needs","Skąd przyjedziesz?","Attended"'
		);
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

		expect(
			await messageParticipants(organiser, { slug: event.slug, values: { subject: 'Parking', body: 'Park behind the hall.' } }, t.deps)
		).toEqual({ recipients: 1 });
		const mail = await t.db.selectFrom('outbox').selectAll().where('to_address', 'in', [a.person.email, b.person.email]).execute();
		expect(mail).toHaveLength(1);
		// what the organiser wrote is in the body; the subject is the platform's own
		expect(mail[0]).toMatchObject({ to_address: a.person.email, subject: 'Wiadomość od organizatorów wydarzenia z Twojego kalendarza' });
		expect(mail[0].text_body).toContain(`„${event.title}” w sprawie: Parking`);
		expect(mail[0].text_body).toContain('Park behind the hall.');
		expect(mail[0].text_body).toContain(`/pl/events/${event.slug}`);
		const messages = await t.db.selectFrom('event_messages').selectAll().where('event_id', '=', event.id).execute();
		expect(messages).toMatchObject([{ subject: 'Parking', recipients: 1, sender_id: organiser.id }]);
		expect((await listAuditFor(t.db, 'event', event.id))[0]).toMatchObject({ action: 'event.message', details: { recipients: 1 } });
	});

	it('write and tell about cancelling only those who may still see the event (not a lapsed member)', async () => {
		const { organiser, event } = await hostedEvent({ visibility: 'members' });
		const stays = await member();
		const lapses = await makeMember(t.db);
		for (const p of [stays.actor, actorOf(lapses.person, true)]) await registerForEvent(p, { eventId: event.id }, t.deps);
		await t.db.updateTable('organisations').set({ member_since: null }).where('id', '=', lapses.organisation.id).execute();
		const link = 'https://meet.example.org/new-room';
		expect(
			await messageParticipants(organiser, { slug: event.slug, values: { subject: 'New room', body: `We moved: ${link}` } }, t.deps)
		).toEqual({ recipients: 1 });
		expect(await cancelEvent(organiser, { slug: event.slug }, t.deps)).toEqual({ told: 1 });
		const mailTo = (email: string) => t.db.selectFrom('outbox').select('text_body').where('to_address', '=', email).execute();
		expect(await mailTo(stays.person.email)).toHaveLength(2);
		expect(await mailTo(lapses.person.email)).toEqual([]);
	});

	it('mark attendance and write notes once the event has started', async () => {
		const { organiser, event } = await hostedEvent({
			starts_at: new Date(Date.now() + DAY),
			ends_at: new Date(Date.now() + DAY + 3_600_000)
		});
		const a = await member();
		await registerForEvent(a.actor, { eventId: event.id }, t.deps);
		const registration = await t.db
			.selectFrom('event_registrations')
			.select('id')
			.where('event_id', '=', event.id)
			.executeTakeFirstOrThrow();
		const later = new Date(Date.now() + 2 * DAY);
		expect(await codeOf(markAttendance(organiser, { slug: event.slug, values: { [`attended_${registration.id}`]: 'yes' } }, t.deps))).toBe(
			'conflict:events_error_attendance_too_early'
		);
		expect(await codeOf(saveEventNotes(organiser, { slug: event.slug, values: { notes: 'x' } }, t.deps))).toBe(
			'conflict:events_error_notes_too_early'
		);
		expect(
			await markAttendance(
				organiser,
				{ slug: event.slug, values: { [`attended_${registration.id}`]: 'yes', attended_999999: 'no' }, now: later },
				t.deps
			)
		).toEqual({ marked: 1 });
		expect(
			await codeOf(
				markAttendance(organiser, { slug: event.slug, values: { [`attended_${registration.id}`]: 'maybe' }, now: later }, t.deps)
			)
		).toBe('validation_failed');
		expect(await codeOf(markAttendance(a.actor, { slug: event.slug, values: {}, now: later }, t.deps))).toBe('forbidden');
		const row = await t.db.selectFrom('event_registrations').select('attended').where('id', '=', registration.id).executeTakeFirstOrThrow();
		expect(row.attended).toBe(true);

		await saveEventNotes(
			organiser,
			{ slug: event.slug, values: { notes: '## Decided\n\n<script>x</script> **yes**' }, now: later },
			t.deps
		);
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
		await addEventPracticeFromForm(
			organiser,
			{ slug: event.slug, values: { practice: `http://localhost/pl/practices/${open.slug}` } },
			t.deps
		);
		await addEventPracticeFromForm(organiser, { slug: event.slug, values: { practice: closed.slug } }, t.deps);
		const missing = await addEventPracticeFromForm(organiser, { slug: event.slug, values: { practice: 'no-such-practice' } }, t.deps).catch(
			(e) => e
		);
		expect(missing.fieldErrors).toMatchObject({ practice: { key: 'events_error_practice_not_found' } });
		expect((await getEventPage(null, { slug: event.slug, locale: 'pl' }, t.deps)).practices.map((p) => p.title)).toEqual([
			'Hałdy dla ludzi'
		]);
		expect((await getEventPage(organiser, { slug: event.slug, locale: 'pl' }, t.deps)).practices).toHaveLength(2);
	});
});
