/**
 * SQL of the notification fan-out: claiming activity events, finding who follows what, the
 * recipients as the access rules see them, and writing the notifications. What a context or a
 * subject is comes from the registry (notify/registry), not from here.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ContextType, DB, FollowTarget } from '../../platform/db';
import { actorColumns } from '../../platform/auth';

type Db = Kysely<DB> | Transaction<DB>;

export interface PendingEvent {
	id: string;
	kind: string;
	actor_id: number | null;
	subject_type: string;
	subject_id: number;
	context_type: ContextType;
	context_id: number;
	mentioned: number[];
	payload: Record<string, unknown>;
	attempts: number;
	created_at: Date;
}

/**
 * Due events, oldest first, locked for this transaction: another process running the same
 * job skips them (and takes the next ones) until this transaction ends.
 */
export function claimPendingEvents(trx: Transaction<DB>, now: Date | undefined, limit: number): Promise<PendingEvent[]> {
	return (
		trx
			.selectFrom('activity_events')
			.select([
				'id',
				'kind',
				'actor_id',
				'subject_type',
				'subject_id',
				'context_type',
				'context_id',
				'mentioned',
				'payload',
				'attempts',
				'created_at'
			])
			.where('processed_at', 'is', null)
			// The database's clock by default: the events' times come from it, to the microsecond.
			.where('next_attempt_at', '<=', now ?? sql<Date>`now()`)
			.orderBy('id')
			.limit(limit)
			.forUpdate()
			.skipLocked()
			.execute() as Promise<PendingEvent[]>
	);
}

/** Runs `work` in a savepoint: when it throws, only its own writes are undone. */
export async function inSavepoint<T>(trx: Transaction<DB>, work: () => Promise<T>): Promise<T> {
	await sql`savepoint notification_fanout`.execute(trx);
	try {
		const result = await work();
		await sql`release savepoint notification_fanout`.execute(trx);
		return result;
	} catch (error) {
		await sql`rollback to savepoint notification_fanout`.execute(trx);
		throw error;
	}
}

export function markEventProcessed(db: Db, id: string, now: Date) {
	return db.updateTable('activity_events').set({ processed_at: now, last_error: null }).where('id', '=', id).execute();
}

export function markEventFailed(db: Db, id: string, attempts: number, nextAttemptAt: Date, error: string) {
	return db
		.updateTable('activity_events')
		.set({ attempts, next_attempt_at: nextAttemptAt, last_error: error.slice(0, 1000) })
		.where('id', '=', id)
		.execute();
}

/** Everyone who follows any of the targets (ids, once each). */
export async function followerIds(db: Db, targets: { type: FollowTarget; id: number }[]): Promise<number[]> {
	if (targets.length === 0) return [];
	const rows = await db
		.selectFrom('follows')
		.select('person_id')
		.distinct()
		.where((eb) => eb.or(targets.map((t) => eb.and([eb('target_type', '=', t.type), eb('target_id', '=', t.id)]))))
		.execute();
	return rows.map((r) => r.person_id);
}

/** Recipients as the access rules see them: role, network membership, standing in one group. */
export function findRecipients(db: Db, ids: number[], groupId: number | null) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('people as p')
		.leftJoin('group_members as gm', (join) => join.onRef('gm.person_id', '=', 'p.id').on('gm.group_id', '=', groupId ?? -1))
		.select([...actorColumns(), 'gm.status as group_status', 'gm.role as group_role'])
		.where('p.id', 'in', ids)
		.execute();
}

/** One notification per person and event: a second fan-out of the same event adds nothing. */
export async function insertNotifications(db: Db, event: PendingEvent, personIds: number[]): Promise<number> {
	if (personIds.length === 0) return 0;
	const rows = await db
		.insertInto('notifications')
		.values(
			personIds.map((personId) => ({
				person_id: personId,
				event_id: event.id,
				kind: event.kind,
				context_type: event.context_type,
				context_id: event.context_id,
				created_at: event.created_at
			}))
		)
		.onConflict((oc) => oc.constraint('notifications_person_event_key').doNothing())
		.returning('id')
		.execute();
	return rows.length;
}
