/**
 * The activity's public SQL: what happened, written by the domain that changed something, in
 * the same transaction as the change itself. The notification worker turns each row into
 * notifications and mail later, so a change that rolls back never notifies anyone, and a
 * crash between commit and mail loses nothing. Kinds, contexts and subjects are the ones the
 * domain declared in the notification registry (<domain>.notifications.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { ContextType, DB, FollowTarget } from '../../platform/db';

export interface Activity {
	/** reply_posted, thread_started, challenge_posted, challenge_answered, challenge_solved, proposal_opened, proposal_closed, ... */
	kind: string;
	actorId: number | null;
	/** What happened: the post, answer or proposal. */
	subjectType: string;
	subjectId: number;
	/** What people follow, and what notifications group by: the thread, challenge, group or proposal. */
	contextType: ContextType;
	contextId: number;
	/** People named in the change (@mentions), by id; they are told even when not following. */
	mentioned?: number[];
	/** Other things whose followers hear of it too: a new challenge's city and areas, a group thread's group. */
	related?: { type: FollowTarget; id: number }[];
	/** Small facts for the message (titles, numbers), never the only copy of anything. */
	payload?: Record<string, unknown>;
}

/** Records the activity inside the caller's transaction (pass it as `db`). */
export function recordActivity(db: Kysely<DB> | Transaction<DB>, activity: Activity) {
	return db
		.insertInto('activity_events')
		.values({
			kind: activity.kind,
			actor_id: activity.actorId,
			subject_type: activity.subjectType,
			subject_id: activity.subjectId,
			context_type: activity.contextType,
			context_id: activity.contextId,
			mentioned: activity.mentioned ?? [],
			payload: { ...activity.payload, related: activity.related ?? [] }
		})
		.returning('id')
		.executeTakeFirstOrThrow();
}
