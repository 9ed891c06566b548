import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { toLocalInput } from '$lib/datetime';
import { makePractice } from '../../knowledge/transfers/transfers.testing';
import { applyForVisit, decideApplication, withdrawApplication } from './visit-applications.service';
import { fileTakeaway, startTransferFromTakeaway } from './visit-takeaways.service';
import { createStudyVisit, getStudyVisit, listStudyVisits } from './visits.service';
import { addApplication, makeVisit } from './visits.testing';

const t = useTestDatabase();
const DAY = 86_400_000;

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? `${e.code}:${e.messageKey}` : `unexpected: ${String(e)}`)
	);

async function member(options: { locale?: string; cityId?: number } = {}) {
	const { person, organisation } = await makeMember(t.db, { locale: options.locale ?? 'en', cityId: options.cityId });
	return { person, organisation, actor: actorOf(person, true) };
}

/** A visit hosted by a new organisation whose admin is returned. */
async function hostedVisit(overrides: Parameters<typeof makeVisit>[1] = {}, visit: Parameters<typeof makeVisit>[2] = {}) {
	const host = await member({ locale: 'pl' });
	await t.db.updateTable('organisation_members').set({ role: 'admin' }).where('person_id', '=', host.person.id).execute();
	const event = await makeVisit(
		t.db,
		{ host_organisation_id: host.organisation.id, city_id: host.organisation.city_id, ...overrides },
		visit
	);
	return { host, event };
}

const outbox = (to: string) => t.db.selectFrom('outbox').select(['subject', 'text_body']).where('to_address', '=', to).execute();
const registration = (eventId: number, personId: number) =>
	t.db
		.selectFrom('event_registrations')
		.select('status')
		.where('event_id', '=', eventId)
		.where('person_id', '=', personId)
		.executeTakeFirst();

describe('createStudyVisit', () => {
	const zone = 'Europe/Warsaw';
	const local = (ms: number) => toLocalInput(new Date(Date.now() + ms), zone);
	const form = (hostOrganisationId: number, practiceIds: number[] = []) => ({
		hostOrganisationId: String(hostOrganisationId),
		cityId: '',
		title: 'Stara Kopalnia od środka',
		description: 'Spacer po **kopalni**.',
		sites: '- maszynownia',
		practiceIds: practiceIds.map(String),
		timeZone: zone,
		startsAt: local(30 * DAY),
		endsAt: local(30 * DAY + 6 * 3_600_000),
		place: 'ul. Wysockiego 29, Wałbrzych',
		capacity: '12',
		languages: ['pl', 'en'],
		costs: 'Dojazd we własnym zakresie.',
		costsPaidBy: 'shared',
		applicationsCloseAt: local(20 * DAY),
		visibility: 'members'
	});

	it('creates a study_visit event of the organisation in its city, with sites, costs and practices', async () => {
		const { person, organisation, actor } = await member();
		const practice = await makePractice(t.db, { cityId: organisation.city_id });
		const { slug } = await createStudyVisit(actor, form(organisation.id, [practice.id]), t.deps);
		const event = await t.db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
		expect(event).toMatchObject({
			type: 'study_visit',
			host_organisation_id: organisation.id,
			city_id: organisation.city_id,
			capacity: 12,
			created_by: person.id,
			time_zone: zone
		});
		expect(toLocalInput(event.starts_at, zone)).toBe(form(organisation.id).startsAt);
		const visit = await t.db.selectFrom('study_visits').selectAll().where('event_id', '=', event.id).executeTakeFirstOrThrow();
		expect(visit).toMatchObject({ costs_paid_by: 'shared', sites: '- maszynownia' });
		expect(event.registration_closes_at?.getTime()).toBe(visit.applications_close_at?.getTime());
		const details = await getStudyVisit(actor, { slug, locale: 'en' }, t.deps);
		expect(details.practices.map((p) => p.slug)).toEqual([practice.slug]);
		expect(details.descriptionHtml).toContain('<strong>kopalni</strong>');
		expect(details.viewer.isHost).toBe(true);
		expect(details.placesLeft).toBe(12);
	});

	it('refuses another organisation, visitors and non-members; names the wrong fields', async () => {
		const other = await makeOrganisation(t.db, { approved: true });
		const { actor, organisation } = await member();
		expect(await codeOf(createStudyVisit(actor, form(other.id), t.deps))).toBe('validation_failed:error_validation_failed');
		expect(await codeOf(createStudyVisit(null, form(organisation.id), t.deps))).toBe('unauthenticated:error_unauthenticated');
		const outsider = await makePerson(t.db);
		expect(await codeOf(createStudyVisit(actorOf(outsider), form(organisation.id), t.deps))).toBe('forbidden:error_forbidden');
		const error = await createStudyVisit(
			actor,
			{ ...form(organisation.id), startsAt: local(-DAY), endsAt: 'soon', costsPaidBy: 'nobody', capacity: '' },
			t.deps
		).catch((e) => e);
		expect(error.fieldErrors).toMatchObject({ costsPaidBy: { key: 'error_invalid_choice' }, capacity: { key: 'error_required' } });
		const dates = await createStudyVisit(actor, { ...form(organisation.id), startsAt: local(-DAY), endsAt: 'soon' }, t.deps).catch(
			(e) => e
		);
		expect(dates.fieldErrors).toMatchObject({ startsAt: { key: 'visits_error_past' }, endsAt: { key: 'visits_error_date' } });
		const late = await createStudyVisit(actor, { ...form(organisation.id), applicationsCloseAt: local(40 * DAY) }, t.deps).catch((e) => e);
		expect(late.fieldErrors).toMatchObject({ applicationsCloseAt: { key: 'visits_error_closes_after_start' } });
	});
});

