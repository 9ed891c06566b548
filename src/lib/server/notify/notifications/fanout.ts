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
 * and areas, a group thread's group), followers of the actor for things they start, and the
 * people mentioned; never the actor; and only people who may read the context now (group
 * access rules, challenge visibility, hidden content). It never sends mail: the mailing job
 * reads the notifications.
 */
import type { Kysely } from 'kysely';
import type { DB, FollowTarget } from '../../platform/db';
import { isMember, type Actor } from '../../platform/auth';
import { canReadGroupContent, canSeeGroup, type GroupStanding } from '../../together/groups';
import * as q from './fanout.queries';

/** First retry after 30 s, doubling up to six hours. */
export function backoffSeconds(attempts: number): number {
	return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

/** What people start (not every reply) also reaches those who follow the person. */
const ACTOR_FOLLOWER_KINDS = new Set(['thread_started', 'challenge_posted', 'proposal_opened']);

/** Events about membership reach people who see the group but cannot read its content yet. */
const MEMBERSHIP_KINDS = new Set(['group_invited', 'group_request', 'group_request_accepted', 'group_request_declined', 'group_joined']);

const FOLLOW_TARGETS = new Set<FollowTarget>(['call', 'event', 'project', 'practice', 'city', 'area', 'person', 'organisation', 'challenge', 'thread', 'group', 'proposal']);

function relatedTargets(payload: Record<string, unknown>): { type: FollowTarget; id: number }[] {
	const related = Array.isArray(payload?.related) ? payload.related : [];
	return related.filter(
		(r): r is { type: FollowTarget; id: number } =>
			typeof r === 'object' && r !== null && FOLLOW_TARGETS.has((r as { type: FollowTarget }).type) && Number.isInteger((r as { id: number }).id)
	);
}

/** Who is told about one event (ids), after the access rules. */
export async function recipientsOf(db: Kysely<DB>, event: q.PendingEvent): Promise<number[]> {
	const context = await q.findContextAccess(db, event.context_type, event.context_id);
	if (!context) return [];
	const subject = await q.findSubjectState(db, event.subject_type, event.subject_id);
	if (subject === undefined) return [];

	const targets: { type: FollowTarget; id: number }[] = [{ type: event.context_type, id: event.context_id }, ...relatedTargets(event.payload)];
	if (event.actor_id !== null && ACTOR_FOLLOWER_KINDS.has(event.kind)) targets.push({ type: 'person', id: event.actor_id });
	const candidates = new Set([...(await q.followerIds(db, targets)), ...(event.mentioned ?? [])]);
	if (event.actor_id !== null) candidates.delete(event.actor_id);
	if (candidates.size === 0) return [];

	const people = await q.findRecipients(db, [...candidates], context.group_id);
	return people
		.filter((person) => {
			const actor: Actor = {
				id: person.id,
				handle: person.handle,
				name: person.name,
				email: person.email,
				role: person.role,
				locale: person.locale as Actor['locale'],
				emailVerified: person.email_verified_at !== null,
				isMember: person.is_member
			};
			// Hidden (or deleted) content is for its author's eyes only.
			if (context.hidden_at && context.author_id !== person.id) return false;
			if (subject && (subject.hidden_at || subject.deleted_at) && subject.author_id !== person.id) return false;
			if (context.group_id !== null && context.group_kind) {
				const standing: GroupStanding = { status: person.group_status, role: person.group_role };
				// a request to join is for the people who decide it
				if (event.kind === 'group_request' && !(standing.status === 'active' && standing.role === 'coordinator')) return false;
				if (event.context_type === 'group' && MEMBERSHIP_KINDS.has(event.kind)) {
					if (!canSeeGroup(actor, context.group_kind, standing)) return false;
				} else if (!canReadGroupContent(actor, context.group_kind, standing)) return false;
			}
			if (event.context_type === 'challenge' && context.visibility !== 'public' && !isMember(actor)) return false;
			return true;
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
