/** Finding an event for an actor: one place decides "not found", "not yours" and "organiser". */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { forbidden, notFound, unauthenticated } from '../../platform/core';
import { canManageEvent, canSeeEvent } from './events.policy';
import { findEventBySlug, type EventDetailRow } from './event-read.queries';
import { isInOrganisation } from './events.queries';

type Db = Kysely<DB> | Transaction<DB>;

export async function managesEvent(db: Db, actor: MaybeActor, event: { host_organisation_id: number | null; created_by: number | null }) {
	if (!actor) return false;
	const belongsToHost = event.host_organisation_id !== null && (await isInOrganisation(db, event.host_organisation_id, actor.id));
	return canManageEvent(actor, { belongsToHost, isCreator: event.created_by === actor.id });
}

/** The event if the actor may see it, with whether they organise it; missing and hidden alike are not_found. */
export async function visibleEvent(db: Db, actor: MaybeActor, slug: string): Promise<{ event: EventDetailRow; manages: boolean }> {
	const event = typeof slug === 'string' && slug.length <= 200 ? await findEventBySlug(db, slug) : undefined;
	if (!event || !canSeeEvent(actor, event.visibility)) throw notFound();
	return { event, manages: await managesEvent(db, actor, event) };
}

/** The event for its organisers only; anyone else is refused (pages show that as not found). */
export async function managedEvent(db: Db, actor: MaybeActor, slug: string): Promise<EventDetailRow> {
	if (!actor) throw unauthenticated();
	const { event, manages } = await visibleEvent(db, actor, slug);
	if (!manages) throw forbidden();
	return event;
}

export const localeOf = (value: string): 'pl' | 'en' => (value === 'en' ? 'en' : 'pl');
