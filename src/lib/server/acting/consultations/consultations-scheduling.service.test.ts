/** Scheduling a consultation as an online event with the picked experts, and recording its outcome. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { registerForEvent } from '../events';
import { getConsultation } from './consultations-read.service';
import { recordOutcome, scheduleConsultation } from './consultations-scheduling.service';
import { addOffer, codeOf, consultationWorlds, fieldsOf } from './consultations.testing';

const t = useTestDatabase();
const { member, mailTo, requestWithOffer } = consultationWorlds(t);

const DAY = 86_400_000;

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

const scheduleValues = (expertIds: number[], starts: string, extra: Record<string, unknown> = {}) => ({
	experts: expertIds.map(String),
	starts_at: starts,
	time_zone: 'Europe/Warsaw',
	duration: '60',
	meeting_url: 'https://meet.example.org/walbrzych-heat',
	...extra
});

describe('scheduling', () => {
	it('lets only the asker pick experts, among those who offered', async () => {
		const { asker, expert, consultation } = await requestWithOffer();
		const values = scheduleValues([expert.person.id], `${futureDay(10)}T10:00`);
		expect(await codeOf(scheduleConsultation(expert.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		const other = await member();
		expect(await codeOf(scheduleConsultation(other.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		expect(
			await fieldsOf(
				scheduleConsultation(
					asker.actor,
					{ slug: consultation.slug, values: scheduleValues([other.person.id], `${futureDay(10)}T10:00`) },
					t.deps
				)
			)
		).toEqual({
			experts: 'consultations_error_expert_not_offered'
		});
		expect(
			await fieldsOf(
				scheduleConsultation(
					asker.actor,
					{ slug: consultation.slug, values: scheduleValues([], '2020-01-01T10:00', { meeting_url: '', time_zone: 'Mars/Olympus' }) },
					t.deps
				)
			)
		).toEqual({
			experts: 'consultations_error_experts_required',
			meeting_url: 'consultations_error_meeting_url'
		});
		expect(
			await fieldsOf(
				scheduleConsultation(
					asker.actor,
					{ slug: consultation.slug, values: scheduleValues([expert.person.id], '2020-01-01T10:00') },
					t.deps
				)
			)
		).toEqual({
			starts_at: 'consultations_error_time_past'
		});
		expect(
			await fieldsOf(
				scheduleConsultation(asker.actor, { slug: consultation.slug, values: scheduleValues([expert.person.id], 'tomorrow') }, t.deps)
			)
		).toEqual({
			starts_at: 'consultations_error_time'
		});
		expect(await t.db.selectFrom('events').select('id').where('title', '=', consultation.title).execute()).toEqual([]);
	});

	it('creates exactly one online event with the asker and the picked experts registered, and mails them', async () => {
		const { asker, expert, consultation } = await requestWithOffer();
		const unpicked = await member();
		await addOffer(t.db, consultation.id, unpicked.person.id);
		const { eventSlug } = await scheduleConsultation(
			asker.actor,
			{ slug: consultation.slug, values: scheduleValues([expert.person.id], `${futureDay(10)}T10:00`) },
			t.deps
		);

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
		const registrations = await t.db
			.selectFrom('event_registrations')
			.select(['person_id', 'status'])
			.where('event_id', '=', event.id)
			.orderBy('person_id')
			.execute();
		expect(registrations).toEqual(
			[asker.person.id, expert.person.id].sort((a, b) => a - b).map((person_id) => ({ person_id, status: 'registered' }))
		);
		const eventAreas = await t.db.selectFrom('event_areas').select('area_id').where('event_id', '=', event.id).execute();
		expect(eventAreas).toHaveLength(1);

		const row = await t.db.selectFrom('consultations').selectAll().where('id', '=', consultation.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ status: 'scheduled', event_id: event.id });
		const offers = await t.db
			.selectFrom('consultation_offers')
			.select(['person_id', 'picked'])
			.where('consultation_id', '=', consultation.id)
			.execute();
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
		expect(
			await codeOf(
				scheduleConsultation(
					asker.actor,
					{ slug: consultation.slug, values: scheduleValues([unpicked.person.id], `${futureDay(11)}T10:00`) },
					t.deps
				)
			)
		).toBe('conflict');
		expect(await t.db.selectFrom('events').select('id').where('title', '=', consultation.title).execute()).toHaveLength(1);

		const view = await getConsultation(unpicked.actor, { slug: consultation.slug, locale: 'en' }, t.deps);
		expect(view.event?.slug).toBe(eventSlug);
		expect(view.picked.map((p) => p.handle)).toEqual([expert.person.handle]);
		expect(view.can.offer).toBe(false);
	});

	it('hosts the event under no organisation when the asker asked for themself', async () => {
		const { asker, expert, consultation } = await requestWithOffer({ withOrganisation: false });
		await scheduleConsultation(
			asker.actor,
			{ slug: consultation.slug, values: scheduleValues([expert.person.id], `${futureDay(5)}T09:30`) },
			t.deps
		);
		const event = await t.db
			.selectFrom('events')
			.select(['host_organisation_id'])
			.where('title', '=', consultation.title)
			.executeTakeFirstOrThrow();
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
			await scheduleConsultation(
				asker.actor,
				{ slug: consultation.slug, values: scheduleValues([expert.person.id], c.local, { duration: c.minutes }) },
				t.deps
			);
			const event = await t.db
				.selectFrom('events')
				.select(['starts_at', 'ends_at'])
				.where('title', '=', consultation.title)
				.executeTakeFirstOrThrow();
			expect(event.starts_at.toISOString()).toBe(c.utc);
			expect(event.ends_at.getTime() - event.starts_at.getTime()).toBe(Number(c.minutes) * 60_000);
			const [mail] = await mailTo(expert.person.email);
			expect(mail.text_body).toContain(c.local.slice(11));
		}
		const { asker, expert, consultation } = await requestWithOffer();
		await scheduleConsultation(
			asker.actor,
			{ slug: consultation.slug, values: scheduleValues([expert.person.id], `${change}T01:30`, { duration: '120' }) },
			t.deps
		);
		const [mail] = await mailTo(expert.person.email);
		expect(mail.text_body).toMatch(/01:30 (CET|GMT\+1) – 04:30 (CEST|GMT\+2)/);
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
		t.db
			.updateTable('events')
			.set({ starts_at: new Date(Date.now() - 2 * 3_600_000), ends_at: new Date(Date.now() - 3_600_000) })
			.where('slug', '=', eventSlug)
			.execute();

	it('is written by the asker or a picked expert once the meeting has begun, and shown with the request', async () => {
		const { asker, expert, unpicked, consultation, eventSlug } = await scheduled();
		const values = { outcome: 'Try a **heat pump** and ask Ostrava for their tender.' };
		expect(await codeOf(recordOutcome(asker.actor, { slug: consultation.slug, values }, t.deps))).toBe('conflict');
		await meetingHappened(eventSlug);
		expect(await codeOf(recordOutcome(unpicked.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		const other = await member();
		expect(await codeOf(recordOutcome(other.actor, { slug: consultation.slug, values }, t.deps))).toBe('forbidden');
		expect(await fieldsOf(recordOutcome(expert.actor, { slug: consultation.slug, values: { outcome: '' } }, t.deps))).toEqual({
			outcome: 'error_required'
		});
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
