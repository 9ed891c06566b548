/**
 * Short lists of practices (a city's, an area's) as the viewer may see them, with the title in
 * the reader's language. Counted and paged in SQL, so hidden practices never reach a page or
 * a count.
 */
import { type Kysely } from 'kysely';
import type { DB, PracticeStatus } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { practiceTitle, listedPracticeVisibleTo } from './practice-access.sql';

type Db = Kysely<DB>;

export type PracticeListFilter = { cityId: number } | { areaId: number };

function visiblePractices(db: Db, viewer: MaybeActor, filter: PracticeListFilter) {
	let query = db.selectFrom('practices as p').where(listedPracticeVisibleTo(viewer));
	if ('cityId' in filter) query = query.where('p.city_id', '=', filter.cityId);
	else {
		const areaId = filter.areaId;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('practice_areas as fpa')
					.whereRef('fpa.practice_id', '=', 'p.id')
					.where('fpa.area_id', '=', areaId)
					.select('fpa.area_id')
			)
		);
	}
	return query;
}

export async function countPractices(db: Db, viewer: MaybeActor, filter: PracticeListFilter): Promise<number> {
	const row = await visiblePractices(db, viewer, filter)
		.select((eb) => eb.fn.countAll<number>().as('total'))
		.executeTakeFirstOrThrow();
	return Number(row.total);
}

export interface PracticeListRow {
	slug: string;
	status: PracticeStatus;
	title: { title: string; lang: string } | null;
	city_slug: string;
	city_name: string;
	city_name_en: string | null;
	country_code: string;
}

/** Newest published first; drafts (seen only by their editors) last. */
export function listPractices(
	db: Db,
	viewer: MaybeActor,
	filter: PracticeListFilter,
	locale: string,
	limit: number,
	offset: number
): Promise<PracticeListRow[]> {
	return visiblePractices(db, viewer, filter)
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.select([
			'p.slug',
			'p.status',
			practiceTitle(locale).as('title'),
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code'
		])
		.orderBy('p.published_at', (ob) => ob.desc().nullsLast())
		.orderBy('p.id', 'desc')
		.limit(limit)
		.offset(offset)
		.execute();
}