describe('applications', () => {
	it('lets a member apply on behalf of their organisation and tells the host admins in their language', async () => {
		const { host, event } = await hostedVisit();
		const applicant = await member();
		await applyForVisit(
			applicant.actor,
			{ slug: event.slug, values: { organisationId: String(applicant.organisation.id), motivation: 'Mamy hałdy.' } },
			t.deps
		);
		const mail = await outbox(host.person.email);
		expect(mail).toHaveLength(1);
		expect(mail[0].subject).toContain('Nowe zgłoszenie');
		expect(mail[0].text_body).toContain('Mamy hałdy.');
		expect(await codeOf(applyForVisit(applicant.actor, { slug: event.slug, values: { motivation: 'Again' } }, t.deps))).toBe(
			'conflict:visits_error_already_applied'
		);
		const view = await getStudyVisit(applicant.actor, { slug: event.slug, locale: 'en' }, t.deps);
		expect(view.viewer.application).toMatchObject({ status: 'pending', organisation: applicant.organisation.name });
		expect(view.applications).toEqual([]);
	});

	it('takes one application when the same person sends the form twice at once', async () => {
		const { event } = await hostedVisit();
		const applicant = await member();
		const results = await Promise.all(
			[1, 2].map(() => codeOf(applyForVisit(applicant.actor, { slug: event.slug, values: { motivation: 'Twice' } }, t.deps)))
		);
		expect(results.sort()).toEqual(['conflict:visits_error_already_applied', 'ok']);
	});

	it('refuses non-members, the host itself, someone else’s organisation and closed applications', async () => {
		const { host, event } = await hostedVisit();
		const values = { motivation: 'Please' };
		const outsider = await makePerson(t.db);
		expect(await codeOf(applyForVisit(actorOf(outsider), { slug: event.slug, values }, t.deps))).toBe('not_found:error_not_found');
		const publicVisit = await hostedVisit({ visibility: 'public' });
		expect(await codeOf(applyForVisit(actorOf(outsider), { slug: publicVisit.event.slug, values }, t.deps))).toBe(
			'forbidden:visits_error_members_only'
		);
		expect(await codeOf(applyForVisit(null, { slug: publicVisit.event.slug, values }, t.deps))).toBe(
			'unauthenticated:error_unauthenticated'
		);
		expect(await codeOf(applyForVisit(host.actor, { slug: event.slug, values }, t.deps))).toBe('forbidden:visits_error_own_visit');
		const applicant = await member();
		const foreign = await makeOrganisation(t.db, { approved: true });
		expect(
			await codeOf(applyForVisit(applicant.actor, { slug: event.slug, values: { ...values, organisationId: String(foreign.id) } }, t.deps))
		).toBe('validation_failed:error_validation_failed');
		const closed = await hostedVisit({}, { applications_close_at: new Date(Date.now() - DAY) });
		expect(await codeOf(applyForVisit(applicant.actor, { slug: closed.event.slug, values }, t.deps))).toBe(
			'conflict:visits_error_applications_closed'
		);
	});

	it('lets only the host organisation (and coordinators) decide, registers the accepted and mails the applicant', async () => {
		const { host, event } = await hostedVisit();
		const applicant = await member({ locale: 'pl' });
		const other = await member();
		const { id } = await addApplication(t.db, event.id, applicant.person.id);
		const decide = (actor: typeof host.actor, decision: string) =>
			decideApplication(actor, { slug: event.slug, values: { applicationId: String(id), decision, message: 'Do zobaczenia!' } }, t.deps);
		expect(await codeOf(decide(other.actor, 'accept'))).toBe('forbidden:visits_error_host_only');
		expect(await codeOf(decide(applicant.actor, 'accept'))).toBe('forbidden:visits_error_host_only');
		expect(await decide(host.actor, 'accept')).toEqual({ status: 'accepted' });
		expect(await registration(event.id, applicant.person.id)).toEqual({ status: 'registered' });
		const mail = await outbox(applicant.person.email);
		expect(mail[0].subject).toContain('Przyjęto');
		expect(mail[0].text_body).toContain('Do zobaczenia!');
		expect(mail[0].text_body).toContain(`/pl/study-visits/${event.slug}`);
		expect(await codeOf(decide(host.actor, 'decline'))).toBe('conflict:visits_error_already_decided');

		const coordinator = await makePerson(t.db, { role: 'coordinator' });
		const second = await member();
		const { id: secondId } = await addApplication(t.db, event.id, second.person.id);
		await decideApplication(
			actorOf(coordinator),
			{ slug: event.slug, values: { applicationId: String(secondId), decision: 'decline' } },
			t.deps
		);
		expect(await registration(event.id, second.person.id)).toBeUndefined();
		expect((await outbox(second.person.email))[0].subject).toContain('Your application');
		expect(await codeOf(applyForVisit(second.actor, { slug: event.slug, values: { motivation: 'Again' } }, t.deps))).toBe(
			'conflict:visits_error_declined'
		);
	});

	it('never accepts more people than the capacity, even when the host accepts everyone at once', async () => {
		const { host, event } = await hostedVisit({ capacity: 3 });
		const colleague = await makePerson(t.db);
		await addToOrganisation(t.db, host.organisation.id, colleague.id);
		const ids: number[] = [];
		for (let i = 0; i < 8; i++) ids.push((await addApplication(t.db, event.id, (await makePerson(t.db)).id)).id);
		const results = await Promise.all(
			ids.map((id, i) =>
				codeOf(
					decideApplication(
						i % 2 ? actorOf(colleague, true) : host.actor,
						{ slug: event.slug, values: { applicationId: String(id), decision: 'accept' } },
						t.deps
					)
				)
			)
		);
		expect(results.filter((r) => r === 'ok')).toHaveLength(3);
		expect(results.filter((r) => r === 'conflict:visits_error_full')).toHaveLength(5);
		const registered = await t.db
			.selectFrom('event_registrations')
			.select('id')
			.where('event_id', '=', event.id)
			.where('status', '=', 'registered')
			.execute();
		expect(registered).toHaveLength(3);
		const view = await getStudyVisit(host.actor, { slug: event.slug, locale: 'en' }, t.deps);
		expect(view.placesLeft).toBe(0);
		expect(view.applications.filter((a) => a.status === 'accepted')).toHaveLength(3);
	});

	it('frees the registration and the place when an accepted person withdraws, and lets them apply again', async () => {
		const { host, event } = await hostedVisit({ capacity: 1 });
		const applicant = await member();
		await applyForVisit(applicant.actor, { slug: event.slug, values: { motivation: 'Please' } }, t.deps);
		const view = await getStudyVisit(host.actor, { slug: event.slug, locale: 'en' }, t.deps);
		await decideApplication(
			host.actor,
			{ slug: event.slug, values: { applicationId: String(view.applications[0].id), decision: 'accept' } },
			t.deps
		);
		await withdrawApplication(applicant.actor, { slug: event.slug }, t.deps);
		expect(await registration(event.id, applicant.person.id)).toEqual({ status: 'cancelled' });
		expect((await getStudyVisit(applicant.actor, { slug: event.slug, locale: 'en' }, t.deps)).placesLeft).toBe(1);
		expect(await codeOf(withdrawApplication(applicant.actor, { slug: event.slug }, t.deps))).toBe('conflict:visits_error_no_application');
		await applyForVisit(applicant.actor, { slug: event.slug, values: { motivation: 'Back again' } }, t.deps);
		const again = await getStudyVisit(host.actor, { slug: event.slug, locale: 'en' }, t.deps);
		await decideApplication(
			host.actor,
			{ slug: event.slug, values: { applicationId: String(again.applications[0].id), decision: 'accept' } },
			t.deps
		);
		expect(await registration(event.id, applicant.person.id)).toEqual({ status: 'registered' });
	});
});

