/**
 * The notification worker: turns activity events (written in the same transaction as the
 * change) into notifications for the people who follow what changed.
 *
 * Safe with several server processes: events are claimed with FOR UPDATE SKIP LOCKED and the
 * lock is held while they are fanned out, so two processes never take the same event, and the
 * (person, event) key makes a repeated fan-out add nothing. A failing event is retried later
 * with exponential backoff and never holds up the others (each runs in its own savepoint).
 *
 * Recipients: followers of the context, followers of each related target (a challenge's city
 * and areas, a group thread's group), followers of the actor for the kinds that say so (what
 * people start), and the people mentioned; never the actor; and only people who may read the
 * context now, by the rules its domain declared in the notification registry (group access,
 * challenge visibility), narrowed by the kind's audience (a request to join is for the group's
 * coordinators); hidden content is news for its author only. It never sends mail: the mailing
 * job reads the notifications.
 */
import type { Kysely } from 'kysely';
import type { DB, FollowTarget } from '../../platform/db';
import { toActor } from '../../platform/auth';
import { findGroupWithStanding, groupPolicy, type GroupStanding } from '../../together/groups';
import { contextEntry, contextKey, contextLinks, isFollowTarget, kindEntry, subjectEntry, type ContextReader } from '../registry';
import * as q from './fanout.queries';

/** First retry after 30 s, doubling up to six hours. */
export function backoffSeconds(attempts: number): number {
	return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

function relatedTargets(payload: Record<string, unknown>): { type: FollowTarget; id: number }[] {
	const related = Array.isArray(payload?.related) ? payload.related : [];
	return related.filter(
		(r): r is { type: FollowTarget; id: number } =>
			typeof r === 'object' && r !== null && isFollowTarget((r as { type: unknown }).type) && Number.isInteger((r as { id: number }).id)
	);
}

/** By default, news of a group's context is for those who may read the group's content. */
const readsGroupContent = ({ actor, group }: ContextReader) => group === null || groupPolicy.readContent(actor, group);

/** Who is told about one event (ids), after the access rules. */
export async function recipientsOf(db: Kysely<DB>, event: q.PendingEvent): Promise<number[]> {
	const entry = contextEntry(event.context_type);
	const link = (await contextLinks(db, [{ type: event.context_type, id: event.context_id }])).get(
		contextKey({ type: event.context_type, id: event.context_id })
	);
	if (!entry || !link) return [];
	const subjectType = subjectEntry(event.subject_type);
	const subject = subjectType ? await subjectType.state(db, event.subject_id) : null;
	if (subject === undefined) return [];
	const groupKind = link.groupId === null ? null : (await findGroupWithStanding(db, { id: link.groupId }, null))?.group.kind;
	if (groupKind === undefined) return [];
	const kind = kindEntry(event.kind);

	const targets: { type: FollowTarget; id: number }[] = [
		{ type: event.context_type, id: event.context_id },
		...relatedTargets(event.payload)
	];
	if (event.actor_id !== null && kind?.toActorFollowers) targets.push({ type: 'person', id: event.actor_id });
	const candidates = new Set([...(await q.followerIds(db, targets)), ...(event.mentioned ?? [])]);
	if (event.actor_id !== null) candidates.delete(event.actor_id);
	if (candidates.size === 0) return [];

	const people = await q.findRecipients(db, [...candidates], link.groupId);
	return people
		.filter((person) => {
			const actor = toActor(person);
			// Hidden (or deleted) content is news for its author only, whoever else may look at it.
			if (link.hidden && link.authorId !== person.id) return false;
			if (subject && (subject.hidden || subject.deleted) && subject.authorId !== person.id) return false;
			const standing: GroupStanding = { status: person.group_status, role: person.group_role };
			const reader: ContextReader = { actor, group: groupKind === null ? null : { kind: groupKind, standing } };
			return entry.mayRead(reader, link) && (kind?.mayHear ?? readsGroupContent)(reader, link);
		})
		.map((person) => person.id)
		.sort((a, b) => a - b);
}

/**
 * Fans out up to `limit` due events; returns how many were processed. Never throws for one
 * bad event: it records the error and tries again later. Without `now`, "due" is read on the
 * database's clock (which wrote the events' times), so an event just written is never missed.
 */
export async function processPendingActivity(db: Kysely<DB>, at?: Date, limit = 200): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const events = await q.claimPendingEvents(trx, at, limit);
		const now = at ?? new Date();
		let processed = 0;
		for (const event of events) {
			try {
				await q.inSavepoint(trx, async () => {
					const recipients = await recipientsOf(trx, event);
					await q.insertNotifications(trx, event, recipients);
					await q.markEventProcessed(trx, event.id, now);
				});
				processed++;
			} catch (error) {
				const attempts = event.attempts + 1;
				const next = new Date(now.getTime() + backoffSeconds(attempts) * 1000);
				await q.markEventFailed(trx, event.id, attempts, next, (error as Error)?.message ?? String(error));
			}
		}
		return processed;
	});
}
