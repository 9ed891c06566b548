import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { containsPattern, nameSortKey } from '../../shared';
import type { DirectoryFilters } from './people.schemas';
import { visibleTo } from './visibility.sql';
import { personColumns, shownOrganisations, type PersonRow } from './people.sql';

type PeopleQuery = SelectQueryBuilder<DB & { p: DB['people'] }, 'p', object>;

/** People sort by an accent-free key, so "Łucja" sorts among the L's (PGlite has no ICU). */
const NAME_SORT = nameSortKey('p.name');

/**
 * People the viewer may see, narrowed by the filters. Each filter also requires the field it
 * reads to be visible, so filtering cannot reveal a hidden city, area, language or organisation.
 */
function directoryPeople(db: Kysely<DB>, viewer: MaybeActor, filters: DirectoryFilters): PeopleQuery {
	let query = db.selectFrom('people as p').where(visibleTo(viewer, 'profile')) as PeopleQuery;
	if (filters.q) query = query.where('p.name', 'ilike', containsPattern(filters.q));
	if (filters.city || filters.country) {
		query = query.where(visibleTo(viewer, 'city')).where((eb) =>
			eb.exists(
				eb
					.selectFrom('cities as fc')
					.whereRef('fc.id', '=', 'p.city_id')
					.$if(!!filters.city, (sub) => sub.where('fc.slug', '=', filters.city!))
					.$if(!!filters.country, (sub) => sub.where('fc.country_code', '=', filters.country!))
					.select(sql.lit(1).as('one'))
			)
		);
	}
	if (filters.area) {
		query = query
			.where(visibleTo(viewer, 'areas'))
			.where((eb) =>
				eb.exists(
					eb
						.selectFrom('person_areas as fpa')
						.innerJoin('areas as fa', 'fa.id', 'fpa.area_id')
						.whereRef('fpa.person_id', '=', 'p.id')
						.where('fa.key', '=', filters.area!)
						.select(sql.lit(1).as('one'))
				)
			);
	}
	if (filters.language) {
		query = query.where(visibleTo(viewer, 'languages')).where(sql<boolean>`${filters.language} = any(p.languages)`);
	}
	if (filters.type) {
		query = query
			.where(visibleTo(viewer, 'organisations'))
			.where((eb) => eb.exists(shownOrganisations(eb, viewer).where('o.type', '=', filters.type!).select(sql.lit(1).as('one'))));
	}
	return query;
}

export async function countDirectory(db: Kysely<DB>, viewer: MaybeActor, filters: DirectoryFilters): Promise<number> {
	const row = await directoryPeople(db, viewer, filters)
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** One page of the directory, with each person's organisations and areas in the same query. */
export async function listDirectory(
	db: Kysely<DB>,
	viewer: MaybeActor,
	filters: DirectoryFilters,
	locale: string,
	limit: number,
	offset: number
): Promise<PersonRow[]> {
	const rows = await directoryPeople(db, viewer, filters)
		.select((eb) => personColumns(eb, viewer, locale))
		.orderBy(NAME_SORT)
		.orderBy('p.name')
		.orderBy('p.id')
		.limit(limit)
		.offset(offset)
		.execute();
	return rows as unknown as PersonRow[];
}

/** A person by handle if the viewer may see their profile, with the email and bio as allowed. */
export async function findVisiblePerson(db: Kysely<DB>, viewer: MaybeActor, handle: string, locale: string) {
	const row = await db
		.selectFrom('people as p')
		.where('p.handle', '=', handle)
		.where(visibleTo(viewer, 'profile'))
		.select((eb) => [
			...personColumns(eb, viewer, locale),
			sql<string | null>`case when ${visibleTo(viewer, 'email')} then p.email end`.as('email'),
			sql<string | null>`case when ${visibleTo(viewer, 'bio')} then p.bio end`.as('bio'),
			// only the owner reaches a hidden profile (visibleTo), and sees why it is hidden
			sql<string | null>`case when p.hidden_at is not null then coalesce(p.hidden_reason, '') end`.as('hidden_reason')
		])
		.executeTakeFirst();
	return row as unknown as (PersonRow & { email: string | null; bio: string | null; hidden_reason: string | null }) | undefined;
}

/** Cities (with country) of people whose city the viewer may see: the choices of the filter. */
export function directoryCities(db: Kysely<DB>, viewer: MaybeActor) {
	return db
		.selectFrom('cities as c')
		.select(['c.slug', 'c.name', 'c.name_en', 'c.country_code'])
		.where((eb) =>
			eb.exists(
				eb.selectFrom('people as p').whereRef('p.city_id', '=', 'c.id').where(visibleTo(viewer, 'city')).select(sql.lit(1).as('one'))
			)
		)
		.orderBy('c.name')
		.execute();
}

/** Languages spoken by people whose languages the viewer may see. */
export async function directoryLanguages(db: Kysely<DB>, viewer: MaybeActor): Promise<string[]> {
	const rows = await db
		.selectFrom('people as p')
		.where(visibleTo(viewer, 'languages'))
		.select(sql<string>`unnest(p.languages)`.as('code'))
		.distinct()
		.execute();
	return rows.map((row) => row.code);
}

/** The network's coordinators whose profile the viewer may see, for "who runs it". */
export async function listVisibleCoordinators(db: Kysely<DB>, viewer: MaybeActor, locale: string): Promise<PersonRow[]> {
	const rows = await db
		.selectFrom('people as p')
		.where('p.role', 'in', ['coordinator', 'admin'])
		.where(visibleTo(viewer, 'profile'))
		.select((eb) => personColumns(eb, viewer, locale))
		.orderBy(NAME_SORT)
		.orderBy('p.id')
		.limit(50)
		.execute();
	return rows as unknown as PersonRow[];
}

/** For the notification registry: people's names and handles. */
export function listPersonTitles(db: Kysely<DB>, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db.selectFrom('people').select(['id', 'handle', 'name']).where('id', 'in', ids).execute();
}

/** For the notification registry: what deciding whether someone may follow a person needs. */
export function findPersonFollowAccess(db: Kysely<DB>, id: number) {
	return db.selectFrom('people').select(['id', 'visibility', 'hidden_at']).where('id', '=', id).executeTakeFirst();
}

export async function findPersonIdByHandle(db: Kysely<DB>, handle: string): Promise<number | undefined> {
	return (await db.selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirst())?.id;
}
