import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makeOrganisation, makePerson, type PersonOverrides } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { registerForEvent } from '../events';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import {
	createConsultation,
	getConsultation,
	inviteExpert,
	listConsultations,
	offerHelp,
	recordOutcome,
	scheduleConsultation,
	withdrawConsultation,
	withdrawOffer
} from './consultations.service';
import { addOffer, givePersonAreas, makeConsultation } from './consultations.testing';

const t = useTestDatabase();
const DAY = 86_400_000;

async function member(overrides: PersonOverrides = {}) {
	const { person, organisation } = await makeMember(t.db, overrides);
	return { person, organisation, actor: actorOf(person, true) };
}

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

const fieldsOf = (promise: Promise<unknown>) =>
	promise.then(
		() => ({}),
		(e: unknown) => (e instanceof AppError ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v.key])) : { unexpected: String(e) })
	);

const mailTo = (email: string) => t.db.selectFrom('outbox').selectAll().where('to_address', '=', email).orderBy('id').execute();

/** A future local date (YYYY-MM-DD) `days` from now, in Warsaw. */
const futureDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** The last Sunday of March (Europe/Warsaw moves to summer time at 02:00) that is still ahead. */
function nextSpringForward(): string {
	for (let year = new Date().getUTCFullYear(); ; year++) {
		const last = new Date(Date.UTC(year, 2, 31));
		last.setUTCDate(31 - last.getUTCDay());
		if (last.getTime() > Date.now() + 2 * DAY) return last.toISOString().slice(0, 10);
	}
}

