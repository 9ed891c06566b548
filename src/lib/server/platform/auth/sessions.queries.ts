import { sql, type Kysely } from 'kysely';
import type { DB } from '../db';
import { actorColumns } from './actor.sql';

export function insertSession(db: Kysely<DB>, id: string, personId: number, expiresAt: Date) {
	return db.insertInto('sessions').values({ id, person_id: personId, expires_at: expiresAt }).execute();
}

/** The session's person with what every request needs to know, in one round trip. */
export function findSessionPerson(db: Kysely<DB>, id: string) {
	return db
		.selectFrom('sessions as s')
		.innerJoin('people as p', 'p.id', 's.person_id')
		.where('s.id', '=', id)
		.where('s.expires_at', '>', sql<Date>`now()`)
		.select([...actorColumns(), 's.expires_at'])
		.executeTakeFirst();
}

export function extendSession(db: Kysely<DB>, id: string, expiresAt: Date) {
	return db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

export function deleteSession(db: Kysely<DB>, id: string) {
	return db.deleteFrom('sessions').where('id', '=', id).execute();
}

export function deletePersonSessions(db: Kysely<DB>, personId: number, exceptId?: string) {
	let query = db.deleteFrom('sessions').where('person_id', '=', personId);
	if (exceptId) query = query.where('id', '<>', exceptId);
	return query.execute();
}
