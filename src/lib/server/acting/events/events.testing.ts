/** Test worlds for events: rows written straight to the tables, unique each call. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, EventsTable } from '../../platform/db';
import { makeOrganisation } from '../../platform/db/testing/factories';

const DAY = 86_400_000;
let counter = 0;

export async function makeEvent(db: Kysely<DB>, overrides: Partial<Insertable<EventsTable>> = {}) {
	const hostId = overrides.host_organisation_id ?? (await makeOrganisation(db, { approved: true })).id;
	const id = `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	return db
		.insertInto('events')
		.values({
			slug: `event-${id}`,
			type: 'workshop',
			title: `Event ${id}`,
			starts_at: new Date(Date.now() + 30 * DAY),
			ends_at: new Date(Date.now() + 30 * DAY + 3_600_000),
			time_zone: 'Europe/Warsaw',
			place: 'Rynek 9, Wałbrzych',
			capacity: null,
			visibility: 'members',
			created_by: null,
			meeting_url: null,
			city_id: null,
			...overrides,
			host_organisation_id: hostId
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}
