/** Test worlds for consultations: rows written straight to the tables, unique each call. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';

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
