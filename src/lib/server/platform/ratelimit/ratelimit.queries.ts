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

export function insertHits(db: Kysely<DB>, hits: { bucket: string; key: string }[]) {
	return db.insertInto('rate_limit_hits').values(hits).execute();
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
