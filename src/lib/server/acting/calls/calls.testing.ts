/** Test worlds for funding calls: rows written straight to the table, unique each call. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, FundingCallsTable } from '../../platform/db';

const DAY = 86_400_000;
let counter = 0;

export async function makeCall(db: Kysely<DB>, overrides: Partial<Insertable<FundingCallsTable>> = {}) {
	const id = `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	return db
		.insertInto('funding_calls')
		.values({
			slug: `call-${id}`,
			title: `Call ${id}`,
			funder: 'European Commission',
			programme: 'Interreg',
			url: 'https://funder.example/call',
			deadline: new Date(Date.now() + 40 * DAY),
			time_zone: 'Europe/Brussels',
			countries: [],
			status: 'checked',
			created_by: null,
			...overrides
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}
