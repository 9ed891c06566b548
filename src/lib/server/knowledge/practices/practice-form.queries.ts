/** Choices offered by the practice form. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
export { existingAreaIds } from '../areas';
export { cityExists } from '../../directory/cities';

type Db = Kysely<DB>;

/** Every city in the network's list, for the city select (a few thousand at most). */
export function listCityChoices(db: Db) {
	return db.selectFrom('cities').select(['id', 'name', 'name_en', 'country_code']).orderBy('name').orderBy('id').execute();
}

export function findPersonCity(db: Db, personId: number) {
	return db.selectFrom('people').select('city_id').where('id', '=', personId).executeTakeFirst();
}

/** The organisations a person belongs to. */
export function listOrganisationsOf(db: Db, personId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
		.select(['o.id', 'o.name', 'o.city_id'])
		.where('om.person_id', '=', personId)
		.orderBy('o.name')
		.execute();
}

/** People of the given organisations, who may be named as contacts. */
export function listPeopleOfOrganisations(db: Db, organisationIds: number[]) {
	if (!organisationIds.length) return Promise.resolve([]);
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('people as p', 'p.id', 'om.person_id')
		.select(['p.id', 'p.handle', 'p.name', 'p.visibility', 'p.hidden_at'])
		.distinct()
		.where('om.organisation_id', 'in', organisationIds)
		.orderBy('p.name')
		.orderBy('p.id')
		.execute();
}
