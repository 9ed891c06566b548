/** The cities' public SQL: what other domains check inside their own transactions. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';

/**
 * Whether the city `c` is a member city: it has an approved organisation or an approved
 * individual member. The cities' directory and map and the home page's numbers count alike.
 */
export const memberCitySql = sql<boolean>`(exists (select 1 from organisations mo where mo.city_id = c.id and mo.member_since is not null)
	or exists (select 1 from people mp where mp.city_id = c.id and mp.member_since is not null))`;

/** Every city in the network's list by name, for a form's city select (a few thousand at most). */
export function listCityChoices(db: Kysely<DB> | Transaction<DB>) {
	return db.selectFrom('cities').select(['id', 'name', 'name_en', 'country_code']).orderBy('name').orderBy('id').execute();
}

/** Whether a city exists: forms that offer a city check the choice with it. */
export async function cityExists(db: Kysely<DB> | Transaction<DB>, cityId: number): Promise<boolean> {
	return (await db.selectFrom('cities').select('id').where('id', '=', cityId).executeTakeFirst()) !== undefined;
}
