import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db';

/** Every area with its Polish and English names, for the coordinators' editor. */
export function listAreasWithNames(db: Kysely<DB>) {
	return db
		.selectFrom('areas as a')
		.leftJoin('area_names as pl', (join) => join.onRef('pl.area_id', '=', 'a.id').on('pl.locale', '=', 'pl'))
		.leftJoin('area_names as en', (join) => join.onRef('en.area_id', '=', 'a.id').on('en.locale', '=', 'en'))
		.select(['a.id', 'a.key', 'a.position', 'pl.name as name_pl', 'en.name as name_en'])
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();
}

export function findAreaByKey(db: Kysely<DB>, key: string) {
	return db.selectFrom('areas').select(['id', 'key']).where('key', '=', key).executeTakeFirst();
}

/** Adds an area at the end of the list; undefined when the key is taken. */
export async function insertArea(db: Kysely<DB>, key: string, names: { pl: string; en: string }) {
	const area = await db
		.insertInto('areas')
		.values({ key, position: sql<number>`(select coalesce(max(position) + 1, 0) from areas)` })
		.onConflict((oc) => oc.column('key').doNothing())
		.returning('id')
		.executeTakeFirst();
	if (!area) return undefined;
	await setAreaNames(db, area.id, names);
	return area.id;
}

export function setAreaNames(db: Kysely<DB>, areaId: number, names: { pl: string; en: string }) {
	return db
		.insertInto('area_names')
		.values([
			{ area_id: areaId, locale: 'pl', name: names.pl },
			{ area_id: areaId, locale: 'en', name: names.en }
		])
		.onConflict((oc) => oc.columns(['area_id', 'locale']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
		.execute();
}

/** All area ids in display order, locked, so a reorder sees a stable list. */
export function lockAreaOrder(db: Kysely<DB>) {
	return db.selectFrom('areas').select(['id', 'key']).orderBy('position').orderBy('id').forUpdate().execute();
}

export async function setAreaPositions(db: Kysely<DB>, orderedIds: number[]) {
	for (const [position, id] of orderedIds.entries()) {
		await db.updateTable('areas').set({ position }).where('id', '=', id).execute();
	}
}
