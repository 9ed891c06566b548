import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../platform/db';

/**
 * The approved organisations (network members) a person belongs to, with their cities, by name:
 * those the person may act for (host, ask, adopt, apply, lead a project). One definition, so
 * every form offers the same choice.
 */
export function approvedOrganisationsOf(db: Kysely<DB> | Transaction<DB>, personId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
		.innerJoin('cities as c', 'c.id', 'o.city_id')
		.where('om.person_id', '=', personId)
		.where('o.member_since', 'is not', null)
		.select(['o.id', 'o.name', 'o.city_id', 'c.name as city_name', 'c.name_en as city_name_en'])
		.orderBy('o.name')
		.orderBy('o.id')
		.execute();
}
