/**
 * The follows' public SQL: domains follow on a person's behalf inside the transaction of the
 * change itself (the author of a new thread follows it, a new member follows the group), so a
 * change that rolls back leaves no follow behind. They check their own rules first.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, FollowTarget } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

export interface FollowRef {
	type: FollowTarget;
	id: number;
}

/** Adds the follow; following twice changes nothing. */
export function insertFollow(db: Db, personId: number, target: FollowRef) {
	return db
		.insertInto('follows')
		.values({ person_id: personId, target_type: target.type, target_id: target.id })
		.onConflict((oc) => oc.constraint('follows_pk').doNothing())
		.execute();
}

/** Removes the follow; not following already is fine. */
export function deleteFollow(db: Db, personId: number, target: FollowRef) {
	return db
		.deleteFrom('follows')
		.where('person_id', '=', personId)
		.where('target_type', '=', target.type)
		.where('target_id', '=', target.id)
		.execute();
}

/** The follow (when it began), or undefined when the person does not follow the target. */
export function findFollow(db: Db, personId: number, target: FollowRef) {
	return db
		.selectFrom('follows')
		.select('created_at')
		.where('person_id', '=', personId)
		.where('target_type', '=', target.type)
		.where('target_id', '=', target.id)
		.executeTakeFirst();
}
