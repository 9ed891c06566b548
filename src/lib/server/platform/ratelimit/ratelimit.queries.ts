import { sql, type Kysely } from 'kysely';
import type { DB } from '../db';

/** How many hits each key of a bucket had within the last `windowSeconds`. */
export async function countRecentHits(db: Kysely<DB>, bucket: string, keys: string[], windowSeconds: number) {
	if (keys.length === 0) return new Map<string, number>();
	const rows = await db
		.selectFrom('rate_limit_hits')
		.select(['key', (eb) => eb.fn.countAll<number>().as('hits')])
		.where('bucket', '=', bucket)
		.where('key', 'in', keys)
		.where('created_at', '>', sql<Date>`now() - make_interval(secs => ${windowSeconds})`)
		.groupBy('key')
		.execute();
	return new Map(rows.map((row) => [row.key, Number(row.hits)]));
}

/**
 * Serialises the rest of the caller's transaction with every other one that counts this key
 * (`pg_advisory_xact_lock` on a hash of bucket and key; a collision only serialises a little more).
 */
export async function lockKey(db: Kysely<DB>, bucket: string, key: string): Promise<void> {
	await sql`select pg_advisory_xact_lock(hashtext(${bucket}), hashtext(${key}))`.execute(db);
}

export function insertHits(db: Kysely<DB>, hits: { bucket: string; key: string }[]) {
	return db.insertInto('rate_limit_hits').values(hits).returning('id').execute();
}

export function deleteHitsById(db: Kysely<DB>, ids: string[]) {
	return db.deleteFrom('rate_limit_hits').where('id', 'in', ids).execute();
}

/** Forgets every key of a bucket that starts with `prefix` (no LIKE: nothing in it is a pattern). */
export function deleteHitsByPrefix(db: Kysely<DB>, bucket: string, prefix: string) {
	return db
		.deleteFrom('rate_limit_hits')
		.where('bucket', '=', bucket)
		.where(sql<boolean>`starts_with(key, ${prefix})`)
		.execute();
}

export function deleteHits(db: Kysely<DB>, bucket: string, key: string) {
	return db.deleteFrom('rate_limit_hits').where('bucket', '=', bucket).where('key', '=', key).execute();
}

/** Forgets hits older than any window in use, so the table stays small. */
export function pruneHits(db: Kysely<DB>, olderThanSeconds: number) {
	return db
		.deleteFrom('rate_limit_hits')
		.where('created_at', '<', sql<Date>`now() - make_interval(secs => ${olderThanSeconds})`)
		.execute();
}
