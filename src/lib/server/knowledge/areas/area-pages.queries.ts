/**
 * Thematic area pages: each area with what the viewer may see in it, its practices (see
 * transfers/practice-lists.queries.ts) and the people who named it as their expertise.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';
import { listedPracticeVisibleTo } from '../transfers';
import { areaName, nameSortKey } from '../../shared';

type Db = Kysely<DB>;

/** People sort as in the people directory, by an accent-free key (PGlite has no ICU). */
const NAME_SORT = nameSortKey('p.name');

/** Every area in display order, with how many practices and people the viewer may see in it. */
export function listAreasWithCounts(db: Db, viewer: MaybeActor, locale: string) {
	return db
		.selectFrom('areas as a')
		.select((eb) => [
			'a.key',
			areaName(locale).as('name'),
			eb
				.selectFrom('practice_areas as pa')
				.innerJoin('practices as p', 'p.id', 'pa.practice_id')
				.whereRef('pa.area_id', '=', 'a.id')
				.where(listedPracticeVisibleTo(viewer))
				.select(sql<number>`count(*)::int`.as('n'))
				.as('practices'),
			eb
				.selectFrom('person_areas as xa')
				.innerJoin('people as p', 'p.id', 'xa.person_id')
				.whereRef('xa.area_id', '=', 'a.id')
				.where(visibleTo(viewer, 'areas'))
				.select(sql<number>`count(*)::int`.as('n'))
				.as('people')
		])
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();
}

export function findArea(db: Db, key: string, locale: string) {
	return db
		.selectFrom('areas as a')
		.where('a.key', '=', key)
		.select(['a.id', 'a.key', areaName(locale).as('name')])
		.executeTakeFirst();
}

/**
 * People with this expertise, as far as the viewer may know it: their profile and their areas
 * must both be visible (visibleTo checks both), or it is the viewer themself.
 */
function areaPeople(db: Db, viewer: MaybeActor, areaId: number) {
	return db
		.selectFrom('people as p')
		.where(visibleTo(viewer, 'areas'))
		.where((eb) =>
			eb.exists(
				eb.selectFrom('person_areas as xa').whereRef('xa.person_id', '=', 'p.id').where('xa.area_id', '=', areaId).select('xa.area_id')
			)
		);
}

export async function countAreaPeople(db: Db, viewer: MaybeActor, areaId: number): Promise<number> {
	const row = await areaPeople(db, viewer, areaId)
		.select((eb) => eb.fn.countAll<number>().as('total'))
		.executeTakeFirstOrThrow();
	return Number(row.total);
}

/** A page of them, with their city only where the viewer may see it. */
export function listAreaPeople(db: Db, viewer: MaybeActor, areaId: number, limit: number, offset: number) {
	return areaPeople(db, viewer, areaId)
		.leftJoin('cities as c', (join) => join.onRef('c.id', '=', 'p.city_id').on(visibleTo(viewer, 'city')))
		.select([
			'p.id',
			'p.handle',
			'p.name',
			'p.visibility',
			'p.hidden_at',
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code'
		])
		.orderBy(NAME_SORT)
		.orderBy('p.name')
		.orderBy('p.id')
		.limit(limit)
		.offset(offset)
		.execute();
}
