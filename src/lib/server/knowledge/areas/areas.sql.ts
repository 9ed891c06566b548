/** The areas' public SQL: the list of areas other domains offer in their forms, and the check of chosen ids inside their transactions. */
import { type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { areaName } from '../../shared';

/** Thematic areas in display order, named in the locale (English, then the key, as fallback). */
export function listAreas(db: Kysely<DB>, locale: string) {
	return db
		.selectFrom('areas as a')
		.select(['a.id', 'a.key', 'a.position', areaName(locale).as('name')])
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();
}

/** Which of these area ids exist: every form that offers areas checks the choice with it. */
export async function existingAreaIds(db: Kysely<DB> | Transaction<DB>, ids: number[]): Promise<number[]> {
	if (ids.length === 0) return [];
	return (await db.selectFrom('areas').select('id').where('id', 'in', ids).execute()).map((row) => row.id);
}
