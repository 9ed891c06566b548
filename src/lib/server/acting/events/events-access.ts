/** Finding an event for an actor: one place decides "not found", "not yours" and "organiser". */
import type { Kysely, Transaction } from 'kysely';
import type { DB, EventVisibility, RegistrationStatus } from '../../platform/db';
import { authorize, toActor, type Actor, type MaybeActor } from '../../platform/auth';
import { notFound } from '../../platform/core';
import { eventPolicy, type EventTies } from './events.policy';
import { findEventBySlug, type EventDetailRow } from './event-read.queries';
import { isInOrganisation } from './events.queries';
import { listRegistrants } from './event-write.queries';

type Db = Kysely<DB> | Transaction<DB>;

/** The actor's ties to the event, for the policy. */
export async function tiesTo(
	db: Db,
	actor: Actor,
	event: { host_organisation_id: number | null; created_by: number | null }
): Promise<EventTies> {
	const belongsToHost = event.host_organisation_id !== null && (await isInOrganisation(db, event.host_organisation_id, actor.id));
	return { belongsToHost, isCreator: event.created_by === actor.id };
}

export async function managesEvent(db: Db, actor: MaybeActor, event: { host_organisation_id: number | null; created_by: number | null }) {
	return actor !== null && eventPolicy.manage(actor, await tiesTo(db, actor, event));
}

/** The event if the actor may see it, with whether they organise it; missing and hidden alike are not_found. */
export async function visibleEvent(db: Db, actor: MaybeActor, slug: string): Promise<{ event: EventDetailRow; manages: boolean }> {
	const event = await seenEvent(db, actor, slug);
	return { event, manages: await managesEvent(db, actor, event) };
}

async function seenEvent(db: Db, actor: MaybeActor, slug: string): Promise<EventDetailRow> {
	const event = typeof slug === 'string' && slug.length <= 200 ? await findEventBySlug(db, slug) : undefined;
	if (!event) throw notFound();
	authorize(actor, eventPolicy, 'view', event);
	return event;
}

/** The event for its organisers only; anyone else is refused (pages show that as not found). */
export async function managedEvent(db: Db, actor: MaybeActor, slug: string): Promise<EventDetailRow> {
	authorize(actor, eventPolicy, 'signedIn');
	const event = await seenEvent(db, actor, slug);
	authorize(actor, eventPolicy, 'manage', await tiesTo(db, actor, event));
	return event;
}

/**
 * The people at the event (by status) who may see it now: mails to participants go to them only,
 * so a message (often carrying a new meeting link) never reaches someone who lost access since
 * registering, e.g. the event turned members-only or their membership lapsed.
 */
export async function registrantsWhoSee(db: Db, event: { id: number; visibility: EventVisibility }, statuses: RegistrationStatus[]) {
	const rows = await listRegistrants(db, event.id, statuses);
	return rows.filter((row) => eventPolicy.view(toActor(row), event));
}
