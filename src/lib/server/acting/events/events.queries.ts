import { sql, type Kysely, type Transaction } from 'kysely';
import type { AgendaItem, DB, EventType, EventVisibility, RegistrationStatus } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

export function isInOrganisation(db: Db, organisationId: number, personId: number) {
	return db
		.selectFrom('organisation_members')
		.select('person_id')
		.where('organisation_id', '=', organisationId)
		.where('person_id', '=', personId)
		.executeTakeFirst()
		.then((row) => row !== undefined);
}

export function organisationExists(db: Db, organisationId: number) {
	return db
		.selectFrom('organisations')
		.select('id')
		.where('id', '=', organisationId)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

export function slugTaken(db: Db, slug: string) {
	return db
		.selectFrom('events')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

/** An event's own fields, as forms and services write them (the row without its keys and stamps). */
export interface EventFields {
	type: EventType;
	/** null only for a consultation asked by someone without an organisation. */
	host_organisation_id: number | null;
	city_id: number | null;
	title: string;
	description: string;
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
	online: boolean;
	place: string;
	meeting_url: string | null;
	languages: string[];
	capacity: number | null;
	registration_opens_at: Date | null;
	registration_closes_at: Date | null;
	visibility: EventVisibility;
	agenda: AgendaItem[];
	questions: string[];
	free_question: string;
}

/** A new event: its fields (programme and questions optional) under a free slug. */
export type EventRow = Omit<EventFields, 'agenda' | 'questions' | 'free_question'> &
	Partial<Pick<EventFields, 'agenda' | 'questions' | 'free_question'>> & { slug: string; created_by: number };

export function insertEvent(db: Db, row: EventRow) {
	const { agenda, ...rest } = row;
	return db
		.insertInto('events')
		.values({ ...rest, ...(agenda ? { agenda: JSON.stringify(agenda) } : {}) })
		.returning(['id', 'slug'])
		.executeTakeFirstOrThrow();
}

/**
 * The event row, locked until the transaction ends. Every change to an event's registrations
 * takes this lock first, so counting places and inserting are one step for everyone: the
 * capacity holds under concurrent requests on PostgreSQL (PGlite serialises anyway).
 */
export function lockEvent(trx: Transaction<DB>, eventId: number) {
	return trx
		.selectFrom('events')
		.select([
			'id',
			'slug',
			'title',
			'type',
			'visibility',
			'capacity',
			'starts_at',
			'ends_at',
			'time_zone',
			'registration_opens_at',
			'registration_closes_at',
			'cancelled_at',
			'version'
		])
		.where('id', '=', eventId)
		.forUpdate()
		.executeTakeFirst();
}

export function findRegistration(db: Db, eventId: number, personId: number) {
	return db
		.selectFrom('event_registrations')
		.select(['id', 'status'])
		.where('event_id', '=', eventId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
}

export function countRegistered(db: Db, eventId: number) {
	return db
		.selectFrom('event_registrations')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('event_id', '=', eventId)
		.where('status', '=', 'registered')
		.executeTakeFirstOrThrow()
		.then((row) => Number(row.n));
}

export function insertRegistration(
	db: Db,
	row: { eventId: number; personId: number; status: RegistrationStatus; answers: Record<string, string> }
) {
	return db
		.insertInto('event_registrations')
		.values({ event_id: row.eventId, person_id: row.personId, status: row.status, answers: row.answers })
		.execute();
}

/** A person who cancelled comes back: new place at the end of the queue. */
export function renewRegistration(db: Db, id: number, status: RegistrationStatus, answers: Record<string, string>) {
	return db
		.updateTable('event_registrations')
		.set({
			status,
			answers,
			position: sql`nextval('event_registrations_position_seq')`,
			cancelled_at: null,
			promoted_at: null,
			updated_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
}

export function markCancelled(db: Db, id: number) {
	return db
		.updateTable('event_registrations')
		.set({ status: 'cancelled', cancelled_at: sql`now()`, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

/** The first waiting people (oldest place in the queue first), with what their mail needs. */
export function firstWaiting(db: Db, eventId: number, limit: number) {
	return db
		.selectFrom('event_registrations as r')
		.innerJoin('people as p', 'p.id', 'r.person_id')
		.select(['r.id', 'p.email', 'p.name', 'p.locale'])
		.where('r.event_id', '=', eventId)
		.where('r.status', '=', 'waitlisted')
		.orderBy('r.position')
		.orderBy('r.id')
		.limit(limit)
		.execute();
}

export function markPromoted(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve();
	return db
		.updateTable('event_registrations')
		.set({ status: 'registered', promoted_at: sql`now()`, updated_at: sql`now()` })
		.where('id', 'in', ids)
		.execute();
}
