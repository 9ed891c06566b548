import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Thematic areas in display order, named in the locale (English, then the key, as fallback). */
export function listAreas(db: Kysely<DB>, locale: string) {
	return db
		.selectFrom('areas as a')
		.leftJoin('area_names as n', (join) => join.onRef('n.area_id', '=', 'a.id').on('n.locale', '=', locale))
		.leftJoin('area_names as en', (join) => join.onRef('en.area_id', '=', 'a.id').on('en.locale', '=', 'en'))
		.select((eb) => ['a.id', 'a.key', 'a.position', eb.fn.coalesce('n.name', 'en.name', 'a.key').as('name')])
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();
}
