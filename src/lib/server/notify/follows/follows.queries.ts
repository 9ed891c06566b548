/** Reading the follows: counts, followers, what one person follows. Writes are in follows.sql.ts. */
import type { Kysely, Transaction } from 'kysely';
import type { DB, FollowTarget } from '../../platform/db';
import type { FollowRef } from './follows.sql';

type Db = Kysely<DB> | Transaction<DB>;

export function countFollowers(db: Db, target: FollowRef) {
	return db
		.selectFrom('follows')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('target_type', '=', target.type)
		.where('target_id', '=', target.id)
		.executeTakeFirstOrThrow()
		.then((row) => Number(row.n));
}

/**
 * Who follows the target, with what a mail to them needs. Only people who can still sign in
 * with a verified address: a mail to an unconfirmed address may reach a stranger.
 */
export function listFollowers(db: Db, target: FollowRef) {
	return db
		.selectFrom('follows as f')
		.innerJoin('people as p', 'p.id', 'f.person_id')
		.select(['p.id', 'p.name', 'p.email', 'p.locale'])
		.where('f.target_type', '=', target.type)
		.where('f.target_id', '=', target.id)
		.where('p.email_verified_at', 'is not', null)
		.orderBy('f.created_at')
		.orderBy('p.id')
		.execute();
}

/** Follower ids of many targets of one type at once (for list pages: "you follow this"). */
export function followedAmong(db: Db, personId: number, type: FollowTarget, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([] as number[]);
	return db
		.selectFrom('follows')
		.select('target_id')
		.where('person_id', '=', personId)
		.where('target_type', '=', type)
		.where('target_id', 'in', ids)
		.execute()
		.then((rows) => rows.map((r) => r.target_id));
}

/** What a person follows, newest first (the settings page; the registry names each). */
export function listFollowsOf(db: Db, personId: number) {
	return db
		.selectFrom('follows')
		.select(['target_type', 'target_id', 'created_at'])
		.where('person_id', '=', personId)
		.orderBy('created_at', 'desc')
		.limit(500)
		.execute();
}
