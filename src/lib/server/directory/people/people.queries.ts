import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB, OrganisationRole, OrganisationType, ProfileVisibility } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import type { DirectoryFilters } from './people.schemas';
import { visibleTo } from './visibility.queries';

type PeopleQuery = SelectQueryBuilder<DB & { p: DB['people'] }, 'p', object>;
export type PersonEb = ExpressionBuilder<DB & { p: DB['people'] }, 'p'>;

/**
 * An accent-free sort key, so "Łucja" sorts among the L's whatever collation the database has
 * (PGlite has no ICU). The same letters as the cities' sort key.
 */
const NAME_SORT = sql`translate(lower(p.name), 'ąćęłńóśźżáàâäãåčçďéèêëěíìîïľĺňñôöõőřŕšşťúùûüůűýÿžøæß', 'acelnoszzaaaaaaccdeeeeeiiiillnnoooorrsstuuuuuuyyzoas')`;

/** `%`, `_` and `\` typed by a person are letters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * People the viewer may see, narrowed by the filters. Each filter also requires the field it
 * reads to be visible, so filtering cannot reveal a hidden city, area, language or organisation.
 */
function directoryPeople(db: Kysely<DB>, viewer: MaybeActor, filters: DirectoryFilters): PeopleQuery {
	let query = db.selectFrom('people as p').where(visibleTo(viewer, 'profile')) as PeopleQuery;
	if (filters.q) query = query.where('p.name', 'ilike', likePattern(filters.q));
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
		query = query.where(visibleTo(viewer, 'areas')).where((eb) =>
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
		query = query
			.where(visibleTo(viewer, 'languages'))
			.where(sql<boolean>`${filters.language} = any(p.languages)`);
	}
	if (filters.type) {
		query = query.where(visibleTo(viewer, 'organisations')).where((eb) =>
			eb.exists(
				shownOrganisations(eb, viewer)
					.where('o.type', '=', filters.type!)
					.select(sql.lit(1).as('one'))
			)
		);
	}
	return query;
}

/**
 * The organisations shown on a person: others see only those in the network (an organisation
 * still applying is not public), the person themself sees all of theirs.
 */
function shownOrganisations(eb: PersonEb, viewer: MaybeActor) {
	return eb
		.selectFrom('organisation_members as om')
		.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
		.whereRef('om.person_id', '=', 'p.id')
		.where((inner) =>
			viewer
				? inner.or([inner('o.member_since', 'is not', null), inner('om.person_id', '=', viewer.id)])
				: inner('o.member_since', 'is not', null)
		);
}

/**
 * The visible parts of the person row `p`; hidden fields come back null or empty from SQL
 * already. Map the result with `toPersonSummary`. Shared with other lists of people (home).
 */
export function personColumns(eb: PersonEb, viewer: MaybeActor, locale: string) {
	const cityVisible = visibleTo(viewer, 'city');
	return [
		'p.id',
		'p.handle',
		'p.name',
		'p.visibility',
		eb
			.selectFrom('cities as c')
			.whereRef('c.id', '=', 'p.city_id')
			.where(cityVisible)
			.select(
				sql<{ slug: string; name: string; name_en: string | null; country_code: string }>`json_build_object(
					'slug', c.slug, 'name', c.name, 'name_en', c.name_en, 'country_code', c.country_code)`.as('city')
			)
			.as('city'),
		jsonArrayFrom(
			shownOrganisations(eb, viewer)
				.where(visibleTo(viewer, 'organisations'))
				.select((o) => [
					'o.slug',
					'o.name',
					'o.type',
					'om.role',
					o('o.member_since', 'is not', null).as('approved')
				])
				.orderBy('o.name')
		).as('organisations'),
		sql<string[] | null>`case when ${visibleTo(viewer, 'languages')} then p.languages end`.as('languages'),
		jsonArrayFrom(
			eb
				.selectFrom('person_areas as pa')
				.innerJoin('areas as a', 'a.id', 'pa.area_id')
				.leftJoin('area_names as n', (join) => join.onRef('n.area_id', '=', 'a.id').on('n.locale', '=', locale))
				.leftJoin('area_names as ne', (join) => join.onRef('ne.area_id', '=', 'a.id').on('ne.locale', '=', 'en'))
				.whereRef('pa.person_id', '=', 'p.id')
				.where(visibleTo(viewer, 'areas'))
				.select((a) => ['a.key', a.fn.coalesce('n.name', 'ne.name', 'a.key').as('name')])
				.orderBy('a.position')
				.orderBy('a.id')
		).as('areas')
	] as const;
}

export interface PersonRow {
	id: number;
	handle: string;
	name: string;
	visibility: ProfileVisibility;
	city: { slug: string; name: string; name_en: string | null; country_code: string } | null;
	organisations: { slug: string; name: string; type: OrganisationType; role: OrganisationRole; approved: boolean }[];
	languages: string[] | null;
	areas: { key: string; name: string }[];
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
				eb
					.selectFrom('people as p')
					.whereRef('p.city_id', '=', 'c.id')
					.where(visibleTo(viewer, 'city'))
					.select(sql.lit(1).as('one'))
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