const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T12:00:00Z`) + by * DAY).toISOString().slice(0, 10);

/** A request by a member, with an offer from another member. */
async function requestWithOffer(options: { withOrganisation?: boolean } = {}) {
	const area = await makeArea(t.db);
	const asker = await member({ locale: 'pl' });
	const expert = await member({ locale: 'en' });
	const consultation = await makeConsultation(t.db, {
		askerId: asker.person.id,
		areaIds: [area.id],
		organisationId: options.withOrganisation === false ? null : asker.organisation.id,
		cityId: asker.organisation.city_id
	});
	await addOffer(t.db, consultation.id, expert.person.id, 'We heated a lamp room with a heat pump.');
	return { area, asker, expert, consultation };
}

const scheduleValues = (expertIds: number[], starts: string, extra: Record<string, unknown> = {}) => ({
	experts: expertIds.map(String),
	starts_at: starts,
	time_zone: 'Europe/Warsaw',
	duration: '60',
	meeting_url: 'https://meet.example.org/walbrzych-heat',
	...extra
});

describe('asking for a consultation', () => {
	it('lets a member ask on behalf of their organisation, the city defaulting to theirs', async () => {
		const area = await makeArea(t.db);
		const asker = await member();
		const values = { title: 'Ogrzewanie łaźni górniczej', problem: 'Jak ogrzać **duży** budynek?', areas: [String(area.id)], organisation_id: String(asker.organisation.id) };
		const { slug } = await createConsultation(asker.actor, { values }, t.deps);
		expect(slug).toMatch(/^ogrzewanie-lazni-gorniczej/);
		const row = await t.db.selectFrom('consultations').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ asker_id: asker.person.id, organisation_id: asker.organisation.id, city_id: asker.person.city_id, status: 'open', challenge_id: null });
		const view = await getConsultation(asker.actor, { slug, locale: 'pl' }, t.deps);
		expect(view.problemHtml).toContain('<strong>duży</strong>');
		expect(view.areas.map((a) => a.key)).toEqual([area.key]);
		expect(view.can).toMatchObject({ offer: false, withdraw: true, schedule: false });
	});

	it('refuses visitors and people who are not members, and names the wrong fields', async () => {
		const area = await makeArea(t.db);
		const values = { title: 'Problem', problem: 'Opis', areas: [String(area.id)] };
		expect(await codeOf(createConsultation(null, { values }, t.deps))).toBe('unauthenticated');
		const outsider = await makePerson(t.db);
		expect(await codeOf(createConsultation(actorOf(outsider), { values }, t.deps))).toBe('forbidden');

		const asker = await member();
		const other = await makeOrganisation(t.db, { approved: true });
		expect(await fieldsOf(createConsultation(asker.actor, { values: { title: ' ', problem: '', areas: [] } }, t.deps))).toEqual({
			title: 'error_required',
			problem: 'error_required',
			areas: 'consultations_error_areas_required'
		});
		expect(await fieldsOf(createConsultation(asker.actor, { values: { ...values, organisation_id: String(other.id) } }, t.deps))).toEqual({
			organisation_id: 'consultations_error_not_your_organisation'
		});
		expect(await fieldsOf(createConsultation(asker.actor, { values: { ...values, areas: ['999999'] } }, t.deps))).toEqual({ areas: 'error_invalid_choice' });
	});

	it('lists open requests to members only, by area, and the reader’s own', async () => {
		const { area, asker, consultation } = await requestWithOffer();
		const otherArea = await makeArea(t.db);
		const reader = await member();
		const list = await listConsultations(reader.actor, { values: { area: area.key }, locale: 'en' }, t.deps);
		expect(list.open.map((c) => c.slug)).toContain(consultation.slug);
		expect(list.open.find((c) => c.slug === consultation.slug)).toMatchObject({ offers: 1, areas: [{ key: area.key }] });
		const filtered = await listConsultations(reader.actor, { values: { area: otherArea.key }, locale: 'en' }, t.deps);
		expect(filtered.open.map((c) => c.slug)).not.toContain(consultation.slug);
		const mine = await listConsultations(asker.actor, { values: {}, locale: 'pl' }, t.deps);
		expect(mine.mine.map((c) => c.slug)).toContain(consultation.slug);

		const outsider = await makePerson(t.db);
		expect(await listConsultations(actorOf(outsider), { values: {}, locale: 'en' }, t.deps)).toMatchObject({ blocked: 'not_member', open: [] });
		expect(await codeOf(listConsultations(null, { values: {}, locale: 'en' }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(getConsultation(actorOf(outsider), { slug: consultation.slug, locale: 'en' }, t.deps))).toBe('forbidden');
	});
});

describe('offering help', () => {
	it('records a member’s offer and tells the asker by mail in the asker’s language', async () => {
		const { asker, consultation } = await requestWithOffer();
		const helper = await member({ locale: 'en' });
		await offerHelp(helper.actor, { slug: consultation.slug, values: { message: 'Our museum solved this.' } }, t.deps);
		const offers = await t.db.selectFrom('consultation_offers').selectAll().where('consultation_id', '=', consultation.id).execute();
		expect(offers.map((o) => o.person_id)).toContain(helper.person.id);
		const [mail] = await mailTo(asker.person.email);
		expect(mail.subject).toContain('Zgłoszenie pomocy');
		expect(mail.text_body).toContain('Our museum solved this.');
		expect(mail.text_body).toContain(`/pl/consultations/${consultation.slug}`);

		expect(await codeOf(offerHelp(helper.actor, { slug: consultation.slug, values: { message: 'Again' } }, t.deps))).toBe('conflict');
		const view = await getConsultation(helper.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(view.myOffer?.message).toBe('Our museum solved this.');
		expect(view.offers).toEqual([]);
		expect(view.can.withdrawOffer).toBe(true);
		await withdrawOffer(helper.actor, { slug: consultation.slug }, t.deps);
		expect(await codeOf(withdrawOffer(helper.actor, { slug: consultation.slug }, t.deps))).toBe('conflict');
	});

	it('refuses the asker, non-members, visitors and an empty message', async () => {
		const { asker, consultation } = await requestWithOffer();
		const values = { message: 'I can help' };
		expect(await codeOf(offerHelp(asker.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		const outsider = await makePerson(t.db);
		expect(await codeOf(offerHelp(actorOf(outsider), { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		expect(await codeOf(offerHelp(null, { slug: consultation.slug, values }, t.deps))).toBe('unauthenticated');
		const helper = await member();
		expect(await fieldsOf(offerHelp(helper.actor, { slug: consultation.slug, values: { message: '  ' } }, t.deps))).toEqual({ message: 'error_required' });
		expect(await codeOf(offerHelp(helper.actor, { slug: 'no-such-consultation', values }, t.deps))).toBe('not_found');
	});
});

describe('scheduling', () => {
	it('lets only the asker pick experts, among those who offered', async () => {
		const { asker, expert, consultation } = await requestWithOffer();
		const values = scheduleValues([expert.person.id], `${futureDay(10)}T10:00`);
		expect(await codeOf(scheduleConsultation(expert.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		const other = await member();
		expect(await codeOf(scheduleConsultation(other.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		expect(await fieldsOf(scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([other.person.id], `${futureDay(10)}T10:00`) }, t.deps))).toEqual({
			experts: 'consultations_error_expert_not_offered'
		});
		expect(await fieldsOf(scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([], '2020-01-01T10:00', { meeting_url: '', time_zone: 'Mars/Olympus' }) }, t.deps))).toEqual({
			experts: 'consultations_error_experts_required',
			meeting_url: 'consultations_error_meeting_url'
		});
		expect(await fieldsOf(scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([expert.person.id], '2020-01-01T10:00') }, t.deps))).toEqual({
			starts_at: 'consultations_error_time_past'
		});
		expect(await fieldsOf(scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([expert.person.id], 'tomorrow') }, t.deps))).toEqual({
			starts_at: 'consultations_error_time'
		});
		expect(await t.db.selectFrom('events').select('id').where('title', '=', consultation.title).execute()).toEqual([]);
	});

	it('creates exactly one online event with the asker and the picked experts registered, and mails them', async () => {
		const { asker, expert, consultation } = await requestWithOffer();
		const unpicked = await member();
		await addOffer(t.db, consultation.id, unpicked.person.id);
		const { eventSlug } = await scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([expert.person.id], `${futureDay(10)}T10:00`) }, t.deps);

		const events = await t.db.selectFrom('events').selectAll().where('title', '=', consultation.title).execute();
		expect(events).toHaveLength(1);
		const [event] = events;
		expect(event).toMatchObject({
			slug: eventSlug,
			type: 'consultation',
			online: true,
			meeting_url: 'https://meet.example.org/walbrzych-heat',
			visibility: 'members',
			host_organisation_id: asker.organisation.id,
			capacity: 2,
			time_zone: 'Europe/Warsaw',
			created_by: asker.person.id
		});
		expect(event.registration_closes_at!.getTime()).toBeLessThanOrEqual(Date.now());
		expect(event.ends_at.getTime() - event.starts_at.getTime()).toBe(60 * 60_000);
		const registrations = await t.db.selectFrom('event_registrations').select(['person_id', 'status']).where('event_id', '=', event.id).orderBy('person_id').execute();
		expect(registrations).toEqual(
			[asker.person.id, expert.person.id].sort((a, b) => a - b).map((person_id) => ({ person_id, status: 'registered' }))
		);
		const eventAreas = await t.db.selectFrom('event_areas').select('area_id').where('event_id', '=', event.id).execute();
		expect(eventAreas).toHaveLength(1);

		const row = await t.db.selectFrom('consultations').selectAll().where('id', '=', consultation.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ status: 'scheduled', event_id: event.id });
		const offers = await t.db.selectFrom('consultation_offers').select(['person_id', 'picked']).where('consultation_id', '=', consultation.id).execute();
		expect(offers.find((o) => o.person_id === expert.person.id)?.picked).toBe(true);
		expect(offers.find((o) => o.person_id === unpicked.person.id)?.picked).toBe(false);

		const [expertMail] = await mailTo(expert.person.email);
		expect(expertMail.subject).toContain('Online consultation scheduled');
		expect(expertMail.text_body).toContain(`/en/events/${eventSlug}`);
		expect(expertMail.text_body).toContain(asker.person.name);
		const askerMail = (await mailTo(asker.person.email)).find((m) => m.subject.includes('Umówiona'));
		expect(askerMail?.text_body).toContain(`/pl/events/${eventSlug}`);
		expect((await mailTo(unpicked.person.email)).length).toBe(0);

		// nobody else can register, and nobody can schedule it again
		expect(await codeOf(registerForEvent(unpicked.actor, { eventId: event.id, answers: {} }, t.deps))).toBe('conflict');
		expect(await codeOf(scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([unpicked.person.id], `${futureDay(11)}T10:00`) }, t.deps))).toBe('conflict');
		expect(await t.db.selectFrom('events').select('id').where('title', '=', consultation.title).execute()).toHaveLength(1);

		const view = await getConsultation(unpicked.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(view.event?.slug).toBe(eventSlug);
		expect(view.picked.map((p) => p.handle)).toEqual([expert.person.handle]);
		expect(view.can.offer).toBe(false);
	});

	it('hosts the event under no organisation when the asker asked for themself', async () => {
		const { asker, expert, consultation } = await requestWithOffer({ withOrganisation: false });
		await scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([expert.person.id], `${futureDay(5)}T09:30`) }, t.deps);
		const event = await t.db.selectFrom('events').select(['host_organisation_id']).where('title', '=', consultation.title).executeTakeFirstOrThrow();
		expect(event.host_organisation_id).toBeNull();
	});

	it('reads the time in the chosen zone on both sides of the spring change in Europe/Warsaw', async () => {
		const change = nextSpringForward();
		const cases = [
			// winter time (UTC+1) the day before, summer time (UTC+2) the day after
			{ local: `${shiftDay(change, -1)}T10:00`, utc: `${shiftDay(change, -1)}T09:00:00.000Z`, minutes: '60' },
			{ local: `${shiftDay(change, 1)}T10:00`, utc: `${shiftDay(change, 1)}T08:00:00.000Z`, minutes: '60' },
			// across the change itself: 01:30 CET for two hours ends at 04:30 CEST
			{ local: `${change}T01:30`, utc: `${change}T00:30:00.000Z`, minutes: '120' }
		];
		for (const c of cases) {
			const { asker, expert, consultation } = await requestWithOffer();
			await scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([expert.person.id], c.local, { duration: c.minutes }) }, t.deps);
			const event = await t.db.selectFrom('events').select(['starts_at', 'ends_at']).where('title', '=', consultation.title).executeTakeFirstOrThrow();
			expect(event.starts_at.toISOString()).toBe(c.utc);
			expect(event.ends_at.getTime() - event.starts_at.getTime()).toBe(Number(c.minutes) * 60_000);
			const [mail] = await mailTo(expert.person.email);
			expect(mail.text_body).toContain(c.local.slice(11));
		}
		const { asker, expert, consultation } = await requestWithOffer();
		await scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([expert.person.id], `${change}T01:30`, { duration: '120' }) }, t.deps);
		const [mail] = await mailTo(expert.person.email);
		expect(mail.text_body).toMatch(/01:30 (CET|GMT\+1) – 04:30 (CEST|GMT\+2)/);
	});
});

describe('suggested experts', () => {
	it('ranks members by overlap, leaving out the asker, hidden profiles, hidden areas and non-members', async () => {
		const [a1, a2] = [await makeArea(t.db), await makeArea(t.db)];
		const asker = await member();
		await givePersonAreas(t.db, asker.person.id, [a1.id, a2.id]);
		const both = await member({ name: 'Both Areas' });
		await givePersonAreas(t.db, both.person.id, [a1.id, a2.id]);
		const one = await member({ name: 'One Area' });
		await givePersonAreas(t.db, one.person.id, [a1.id]);
		const hidden = await member({ name: 'Hidden Profile', visibility: { profile: 'nobody' } });
		await givePersonAreas(t.db, hidden.person.id, [a1.id, a2.id]);
		const hiddenAreas = await member({ name: 'Hidden Areas', visibility: { areas: 'nobody' } });
		await givePersonAreas(t.db, hiddenAreas.person.id, [a1.id, a2.id]);
		const outsider = await makePerson(t.db, { name: 'Not A Member' });
		await givePersonAreas(t.db, outsider.id, [a1.id, a2.id]);
		const contact = await member({ name: 'Practice Contact' });
		const city = await makeCity(t.db);
		await makePractice(t.db, { cityId: city.id, areaIds: [a2.id], contactIds: [contact.person.id] });
		const draftContact = await member({ name: 'Draft Contact' });
		await makePractice(t.db, { cityId: city.id, areaIds: [a2.id], contactIds: [draftContact.person.id], published: false });

		const consultation = await makeConsultation(t.db, { askerId: asker.person.id, areaIds: [a1.id, a2.id] });
		const reader = await member();
		const view = await getConsultation(reader.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		const names = view.suggestions.map((s) => s.name);
		expect(names[0]).toBe('Both Areas');
		expect(names).toContain('One Area');
		expect(names).toContain('Practice Contact');
		expect(names.indexOf('Both Areas')).toBeLessThan(names.indexOf('One Area'));
		for (const left of ['Hidden Profile', 'Hidden Areas', 'Not A Member', 'Draft Contact', asker.person.name]) expect(names).not.toContain(left);
		expect(view.suggestions.find((s) => s.name === 'Practice Contact')).toMatchObject({ practices: 1, areas: [{ key: a2.key }] });

		// someone who offered is no longer "suggested"; the hidden person sees no one new about themself
		await addOffer(t.db, consultation.id, one.person.id);
		const after = await getConsultation(reader.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(after.suggestions.map((s) => s.name)).not.toContain('One Area');
	});

	it('lets the asker invite a suggested person once, by mail', async () => {
		const area = await makeArea(t.db);
		const asker = await member();
		const expert = await member({ locale: 'pl' });
		await givePersonAreas(t.db, expert.person.id, [area.id]);
		const stranger = await member();
		const consultation = await makeConsultation(t.db, { askerId: asker.person.id, areaIds: [area.id] });
		const values = { person_id: String(expert.person.id) };
		expect(await codeOf(inviteExpert(stranger.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		await inviteExpert(asker.actor, { slug: consultation.slug, values }, t.deps);
		const [mail] = await mailTo(expert.person.email);
		expect(mail.subject).toContain('Czy możesz pomóc?');
		expect(mail.text_body).toContain(`/pl/consultations/${consultation.slug}`);
		expect(await codeOf(inviteExpert(asker.actor, { slug: consultation.slug, values }, t.deps))).toBe('conflict');
		expect(await fieldsOf(inviteExpert(asker.actor, { slug: consultation.slug, values: { person_id: String(stranger.person.id) } }, t.deps))).toEqual({
			person_id: 'consultations_error_not_suggested'
		});
		const view = await getConsultation(asker.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(view.suggestions.find((s) => s.id === expert.person.id)?.invited).toBe(true);
	});
});

describe('the outcome', () => {
	async function scheduled() {
		const world = await requestWithOffer();
		const unpicked = await member();
		await addOffer(t.db, world.consultation.id, unpicked.person.id);
		const { eventSlug } = await scheduleConsultation(
			world.asker.actor,
			{ slug: world.consultation.slug, values: scheduleValues([world.expert.person.id], `${futureDay(3)}T10:00`) },
			t.deps
		);
		return { ...world, unpicked, eventSlug };
	}
	const meetingHappened = (eventSlug: string) =>
		t.db.updateTable('events').set({ starts_at: new Date(Date.now() - 2 * 3_600_000), ends_at: new Date(Date.now() - 3_600_000) }).where('slug', '=', eventSlug).execute();

	it('is written by the asker or a picked expert once the meeting has begun, and shown with the request', async () => {
		const { asker, expert, unpicked, consultation, eventSlug } = await scheduled();
		const values = { outcome: 'Try a **heat pump** and ask Ostrava for their tender.' };
		expect(await codeOf(recordOutcome(asker.actor, { slug: consultation.slug, values }, t.deps))).toBe('conflict');
		await meetingHappened(eventSlug);
		expect(await codeOf(recordOutcome(unpicked.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		const other = await member();
		expect(await codeOf(recordOutcome(other.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		expect(await fieldsOf(recordOutcome(expert.actor, { slug: consultation.slug, values: { outcome: '' } }, t.deps))).toEqual({ outcome: 'error_required' });
		await recordOutcome(expert.actor, { slug: consultation.slug, values }, t.deps);
		const view = await getConsultation(other.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(view.status).toBe('done');
		expect(view.outcomeHtml).toContain('<strong>heat pump</strong>');
		expect(view.can.outcome).toBe(false);
		// the asker may still correct it
		await recordOutcome(asker.actor, { slug: consultation.slug, values: { outcome: 'Corrected.' } }, t.deps);
		expect((await getConsultation(asker.actor, { slug: consultation.slug, locale: 'en' }, t.deps)).outcome).toBe('Corrected.');
	});

	it('cannot be written on an open request', async () => {
		const { asker, consultation } = await requestWithOffer();
		expect(await codeOf(recordOutcome(asker.actor, { slug: consultation.slug, values: { outcome: 'x' } }, t.deps))).toBe('conflict');
	});
});

describe('withdrawing', () => {
	it('lets only the asker withdraw an open request, which then disappears for others', async () => {
		const { asker, expert, consultation } = await requestWithOffer();
		expect(await codeOf(withdrawConsultation(expert.actor, { slug: consultation.slug }, t.deps))).toBe('forbidden');
		await withdrawConsultation(asker.actor, { slug: consultation.slug }, t.deps);
		expect(await codeOf(getConsultation(expert.actor, { slug: consultation.slug, locale: 'en' }, t.deps))).toBe('not_found');
		const own = await getConsultation(asker.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(own.status).toBe('withdrawn');
		expect(own.can.schedule).toBe(false);
		expect(await codeOf(withdrawConsultation(asker.actor, { slug: consultation.slug }, t.deps))).toBe('conflict');
		const list = await listConsultations(expert.actor, { values: {}, locale: 'en' }, t.deps);
		expect(list.open.map((c) => c.slug)).not.toContain(consultation.slug);
	});
});
