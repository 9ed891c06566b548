import type { Transaction } from 'kysely';
import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/datetime';
import { AppError, checkVersion, conflict, invalid, notFound, validate, type Deps, type FieldErrors } from '../../platform/core';
import type { AgendaItem, DB } from '../../platform/db';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { insertAudit } from '../../platform/audit';
import { reindexEvent } from '../../knowledge/search';
import { eventPolicy, isRegistrationOpen } from './events.policy';
import * as q from './events.queries';
import { findEventBySlug, isStudyVisit } from './event-read.queries';
import { listEventAreaIds, markEventCancelled, setEventAreas, updateEventRow } from './event-write.queries';
import { managedEvent, registrantsWhoSee } from './events-access';
import { eventFormValues, readEventForm } from './events-form';
import {
	cancellationSchema,
	newEventSchema,
	registrationSchema,
	type CancellationResult,
	type CreatedEvent,
	type NewEvent,
	type NewEventInput,
	type RegistrationInput,
	type RegistrationResult
} from './events.schemas';
import { newSlugCandidates } from '../../shared';
import { asLocale } from '../../platform/i18n';

/** Validates the event form (or plain data): local times read in the chosen zone, the programme's rows. */
function readEvent(input: NewEventInput): NewEvent {
	const { input: data, errors } = readEventForm(input);
	let event: NewEvent | null = null;
	let schemaErrors: FieldErrors = {};
	try {
		event = validate(newEventSchema, data);
	} catch (error) {
		if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
		schemaErrors = error.fieldErrors;
	}
	const all = { ...schemaErrors, ...errors };
	if (Object.keys(all).length > 0 || !event) throw invalid(all);
	return event;
}

const columnsOf = (event: NewEvent) => ({
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
	agenda: event.agenda,
	questions: event.questions,
	free_question: event.questions.includes('free') ? event.freeQuestion : ''
});

/**
 * Creates an event hosted by an organisation the actor belongs to (coordinators and admins: any).
 * Takes the form's values (local times in the chosen zone, numbered programme rows) or plain data.
 */
export async function createEvent(actor: MaybeActor, input: NewEventInput, { db }: Deps): Promise<CreatedEvent> {
	authorize(actor, eventPolicy, 'signedIn');
	const hostId = Number(input.hostOrganisationId);
	const belongsToHost = Number.isInteger(hostId) && hostId > 0 ? await q.isInOrganisation(db, hostId, actor.id) : false;
	authorize(actor, eventPolicy, 'create', { belongsToHost });
	const event = readEvent(input);
	return db.transaction().execute(async (trx) => {
		if (!(await q.organisationExists(trx, event.hostOrganisationId)))
			throw invalid({ hostOrganisationId: { key: 'events_error_host_not_found' } });
		let slug = '';
		for (const candidate of newSlugCandidates(event.title, 'event')) {
			if (!(await q.slugTaken(trx, candidate))) {
				slug = candidate;
				break;
			}
		}
		const created = await q.insertEvent(trx, {
			slug,
			...columnsOf(event),
			host_organisation_id: event.hostOrganisationId,
			created_by: actor.id
		});
		await setEventAreas(trx, created.id, event.areaIds);
		await reindexEvent(trx, created.id);
		await insertAudit(trx, { actorId: actor.id, action: 'event.create', subjectType: 'event', subjectId: created.id, details: { slug } });
		return created;
	});
}

/** The event as saved now, as the values of its edit form. */
async function storedFormValues(trx: Transaction<DB>, slug: string) {
	const row = await findEventBySlug(trx, slug);
	if (!row) throw notFound();
	const stored = { ...row, agenda: row.agenda as AgendaItem[], questions: row.questions as string[] };
	return eventFormValues(stored, await listEventAreaIds(trx, row.id));
}

/**
 * Changes an event, for its organisers. Registrations stay: a smaller capacity never removes
 * anyone already registered; a larger one (or none) gives the freed places to the first waiting
 * people, under the same lock and with the same mail as a cancellation. A save based on an older
 * version of the form is refused when someone else changed its fields since (edit-version.ts).
 */
export async function updateEvent(
	actor: MaybeActor,
	input: { slug: string; values: NewEventInput },
	deps: Deps
): Promise<{ slug: string; promoted: number }> {
	const { db } = deps;
	const current = await managedEvent(db, actor, input.slug);
	const event = readEvent(input.values);
	if (event.hostOrganisationId !== current.host_organisation_id && !eventPolicy.hostAnywhere(actor)) {
		authorize(actor, eventPolicy, 'hostAt', { belongsToHost: await q.isInOrganisation(db, event.hostOrganisationId, actor!.id) });
	}
	return db.transaction().execute(async (trx) => {
		const locked = await q.lockEvent(trx, current.id);
		if (!locked) throw notFound();
		await checkVersion({ input: input.values, current: locked.version, theirs: () => storedFormValues(trx, current.slug) });
		if (!(await q.organisationExists(trx, event.hostOrganisationId)))
			throw invalid({ hostOrganisationId: { key: 'events_error_host_not_found' } });
		await updateEventRow(trx, current.id, { ...columnsOf(event), version: locked.version + 1 });
		await setEventAreas(trx, current.id, event.areaIds);
		await reindexEvent(trx, current.id);
		const promoted = locked.cancelled_at
			? 0
			: await promoteWaiting(trx, { ...locked, capacity: event.capacity, title: event.title }, deps.origin);
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'event.update',
			subjectType: 'event',
			subjectId: current.id,
			details: { capacity: [locked.capacity, event.capacity], promoted }
		});
		return { slug: current.slug, promoted };
	});
}

