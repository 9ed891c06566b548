/** A person's notifications on the site: the unread count, the grouped list, marking read. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ContextType, DB } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

/** For the header on every page: one count on the (person_id, read_at, ...) index. */
export async function countUnread(db: Db, personId: number): Promise<number> {
	const row = await db
		.selectFrom('notifications')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('person_id', '=', personId)
		.where('read_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export interface NotificationGroupRow {
	context_type: ContextType;
	context_id: number;
	unread: number;
	total: number;
	latest_at: Date;
	/** Kinds of the unread notifications (all of them when none is unread). */
	kinds: string[];
	/** The smallest post number among the unread (threads), to link to the first new reply. */
	first_unread_number: number | null;
	mentioned: boolean;
	latest_actor: string | null;
}

/**
 * Notifications grouped by context: unread groups first (newest first), then read ones from
 * the last `readDays` days. One row per context, however many notifications it has.
 */
export async function listGroups(db: Db, personId: number, options: { limit: number; readSince: Date }): Promise<NotificationGroupRow[]> {
	const rows = await db
		.selectFrom('notifications as n')
		.innerJoin('activity_events as e', 'e.id', 'n.event_id')
		.leftJoin('people as a', 'a.id', 'e.actor_id')
		.where('n.person_id', '=', personId)
		.where((eb) => eb.or([eb('n.read_at', 'is', null), eb('n.created_at', '>=', options.readSince)]))
		.groupBy(['n.context_type', 'n.context_id'])
		.select([
			'n.context_type',
			'n.context_id',
			sql<string>`count(*) filter (where n.read_at is null)`.as('unread'),
			sql<string>`count(*)`.as('total'),
			sql<Date>`max(n.created_at)`.as('latest_at'),
			sql<string[]>`coalesce(array_agg(distinct n.kind) filter (where n.read_at is null), array_agg(distinct n.kind))`.as('kinds'),
			sql<
				number | null
			>`min(case when e.payload->>'number' ~ '^[0-9]+$' then (e.payload->>'number')::int end) filter (where n.read_at is null)`.as(
				'first_unread_number'
			),
			sql<boolean>`coalesce(bool_or(n.person_id = any(e.mentioned)) filter (where n.read_at is null), false)`.as('mentioned'),
			sql<string | null>`(array_agg(a.name order by n.created_at desc, n.id desc))[1]`.as('latest_actor')
		])
		.orderBy(sql`count(*) filter (where n.read_at is null) > 0`, 'desc')
		.orderBy(sql`max(n.created_at)`, 'desc')
		.limit(options.limit)
		.execute();
	return rows.map((r) => ({
		...r,
		unread: Number(r.unread),
		total: Number(r.total),
		first_unread_number: r.first_unread_number === null ? null : Number(r.first_unread_number),
		latest_at: new Date(r.latest_at)
	}));
}

export function markContextRead(db: Db, personId: number, context: { type: ContextType; id: number }, now: Date) {
	return db
		.updateTable('notifications')
		.set({ read_at: now })
		.where('person_id', '=', personId)
		.where('context_type', '=', context.type)
		.where('context_id', '=', context.id)
		.where('read_at', 'is', null)
		.execute();
}

export function markAllRead(db: Db, personId: number, now: Date) {
	return db.updateTable('notifications').set({ read_at: now }).where('person_id', '=', personId).where('read_at', 'is', null).execute();
}

/** Notifications of contexts the person may no longer read (left a group, hidden content). */
export function deleteContextNotifications(db: Db, personId: number, contexts: { type: ContextType; id: number }[]) {
	if (contexts.length === 0) return Promise.resolve([]);
	return db
		.deleteFrom('notifications')
		.where('person_id', '=', personId)
		.where((eb) => eb.or(contexts.map((c) => eb.and([eb('context_type', '=', c.type), eb('context_id', '=', c.id)]))))
		.execute();
}
