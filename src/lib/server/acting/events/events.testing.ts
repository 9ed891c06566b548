/** Test worlds for events: rows written straight to the tables, unique each call. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, EventsTable } from '../../platform/db';
import { actorOf, makeMember, makeOrganisation } from '../../platform/db/testing/factories';
import type { TestDatabase } from '../../platform/db/testing/test-db';
import { AppError } from '../../platform/core';

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

/** How a call ended, as the tests compare it: 'ok', an error code, or 'conflict:<message key>'. */
export const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? `${e.code}${e.code === 'conflict' ? `:${e.messageKey}` : ''}` : `unexpected: ${String(e)}`)
	);

/** People, events and registrations for the service tests of one test file's database. */
export function eventWorlds(t: TestDatabase) {
	async function member(locale = 'en') {
		const { person } = await makeMember(t.db, { locale });
		return { person, actor: actorOf(person, true) };
	}

	/** An organiser (member of the host organisation) and an event of theirs. */
	async function hostedEvent(overrides: Parameters<typeof makeEvent>[1] = {}) {
		const { person, organisation } = await makeMember(t.db);
		const event = await makeEvent(t.db, { host_organisation_id: organisation.id, ...overrides });
		return { organiser: actorOf(person, true), organisation, event };
	}

	const statuses = (eventId: number) =>
		t.db.selectFrom('event_registrations').select(['person_id', 'status']).where('event_id', '=', eventId).orderBy('position').execute();

	return { member, hostedEvent, statuses };
}
