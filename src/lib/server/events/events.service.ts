import { m } from '$lib/paraglide/messages';
import { locales, type Locale } from '$lib/paraglide/runtime';
import type { Deps } from '../deps';
import type { MaybeActor } from '../auth/actor';
import { conflict, forbidden, invalid, notFound, unauthenticated } from '../errors';
import { validate } from '../validation';
import { insertMail } from '../mail/outbox.queries';
import { slugCandidates, slugify } from '../organisations/slug';
import { canCreateEventFor, canRegister, canSeeEvent, isRegistrationOpen } from './events.policy';
import * as q from './events.queries';
import {
	cancellationSchema,
	newEventSchema,
	registrationSchema,
	type CancellationResult,
	type CreatedEvent,
	type NewEventInput,
	type RegistrationInput,
	type RegistrationResult
} from './events.schemas';

/** Creates an event hosted by an organisation the actor belongs to (admins: any). */
export async function createEvent(actor: MaybeActor, input: NewEventInput, { db }: Deps): Promise<CreatedEvent> {
	if (!actor) throw unauthenticated();
	const hostId = Number(input.hostOrganisationId);
	const belongsToHost = Number.isInteger(hostId) && hostId > 0 ? await q.isInOrganisation(db, hostId, actor.id) : false;
	if (!canCreateEventFor(actor, belongsToHost)) throw forbidden();
	const event = validate(newEventSchema, input);
	return db.transaction().execute(async (trx) => {
		if (!(await q.organisationExists(trx, event.hostOrganisationId)))
			throw invalid({ hostOrganisationId: { key: 'events_error_host_not_found' } });
		let slug = '';
		for (const candidate of slugCandidates(slugify(event.title, 'event'))) {
			if (!(await q.slugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		return q.insertEvent(trx, {
			slug,
			type: event.type,
			host_organisation_id: event.hostOrganisationId,
			city_id: event.cityId,
			title: event.title,
			description: event.description,
			starts_at: event.startsAt,
			ends_at: event.endsAt,
			time_zone: event.timeZone,
			online: event.online,
			place: event.place,
			meeting_url: event.meetingUrl || null,
			languages: event.languages,
			capacity: event.capacity,
			registration_opens_at: event.registrationOpensAt,
			registration_closes_at: event.registrationClosesAt,
			visibility: event.visibility,
			created_by: actor.id
		});
	});
}

/**
 * Registers the actor, or puts them on the waitlist when the event is full. Registering again
 * changes nothing; someone who cancelled gets a new place at the end of the queue.
 */
export async function registerForEvent(actor: MaybeActor, input: RegistrationInput, { db }: Deps): Promise<RegistrationResult> {
	const { eventId, answers } = validate(registrationSchema, input);
	return db.transaction().execute(async (trx) => {
		const event = await q.lockEvent(trx, eventId);
		if (!event || !canSeeEvent(actor, event.visibility)) throw notFound();
		if (!actor) throw unauthenticated();
		if (!canRegister(actor, event.visibility)) throw forbidden();
		const existing = await q.findRegistration(trx, event.id, actor.id);
		if (existing && existing.status !== 'cancelled') return { status: existing.status };
		if (!isRegistrationOpen(event, new Date())) throw conflict('events_error_registration_closed');
		const registered = await q.countRegistered(trx, event.id);
		const status = event.capacity === null || registered < event.capacity ? 'registered' : 'waitlisted';
		if (existing) await q.renewRegistration(trx, existing.id, status, answers);
		else await q.insertRegistration(trx, { eventId: event.id, personId: actor.id, status, answers });
		return { status };
	});
}

/**
 * Cancels the actor's registration. A freed place goes to the first waiting people in the same
 * transaction, and each is told by mail in their own language.
 */
export async function cancelRegistration(actor: MaybeActor, input: { eventId: number | string }, { db, origin }: Deps): Promise<CancellationResult> {
	const { eventId } = validate(cancellationSchema, input);
	return db.transaction().execute(async (trx) => {
		const event = await q.lockEvent(trx, eventId);
		if (!event || !canSeeEvent(actor, event.visibility)) throw notFound();
		if (!actor) throw unauthenticated();
		const existing = await q.findRegistration(trx, event.id, actor.id);
		if (!existing) throw conflict('events_error_not_registered');
		if (existing.status === 'cancelled') return { status: 'cancelled', promoted: 0 };
		await q.markCancelled(trx, existing.id);
		if (existing.status !== 'registered' || event.capacity === null) return { status: 'cancelled', promoted: 0 };
		const free = event.capacity - (await q.countRegistered(trx, event.id));
		if (free <= 0) return { status: 'cancelled', promoted: 0 };
		const waiting = await q.firstWaiting(trx, event.id, free);
		await q.markPromoted(trx, waiting.map((w) => w.id));
		for (const person of waiting) {
			const locale: Locale = (locales as readonly string[]).includes(person.locale) ? (person.locale as Locale) : 'pl';
			const url = `${origin}/${locale}/events/${event.slug}`;
			await insertMail(trx, {
				to: person.email,
				subject: m.events_mail_promoted_subject({ title: event.title }, { locale }),
				text: m.events_mail_promoted_text({ name: person.name, title: event.title, url }, { locale })
			});
		}
		return { status: 'cancelled', promoted: waiting.length };
	});
}
