/** Changing events after creation: details, areas, cancellation, organisers' tools. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, RegistrationStatus } from '../../platform/db';
import { actorColumns } from '../../platform/auth';
import type { EventFields } from './events.queries';

type Db = Kysely<DB> | Transaction<DB>;

export function updateEventRow(db: Db, eventId: number, changes: Partial<EventFields> & { notes?: string; version?: number }) {
	const { agenda, ...rest } = changes;
	return db
		.updateTable('events')
		.set({ ...rest, ...(agenda ? { agenda: JSON.stringify(agenda) } : {}), updated_at: sql`now()` })
		.where('id', '=', eventId)
		.execute();
}

export async function setEventAreas(db: Db, eventId: number, areaIds: number[]) {
	await db.deleteFrom('event_areas').where('event_id', '=', eventId).execute();
	if (areaIds.length === 0) return;
	await db
		.insertInto('event_areas')
		.columns(['event_id', 'area_id'])
		.expression((eb) =>
			eb
				.selectFrom('areas')
				.select([sql<number>`${eventId}::int`.as('event_id'), 'id'])
				.where('id', 'in', areaIds)
		)
		.execute();
}

export function listEventAreaIds(db: Db, eventId: number) {
	return db
		.selectFrom('event_areas')
		.select('area_id')
		.where('event_id', '=', eventId)
		.execute()
		.then((rows) => rows.map((r) => r.area_id));
}

export function markEventCancelled(db: Db, eventId: number) {
	return db
		.updateTable('events')
		.set({ cancelled_at: sql`now()`, updated_at: sql`now()` })
		.where('id', '=', eventId)
		.execute();
}

/** People registered or waiting, with what mail to them needs. */
/** The people with these statuses at the event, as actors (the events' rules ask about each). */
export function listRegistrants(db: Db, eventId: number, statuses: RegistrationStatus[]) {
	return db
		.selectFrom('event_registrations as r')
		.innerJoin('people as p', 'p.id', 'r.person_id')
		.select([...actorColumns(), 'r.id as registration_id', 'r.status'])
		.where('r.event_id', '=', eventId)
		.where('r.status', 'in', statuses)
		.orderBy('r.position')
		.execute();
}

/** The organisers' list: everyone registered or waiting, in queue order, with their answers. */
export function listParticipantRows(db: Db, eventId: number) {
	return db
		.selectFrom('event_registrations as r')
		.innerJoin('people as p', 'p.id', 'r.person_id')
		.select([
			'r.id',
			'r.status',
			'r.answers',
			'r.attended',
			'r.created_at',
			'r.promoted_at',
			'p.name',
			'p.email',
			'p.handle',
			sql<string>`coalesce((select string_agg(o.name, '; ' order by o.name) from organisation_members om join organisations o on o.id = om.organisation_id where om.person_id = p.id), '')`.as(
				'organisations'
			)
		])
		.where('r.event_id', '=', eventId)
		.where('r.status', 'in', ['registered', 'waitlisted'])
		.orderBy(sql`case r.status when 'registered' then 0 else 1 end`)
		.orderBy('r.position')
		.orderBy('r.id')
		.execute();
}

export function setAttendance(db: Db, eventId: number, registrationId: number, attended: boolean | null) {
	return db
		.updateTable('event_registrations')
		.set({ attended, updated_at: sql`now()` })
		.where('id', '=', registrationId)
		.where('event_id', '=', eventId)
		.where('status', '=', 'registered')
		.executeTakeFirst()
		.then((r) => Number(r.numUpdatedRows));
}

export function insertEventMessage(db: Db, row: { eventId: number; senderId: number; subject: string; body: string; recipients: number }) {
	return db
		.insertInto('event_messages')
		.values({ event_id: row.eventId, sender_id: row.senderId, subject: row.subject, body: row.body, recipients: row.recipients })
		.returning('id')
		.executeTakeFirstOrThrow();
}

export function listEventMessages(db: Db, eventId: number) {
	return db
		.selectFrom('event_messages as m')
		.leftJoin('people as p', 'p.id', 'm.sender_id')
		.select(['m.id', 'm.subject', 'm.body', 'm.recipients', 'm.created_at', 'p.name as sender_name'])
		.where('m.event_id', '=', eventId)
		.orderBy('m.id', 'desc')
		.execute();
}

export function addEventPractice(db: Db, eventId: number, practiceId: number) {
	return db
		.insertInto('event_practices')
		.values({ event_id: eventId, practice_id: practiceId })
		.onConflict((oc) => oc.doNothing())
		.execute();
}

export function removeEventPractice(db: Db, eventId: number, practiceId: number) {
	return db.deleteFrom('event_practices').where('event_id', '=', eventId).where('practice_id', '=', practiceId).execute();
}
