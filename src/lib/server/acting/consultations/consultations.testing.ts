/** Test worlds for consultations: rows written straight to the tables, unique each call. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import { actorOf, makeArea, makeMember, type PersonOverrides } from '../../platform/db/testing/factories';
import type { TestDatabase } from '../../platform/db/testing/test-db';
import { AppError } from '../../platform/core';

let counter = 0;

export async function makeConsultation(
	db: Kysely<DB>,
	overrides: { askerId: number; areaIds?: number[]; organisationId?: number | null; cityId?: number | null; title?: string }
) {
	const id = `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const row = await db
		.insertInto('consultations')
		.values({
			slug: `consultation-${id}`,
			asker_id: overrides.askerId,
			organisation_id: overrides.organisationId ?? null,
			city_id: overrides.cityId ?? null,
			title: overrides.title ?? `Consultation ${id}`,
			problem: 'How do we **heat** a former mine building?'
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	if (overrides.areaIds?.length)
		await db
			.insertInto('consultation_areas')
			.values(overrides.areaIds.map((area_id) => ({ consultation_id: row.id, area_id })))
			.execute();
	return row;
}

export async function addOffer(db: Kysely<DB>, consultationId: number, personId: number, message = 'I can help.') {
	await db.insertInto('consultation_offers').values({ consultation_id: consultationId, person_id: personId, message }).execute();
}

export function givePersonAreas(db: Kysely<DB>, personId: number, areaIds: number[]) {
	return db
		.insertInto('person_areas')
		.values(areaIds.map((area_id) => ({ person_id: personId, area_id })))
		.execute();
}

/** How a call ended, as the tests compare it: 'ok' or the error's code. */
export const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

/** The message key of each field a call refused, or {} when it went through. */
export const fieldsOf = (promise: Promise<unknown>) =>
	promise.then(
		() => ({}),
		(e: unknown) =>
			e instanceof AppError ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v.key])) : { unexpected: String(e) }
	);

/** Members, requests and mail for the service tests of one test file's database. */
export function consultationWorlds(t: TestDatabase) {
	async function member(overrides: PersonOverrides = {}) {
		const { person, organisation } = await makeMember(t.db, overrides);
		return { person, organisation, actor: actorOf(person, true) };
	}

	const mailTo = (email: string) => t.db.selectFrom('outbox').selectAll().where('to_address', '=', email).orderBy('id').execute();

	/** A request by a member, with an offer from another member. */
	async function requestWithOffer(options: { withOrganisation?: boolean } = {}) {
		const area = await makeArea(t.db);
		const asker = await member({ locale: 'pl' });
		const expert = await member({ locale: 'en' });
		const consultation = await makeConsultation(t.db, {
			askerId: asker.person.id,
			areaIds: [area.id],
			organisationId: options.withOrganisation === false ? null : asker.organisation.id,
			cityId: asker.organisation.city_id
		});
		await addOffer(t.db, consultation.id, expert.person.id, 'We heated a lamp room with a heat pump.');
		return { area, asker, expert, consultation };
	}

	return { member, mailTo, requestWithOffer };
}