/**
 * Cancels an event, for its organisers: it stays readable, marked cancelled, registration
 * closes, and everyone registered or waiting is told by mail in their language.
 */
export async function cancelEvent(actor: MaybeActor, input: { slug: string }, { db, origin }: Deps): Promise<{ told: number }> {
	const current = await managedEvent(db, actor, input.slug);
	return db.transaction().execute(async (trx) => {
		const locked = await q.lockEvent(trx, current.id);
		if (!locked) throw notFound();
		if (locked.cancelled_at) return { told: 0 };
		await markEventCancelled(trx, current.id);
		await reindexEvent(trx, current.id);
		const people = await registrantsWhoSee(trx, locked, ['registered', 'waitlisted']);
		for (const person of people) {
			const locale = asLocale(person.locale);
			await insertMail(trx, {
				to: person.email,
				subject: m.events_mail_cancelled_subject({}, { locale }),
				text: m.events_mail_cancelled_text(
					{
						name: person.name,
						title: locked.title,
						when: formatPeriod(locked.starts_at, locked.ends_at, locked.time_zone, locale),
						url: `${origin}/${locale}/events/${locked.slug}`
					},
					{ locale }
				)
			});
		}
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'event.cancel',
			subjectType: 'event',
			subjectId: current.id,
			details: { told: people.length }
		});
		return { told: people.length };
	});
}

/**
 * Registers the actor, or puts them on the waitlist when the event is full. Registering again
 * changes nothing; someone who cancelled gets a new place at the end of the queue. Study visits
 * take applications on their own page instead, and a cancelled event takes nobody.
 */
export async function registerForEvent(actor: MaybeActor, input: RegistrationInput, { db }: Deps): Promise<RegistrationResult> {
	const { eventId, answers } = validate(registrationSchema, input);
	return db.transaction().execute(async (trx) => {
		const event = await q.lockEvent(trx, eventId);
		if (!event) throw notFound();
		authorize(actor, eventPolicy, 'view', event);
		authorize(actor, eventPolicy, 'register', event);
		if (event.type === 'study_visit' && (await isStudyVisit(trx, event.id))) throw conflict('events_error_study_visit');
		const existing = await q.findRegistration(trx, event.id, actor.id);
		if (existing && existing.status !== 'cancelled') return { status: existing.status };
		if (event.cancelled_at) throw conflict('events_error_event_cancelled');
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
export async function cancelRegistration(
	actor: MaybeActor,
	input: { eventId: number | string },
	{ db, origin }: Deps
): Promise<CancellationResult> {
	const { eventId } = validate(cancellationSchema, input);
	return db.transaction().execute(async (trx) => {
		const event = await q.lockEvent(trx, eventId);
		if (!event) throw notFound();
		authorize(actor, eventPolicy, 'view', event);
		authorize(actor, eventPolicy, 'signedIn');
		const existing = await q.findRegistration(trx, event.id, actor.id);
		if (!existing) throw conflict('events_error_not_registered');
		if (existing.status === 'cancelled') return { status: 'cancelled', promoted: 0 };
		await q.markCancelled(trx, existing.id);
		if (existing.status !== 'registered' || event.cancelled_at) return { status: 'cancelled', promoted: 0 };
		return { status: 'cancelled', promoted: await promoteWaiting(trx, event, origin) };
	});
}

/**
 * Gives free places to the first waiting people and mails each of them. Call with the event
 * row locked (lockEvent) in the same transaction, so two changes never hand out one place twice.
 */
async function promoteWaiting(
	trx: Transaction<DB>,
	event: { id: number; slug: string; title: string; capacity: number | null },
	origin: string
): Promise<number> {
	const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - (await q.countRegistered(trx, event.id));
	if (free <= 0) return 0;
	const waiting = await q.firstWaiting(trx, event.id, Math.min(free, 100_000));
	await q.markPromoted(
		trx,
		waiting.map((w) => w.id)
	);
	for (const person of waiting) {
		const locale = asLocale(person.locale);
		const url = `${origin}/${locale}/events/${event.slug}`;
		await insertMail(trx, {
			to: person.email,
			subject: m.events_mail_promoted_subject({}, { locale }),
			text: m.events_mail_promoted_text({ name: person.name, title: event.title, url }, { locale })
		});
	}
	return waiting.length;
}
