/** Scheduling a consultation as an online event with the picked experts, and recording what came of it. */
import { m } from '$lib/paraglide/messages';
import { formatPeriod, fromLocalInput, isTimeZone } from '$lib/datetime';
import { conflict, invalid, validate, type Deps } from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { insertAudit } from '../../platform/audit';
import { consultationPolicy } from './consultations.policy';
import * as q from './consultations.queries';
import * as expertQueries from './consultation-experts.queries';
import { outcomeSchema, scheduleSchema } from './consultations.schemas';
import { registerForHostedEvent } from '../events';
import { newSlugCandidates } from '../../shared';
import { asLocale } from '../../platform/i18n';
import { locked, member, requireOpen } from './consultations-access';

/**
 * The asker picks experts among those who offered and sets a time and a meeting link. This
 * creates one online event of type `consultation`, members only, with registration already
 * closed, the asker and the experts registered and its capacity exactly them; the request
 * becomes scheduled and everyone taking part gets a mail with the time in their language.
 */
export async function scheduleConsultation(
	actor: MaybeActor,
	input: { slug: string; values: unknown },
	deps: Deps
): Promise<{ eventSlug: string }> {
	const asker = member(actor);
	const data = validate(scheduleSchema, input.values);
	if (!isTimeZone(data.time_zone)) throw invalid({ time_zone: { key: 'consultations_error_time_zone' } });
	const startsAt = fromLocalInput(data.starts_at, data.time_zone);
	if (!startsAt) throw invalid({ starts_at: { key: 'consultations_error_time' } });
	const now = new Date();
	if (startsAt <= now) throw invalid({ starts_at: { key: 'consultations_error_time_past' } });
	const endsAt = new Date(startsAt.getTime() + data.duration * 60_000);
	const experts = [...new Set(data.experts)];

	return deps.db.transaction().execute(async (trx) => {
		const { consultation, offers, role } = await locked(trx, asker, input.slug);
		authorize(asker, consultationPolicy, 'actAsAsker', role);
		requireOpen(role);
		const offered = new Set(offers.map((o) => o.person_id));
		if (!experts.every((id) => offered.has(id))) throw invalid({ experts: { key: 'consultations_error_expert_not_offered' } });

		let slug = '';
		for (const candidate of newSlugCandidates(consultation.title, 'consultation')) {
			if (!(await q.eventSlugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		const person = await q.findPersonCity(trx, asker.id);
		const participants = [asker.id, ...experts];
		const event = await q.insertConsultationEvent(trx, {
			slug,
			hostOrganisationId: consultation.organisation_id,
			cityId: consultation.city_id,
			title: consultation.title,
			description: consultation.problem,
			startsAt,
			endsAt,
			timeZone: data.time_zone,
			meetingUrl: data.meeting_url,
			languages: person?.languages.length ? person.languages : [asker.locale],
			capacity: participants.length,
			closesAt: now,
			createdBy: asker.id
		});
		await q.insertEventAreas(trx, event.id, await q.consultationAreaIds(trx, consultation.id));
		for (const personId of participants) await registerForHostedEvent(trx, event.id, personId);
		await expertQueries.markPicked(trx, consultation.id, experts);
		await q.setStatus(trx, consultation.id, 'scheduled', { eventId: event.id });
		await insertAudit(trx, {
			actorId: asker.id,
			action: 'consultation.schedule',
			subjectType: 'consultation',
			subjectId: consultation.id,
			details: { eventId: event.id, experts }
		});

		const people = await q.peopleForMail(trx, participants);
		for (const recipient of people) {
			const locale = asLocale(recipient.locale);
			const others = people.filter((p) => p.id !== recipient.id).map((p) => p.name);
			await insertMail(trx, {
				to: recipient.email,
				subject: m.consultations_mail_scheduled_subject({}, { locale }),
				text: m.consultations_mail_scheduled_text(
					{
						name: recipient.name,
						title: consultation.title,
						time: formatPeriod(startsAt, endsAt, data.time_zone, locale),
						people: others.join(', '),
						url: `${deps.origin}/${locale}/events/${event.slug}`
					},
					{ locale }
				)
			});
		}
		return { eventSlug: event.slug };
	});
}

/** After the meeting, the asker or a picked expert writes what came of it; the request is done. */
export async function recordOutcome(actor: MaybeActor, input: { slug: string; values: unknown }, { db }: Deps): Promise<void> {
	const writer = member(actor);
	const { outcome } = validate(outcomeSchema, input.values);
	await db.transaction().execute(async (trx) => {
		const { consultation, role } = await locked(trx, writer, input.slug);
		authorize(writer, consultationPolicy, 'takePart', role);
		if (role.status !== 'scheduled' && role.status !== 'done') throw conflict('consultations_error_not_scheduled');
		const startsAt = consultation.event_id !== null ? await q.eventStart(trx, consultation.event_id) : undefined;
		const started = startsAt !== undefined && startsAt <= new Date();
		authorize(writer, consultationPolicy, 'recordOutcome', { role, started });
		await q.setStatus(trx, consultation.id, 'done', { outcome });
		await insertAudit(trx, { actorId: writer.id, action: 'consultation.outcome', subjectType: 'consultation', subjectId: consultation.id });
	});
}