describe('takeaways', () => {
	async function pastVisit() {
		const practiceCity = await makeCity(t.db);
		const practice = await makePractice(t.db, { cityId: practiceCity.id });
		const { host, event } = await hostedVisit(
			{ starts_at: new Date(Date.now() - 3 * DAY), ends_at: new Date(Date.now() - 2 * DAY), city_id: practiceCity.id },
			{ practiceIds: [practice.id] }
		);
		const participant = await member();
		await addApplication(t.db, event.id, participant.person.id, 'accepted', participant.organisation.id);
		return { host, event, practice, participant };
	}

	it('lets only accepted participants say what they take home, once the visit has started', async () => {
		const { host, event, practice, participant } = await pastVisit();
		const values = { note: 'Hałdy jako parki.', practiceId: String(practice.id) };
		const pending = await member();
		await addApplication(t.db, event.id, pending.person.id, 'pending');
		expect(await codeOf(fileTakeaway(pending.actor, { slug: event.slug, values }, t.deps))).toBe(
			'forbidden:visits_error_takeaway_participants'
		);
		expect(await codeOf(fileTakeaway(host.actor, { slug: event.slug, values }, t.deps))).toBe(
			'forbidden:visits_error_takeaway_participants'
		);
		await fileTakeaway(participant.actor, { slug: event.slug, values }, t.deps);
		await fileTakeaway(participant.actor, { slug: event.slug, values: { ...values, note: 'Rewritten.' } }, t.deps);
		const view = await getStudyVisit(host.actor, { slug: event.slug, locale: 'en' }, t.deps);
		expect(view.takeaways).toMatchObject([{ note: 'Rewritten.', practice: { slug: practice.slug }, transferId: null }]);
		const unrelated = await makePractice(t.db);
		expect(
			await codeOf(fileTakeaway(participant.actor, { slug: event.slug, values: { ...values, practiceId: String(unrelated.id) } }, t.deps))
		).toBe('validation_failed:error_validation_failed');

		const { host: futureHost, event: future } = await hostedVisit();
		const early = await member();
		await addApplication(t.db, future.id, early.person.id, 'accepted');
		expect(await codeOf(fileTakeaway(early.actor, { slug: future.slug, values: { note: 'Too early' } }, t.deps))).toBe(
			'forbidden:visits_error_takeaway_participants'
		);
		expect((await getStudyVisit(futureHost.actor, { slug: future.slug, locale: 'en' }, t.deps)).started).toBe(false);
	});

	it('starts a transfer of the practice for the participant’s organisation, or links the existing one', async () => {
		const { event, practice, participant } = await pastVisit();
		expect(await codeOf(startTransferFromTakeaway(participant.actor, { slug: event.slug, locale: 'en' }, t.deps))).toBe(
			'conflict:visits_error_takeaway_no_practice'
		);
		await fileTakeaway(participant.actor, { slug: event.slug, values: { note: 'Copy it', practiceId: String(practice.id) } }, t.deps);
		const started = await startTransferFromTakeaway(participant.actor, { slug: event.slug, locale: 'en' }, t.deps);
		expect(started).toMatchObject({ practiceSlug: practice.slug, created: true });
		const transfer = await t.db.selectFrom('transfers').selectAll().where('id', '=', started.transferId).executeTakeFirstOrThrow();
		expect(transfer).toMatchObject({
			practice_id: practice.id,
			organisation_id: participant.organisation.id,
			city_id: participant.organisation.city_id,
			created_by: participant.person.id
		});
		// again: nothing new, the same transfer
		expect(await startTransferFromTakeaway(participant.actor, { slug: event.slug, locale: 'en' }, t.deps)).toMatchObject({
			transferId: started.transferId,
			created: false
		});
		// a colleague from the same city files a takeaway too: linked to the city's existing transfer
		const colleague = await member({ cityId: participant.organisation.city_id });
		await addApplication(t.db, event.id, colleague.person.id, 'accepted', colleague.organisation.id);
		await fileTakeaway(colleague.actor, { slug: event.slug, values: { note: 'Us too', practiceId: String(practice.id) } }, t.deps);
		expect(await startTransferFromTakeaway(colleague.actor, { slug: event.slug, locale: 'en' }, t.deps)).toEqual({
			practiceSlug: practice.slug,
			transferId: started.transferId,
			created: false
		});
		const view = await getStudyVisit(participant.actor, { slug: event.slug, locale: 'en' }, t.deps);
		expect(view.takeaways.map((x) => x.transferId)).toEqual([started.transferId, started.transferId]);
		expect(view.viewer.takeaway).toMatchObject({ transferId: started.transferId });
	});
});

