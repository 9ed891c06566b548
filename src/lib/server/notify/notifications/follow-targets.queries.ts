/** What deciding whether someone may follow a target needs: does it exist, who may see it. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, FollowTarget } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

export async function findPracticeAccess(db: Db, id: number, viewerId: number) {
	return db
		.selectFrom('practices as p')
		.select((eb) => [
			'p.published_at',
			'p.visibility',
			'p.created_by',
			eb
				.exists(
					eb
						.selectFrom('practice_organisations as po')
						.innerJoin('organisation_members as om', 'om.organisation_id', 'po.organisation_id')
						.select(eb.lit(1).as('one'))
						.whereRef('po.practice_id', '=', 'p.id')
						.where('om.person_id', '=', viewerId)
				)
				.as('viewer_in_organisation')
		])
		.where('p.id', '=', id)
		.executeTakeFirst();
}

export async function findPersonAccess(db: Db, id: number) {
	return db.selectFrom('people').select(['id', 'visibility', 'hidden_at']).where('id', '=', id).executeTakeFirst();
}

/** Cities, areas and organisations are public: they only need to exist. */
export async function publicTargetExists(db: Db, type: 'city' | 'area' | 'organisation', id: number): Promise<boolean> {
	const table = type === 'city' ? 'cities' : type === 'area' ? 'areas' : 'organisations';
	const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
	return row !== undefined;
}

/** What a person follows, newest first, with a title and a path (no language prefix) each. */
export async function listFollowsOf(db: Db, personId: number, locale: string) {
	const rows = await db
		.selectFrom('follows as f')
		.select(['f.target_type', 'f.target_id', 'f.created_at'])
		.where('f.person_id', '=', personId)
		.orderBy('f.created_at', 'desc')
		.limit(500)
		.execute();
	const ids = (type: FollowTarget) => rows.filter((r) => r.target_type === type).map((r) => r.target_id);
	const titles = new Map<string, { title: string; path: string }>();
	const put = (type: FollowTarget, id: number, title: string, path: string) => titles.set(`${type}:${id}`, { title, path });
	const of = async <T>(list: number[], load: (list: number[]) => Promise<T[]>) => (list.length ? load(list) : []);

	for (const r of await of(ids('practice'), (list) =>
		db
			.selectFrom('practices as p')
			.select([
				'p.id',
				'p.slug',
				sql<string>`coalesce((select t.title from practice_texts t where t.practice_id = p.id and t.language = ${locale}),
					(select t.title from practice_texts t where t.practice_id = p.id and t.is_original), p.slug)`.as('title')
			])
			.where('p.id', 'in', list)
			.execute()
	))
		put('practice', r.id, r.title, `practices/${r.slug}`);
	for (const r of await of(ids('city'), (list) => db.selectFrom('cities').select(['id', 'slug', 'name', 'name_en']).where('id', 'in', list).execute()))
		put('city', r.id, locale === 'en' && r.name_en ? r.name_en : r.name, `cities/${r.slug}`);
	for (const r of await of(ids('area'), (list) =>
		db
			.selectFrom('areas as a')
			.leftJoin('area_names as n', (join) => join.onRef('n.area_id', '=', 'a.id').on('n.locale', '=', locale))
			.select(['a.id', 'a.key', 'n.name'])
			.where('a.id', 'in', list)
			.execute()
	))
		put('area', r.id, r.name ?? r.key, `areas/${r.key}`);
	for (const r of await of(ids('person'), (list) => db.selectFrom('people').select(['id', 'handle', 'name']).where('id', 'in', list).execute()))
		put('person', r.id, r.name, `people/${r.handle}`);
	for (const r of await of(ids('organisation'), (list) => db.selectFrom('organisations').select(['id', 'slug', 'name']).where('id', 'in', list).execute()))
		put('organisation', r.id, r.name, `organisations/${r.slug}`);
	for (const r of await of(ids('event'), (list) => db.selectFrom('events').select(['id', 'slug', 'title']).where('id', 'in', list).execute()))
		put('event', r.id, r.title, `events/${r.slug}`);
	for (const r of await of(ids('project'), (list) => db.selectFrom('projects').select(['id', 'slug', 'title']).where('id', 'in', list).execute()))
		put('project', r.id, r.title, `projects/${r.slug}`);
	for (const r of await of(ids('call'), (list) => db.selectFrom('funding_calls').select(['id', 'slug', 'title']).where('id', 'in', list).execute()))
		put('call', r.id, r.title, `calls/${r.slug}`);
	return rows.map((r) => ({ type: r.target_type, id: r.target_id, followedAt: r.created_at, ...titles.get(`${r.target_type}:${r.target_id}`) }));
}

/** The id of a practice, city or organisation (by slug), area (by key) or person (by handle). */
export async function findTargetId(db: Db, type: 'practice' | 'city' | 'area' | 'person' | 'organisation', key: string): Promise<number | undefined> {
	const row =
		type === 'practice'
			? await db.selectFrom('practices').select('id').where('slug', '=', key).executeTakeFirst()
			: type === 'city'
				? await db.selectFrom('cities').select('id').where('slug', '=', key).executeTakeFirst()
				: type === 'organisation'
					? await db.selectFrom('organisations').select('id').where('slug', '=', key).executeTakeFirst()
					: type === 'area'
						? await db.selectFrom('areas').select('id').where('key', '=', key).executeTakeFirst()
						: await db.selectFrom('people').select('id').where('handle', '=', key).executeTakeFirst();
	return row?.id;
}
