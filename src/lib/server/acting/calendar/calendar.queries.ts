import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { actorColumns } from '../../platform/auth';

type Db = Kysely<DB> | Transaction<DB>;

const EVENT_COLUMNS = [
	'e.id',
	'e.slug',
	'e.title',
	'e.description',
	'e.starts_at',
	'e.ends_at',
	'e.time_zone',
	'e.online',
	'e.place',
	'e.meeting_url',
	'e.visibility',
	'e.cancelled_at',
	'e.created_at',
	'e.updated_at'
] as const;

/** An event by slug with the viewer's registration status (null: none or anonymous). */
export async function findEventForCalendar(db: Db, slug: string, viewerId: number | null) {
	const row = await db
		.selectFrom('events as e')
		.select(EVENT_COLUMNS)
		.select((eb) =>
			eb
				.selectFrom('event_registrations as r')
				.select('r.status')
				.whereRef('r.event_id', '=', 'e.id')
				// no person has id -1: an anonymous reader has no registration
				.where('r.person_id', '=', viewerId ?? -1)
				.$asScalar()
				.as('registration')
		)
		.where('e.slug', '=', slug)
		.executeTakeFirst();
	return row;
}

export type CalendarEventRow = Awaited<ReturnType<typeof listRegisteredEvents>>[number];

/** Events the person holds a place at (not waitlisted, not cancelled by them) ending after `since`. */
export function listRegisteredEvents(db: Db, personId: number, since: Date) {
	return db
		.selectFrom('event_registrations as r')
		.innerJoin('events as e', 'e.id', 'r.event_id')
		.select([...EVENT_COLUMNS, 'r.status'])
		.where('r.person_id', '=', personId)
		.where('r.status', '=', 'registered')
		.where('e.ends_at', '>=', since)
		.orderBy('e.starts_at')
		.limit(500)
		.execute();
}

/** The owner of a feed, by the hash of its token, as the actor the events' rules ask about. */
export function findFeedOwner(db: Db, tokenHash: string) {
	return db
		.selectFrom('calendar_feeds as f')
		.innerJoin('people as p', 'p.id', 'f.person_id')
		.select(actorColumns())
		.where('f.token_hash', '=', tokenHash)
		.executeTakeFirst();
}

export function findFeed(db: Db, personId: number) {
	return db.selectFrom('calendar_feeds').select(['created_at']).where('person_id', '=', personId).executeTakeFirst();
}

/** One feed per person: a new token replaces the old one, which stops working at once. */
export async function saveFeed(db: Db, personId: number, tokenHash: string): Promise<void> {
	// created_at is read-only in the table's types; a replaced address is a new one, so it moves.
	await sql`insert into calendar_feeds (person_id, token_hash) values (${personId}, ${tokenHash})
		on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = now()`.execute(db);
}

export async function deleteFeed(db: Db, personId: number): Promise<boolean> {
	const result = await db.deleteFrom('calendar_feeds').where('person_id', '=', personId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/**
 * Claims the registrations due for a day-before reminder: places held (status registered) at
 * events that are not cancelled and start between `from` and `to`, not reminded yet. One
 * UPDATE ... RETURNING: a second process running at the same moment waits for the row lock,
 * then sees reminded_at set and skips the row, so nobody gets two reminders.
 */
export function claimDueReminders(trx: Transaction<DB>, from: Date, to: Date) {
	return trx
		.updateTable('event_registrations as r')
		.from('events as e')
		.set({ reminded_at: sql`now()` })
		.whereRef('r.event_id', '=', 'e.id')
		.where('r.status', '=', 'registered')
		.where('r.reminded_at', 'is', null)
		.where('e.cancelled_at', 'is', null)
		.where('e.starts_at', '>', from)
		.where('e.starts_at', '<=', to)
		.returning(['r.id', 'r.person_id', 'r.event_id'])
		.execute();
}

/** What reminder mails need about the claimed registrations. */
export function reminderDetails(db: Db, registrationIds: number[]) {
	if (registrationIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('event_registrations as r')
		.innerJoin('events as e', 'e.id', 'r.event_id')
		.innerJoin('people as p', 'p.id', 'r.person_id')
		.select([...EVENT_COLUMNS, 'r.id as registration_id', 'r.person_id', 'r.status', 'p.name', 'p.email', 'p.locale'])
		.where('r.id', 'in', registrationIds)
		.orderBy('r.id')
		.execute();
}

/** The people as actors, so reminders ask the events' rules about each reader as they are now. */
export function findActors(db: Db, personIds: number[]) {
	if (personIds.length === 0) return Promise.resolve([]);
	return db.selectFrom('people as p').select(actorColumns()).where('p.id', 'in', personIds).execute();
}
