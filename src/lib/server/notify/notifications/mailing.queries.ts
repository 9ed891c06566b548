/**
 * SQL of notification mail: who has mail waiting, the per-person claim (a row lock on their
 * settings), their unmailed notifications and overrides, marking them mailed, and the
 * one-click unsubscribe by token (stored as hashes only).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ContextType, DB, EmailFrequency } from '../../platform/db';
import { actorColumns } from '../../platform/auth';

type Db = Kysely<DB> | Transaction<DB>;

const DAY_MS = 86_400_000;

/**
 * People who may have something to do at `now`, by id above `afterId`, in id order. People
 * who only wait for a digest that is not due yet are left out (their oldest unmailed
 * notification is younger than their digest period, and they have no overrides, nothing read
 * and a verified address), so a run does not lock everyone every minute.
 */
export async function mailCandidates(db: Db, now: Date, afterId: number, limit: number): Promise<number[]> {
	const dayAgo = new Date(now.getTime() - DAY_MS);
	const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
	const rows = await db
		.selectFrom('notifications as n')
		.innerJoin('people as p', 'p.id', 'n.person_id')
		.leftJoin('notification_settings as s', 's.person_id', 'n.person_id')
		.select('n.person_id')
		.where('n.mailed_at', 'is', null)
		.where('n.person_id', '>', afterId)
		.groupBy(['n.person_id', 's.email_frequency', 'p.email_verified_at'])
		.having((eb) =>
			eb.or([
				eb(sql`coalesce(${eb.ref('s.email_frequency')}, 'weekly')`, 'in', ['immediately', 'never']),
				eb('p.email_verified_at', 'is', null),
				eb(sql`bool_or(${eb.ref('n.read_at')} is not null)`, '=', true),
				eb(
					sql`min(${eb.ref('n.created_at')})`,
					'<=',
					sql`case when ${eb.ref('s.email_frequency')} = 'daily' then ${dayAgo}::timestamptz else ${weekAgo}::timestamptz end`
				),
				eb.exists(eb.selectFrom('notification_overrides as o').select('o.person_id').whereRef('o.person_id', '=', 'n.person_id'))
			])
		)
		.orderBy('n.person_id')
		.limit(limit)
		.execute();
	return rows.map((r) => r.person_id);
}

/**
 * Stores the hash of a new unsubscribe token of the person, valid for a year (links in mail are
 * clicked long after it was sent), and forgets their expired ones.
 */
export async function insertUnsubscribeToken(trx: Transaction<DB>, personId: number, tokenHash: string): Promise<void> {
	await trx
		.deleteFrom('unsubscribe_tokens')
		.where('person_id', '=', personId)
		.where('expires_at', '<=', sql<Date>`now()`)
		.execute();
	await trx
		.insertInto('unsubscribe_tokens')
		.values({ token_hash: tokenHash, person_id: personId, expires_at: sql<Date>`now() + interval '1 year'` })
		.execute();
}

/**
 * Claims a person for this transaction: makes sure they have a settings row (weekly), then
 * locks it FOR UPDATE SKIP LOCKED. Undefined when another process holds it: that process is
 * mailing this person now, and this one leaves them alone.
 */
export async function claimPersonSettings(trx: Transaction<DB>, personId: number) {
	await trx
		.insertInto('notification_settings')
		.values({ person_id: personId })
		.onConflict((oc) => oc.column('person_id').doNothing())
		.execute();
	return trx
		.selectFrom('notification_settings')
		.select(['person_id', 'email_frequency', 'last_digest_at'])
		.where('person_id', '=', personId)
		.forUpdate()
		.skipLocked()
		.executeTakeFirst();
}

/** The person as mail and the access rules need them. */
export function findMailRecipient(db: Db, personId: number) {
	return db.selectFrom('people as p').select(actorColumns()).where('p.id', '=', personId).executeTakeFirst();
}

export interface PendingNotification {
	id: string;
	kind: string;
	context_type: ContextType;
	context_id: number;
	read_at: Date | null;
	created_at: Date;
	/** The person was @mentioned in the change. */
	mentioned: boolean;
}

/** This person's notifications not yet mailed (nor skipped), oldest first. */
export async function pendingNotifications(db: Db, personId: number): Promise<PendingNotification[]> {
	const rows = await db
		.selectFrom('notifications as n')
		.innerJoin('activity_events as e', 'e.id', 'n.event_id')
		.select([
			'n.id',
			'n.kind',
			'n.context_type',
			'n.context_id',
			'n.read_at',
			'n.created_at',
			sql<boolean>`${sql.ref('n.person_id')} = any(${sql.ref('e.mentioned')})`.as('mentioned')
		])
		.where('n.person_id', '=', personId)
		.where('n.mailed_at', 'is', null)
		.orderBy('n.created_at')
		.orderBy('n.id')
		.execute();
	return rows.map((r) => ({ ...r, id: String(r.id), mentioned: Boolean(r.mentioned) }));
}

export function overridesOf(db: Db, personId: number) {
	return db
		.selectFrom('notification_overrides')
		.select(['context_type', 'context_id', 'email_frequency'])
		.where('person_id', '=', personId)
		.execute();
}

/** Marks notifications mailed (or skipped); only those still unmailed, whose ids it returns. */
export async function markMailed(db: Db, ids: string[], now: Date): Promise<string[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.updateTable('notifications')
		.set({ mailed_at: now })
		.where('id', 'in', ids)
		.where('mailed_at', 'is', null)
		.returning('id')
		.execute();
	return rows.map((r) => String(r.id));
}

export function setLastDigest(db: Db, personId: number, now: Date) {
	return db.updateTable('notification_settings').set({ last_digest_at: now }).where('person_id', '=', personId).execute();
}

/** The person whose live unsubscribe token has this hash. */
const tokenOwner = (db: Db, tokenHash: string) =>
	db
		.selectFrom('unsubscribe_tokens')
		.select('person_id')
		.where('token_hash', '=', tokenHash)
		.where('expires_at', '>', sql<Date>`now()`);

/** The person behind an unsubscribe token (by its hash), with their language and current setting. */
export function findByUnsubscribeToken(db: Db, tokenHash: string) {
	return db
		.selectFrom('notification_settings as s')
		.innerJoin('people as p', 'p.id', 's.person_id')
		.select(['s.person_id', 's.email_frequency', 'p.locale', 'p.email'])
		.where('s.person_id', 'in', tokenOwner(db, tokenHash))
		.executeTakeFirst();
}

/**
 * Stops all notification mail of the token's person: their setting becomes 'never', and
 * overrides that would still send mail (a thread or group set to another frequency) go;
 * 'never' overrides stay. Returns the person id, or undefined for an unknown token.
 */
export async function unsubscribeByToken(trx: Transaction<DB>, tokenHash: string, now: Date): Promise<number | undefined> {
	const row = await trx
		.updateTable('notification_settings')
		.set({ email_frequency: 'never' satisfies EmailFrequency, updated_at: now })
		.where('person_id', 'in', tokenOwner(trx, tokenHash))
		.returning('person_id')
		.executeTakeFirst();
	if (!row) return undefined;
	await trx.deleteFrom('notification_overrides').where('person_id', '=', row.person_id).where('email_frequency', '<>', 'never').execute();
	return row.person_id;
}
