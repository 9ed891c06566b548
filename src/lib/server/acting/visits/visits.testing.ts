/** Test worlds for study visits: an event of type study_visit with its study_visits row. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, EventsTable, StudyVisitsTable } from '../../platform/db';
import { makeEvent } from '../events/events.testing';

export async function makeVisit(
	db: Kysely<DB>,
	overrides: Partial<Insertable<EventsTable>> = {},
	visit: Partial<Omit<Insertable<StudyVisitsTable>, 'event_id'>> & { practiceIds?: number[] } = {}
) {
	const { practiceIds = [], ...row } = visit;
	const event = await makeEvent(db, { type: 'study_visit', capacity: 10, ...overrides });
	await db
		.insertInto('study_visits')
		.values({ event_id: event.id, ...row })
		.execute();
	if (practiceIds.length)
		await db
			.insertInto('event_practices')
			.values(practiceIds.map((practice_id) => ({ event_id: event.id, practice_id })))
			.execute();
	return event;
}

export function addApplication(
	db: Kysely<DB>,
	eventId: number,
	personId: number,
	status: 'pending' | 'accepted' | 'declined' | 'withdrawn' = 'pending',
	organisationId: number | null = null
) {
	return db
		.insertInto('study_visit_applications')
		.values({ event_id: eventId, person_id: personId, status, motivation: 'We want to learn.', organisation_id: organisationId })
		.returning('id')
		.executeTakeFirstOrThrow();
}