describe('listStudyVisits', () => {
	it('lists upcoming and past visits, members-only ones for members, with places left', async () => {
		const { event: upcoming } = await hostedVisit({ capacity: 5, visibility: 'public' });
		await addApplication(t.db, upcoming.id, (await makePerson(t.db)).id, 'accepted');
		const { event: hidden } = await hostedVisit({ visibility: 'members' });
		const { event: past } = await hostedVisit({
			starts_at: new Date(Date.now() - 5 * DAY),
			ends_at: new Date(Date.now() - 4 * DAY),
			visibility: 'public'
		});
		const visitor = await listStudyVisits(null, { locale: 'en' }, t.deps);
		const found = visitor.upcoming.find((v) => v.slug === upcoming.slug);
		expect(found).toMatchObject({ placesLeft: 4, capacity: 5, applicationsOpen: true });
		expect(visitor.upcoming.some((v) => v.slug === hidden.slug)).toBe(false);
		expect(visitor.past.some((v) => v.slug === past.slug)).toBe(true);
		expect(visitor.canOffer).toBe(false);
		const { actor } = await member();
		const forMember = await listStudyVisits(actor, { locale: 'en' }, t.deps);
		expect(forMember.upcoming.some((v) => v.slug === hidden.slug)).toBe(true);
		expect(forMember.canOffer).toBe(true);
	});
});
