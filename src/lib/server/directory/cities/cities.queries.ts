import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB, ProfileVisibility } from '../../platform/db';
import { cityNameSql, nameSortKey } from '../../shared';
import { SIZE_BANDS, type CityFilters } from './cities.schemas';
import { memberCitySql as MEMBER_CITY } from './cities.sql';

type Db = Kysely<DB>;

const MEMBER_ORGANISATIONS = sql<number>`(select count(*)::int from organisations co where co.city_id = c.id and co.member_since is not null)`;

/** Cities sort by an accent-free key, so "Łódź" sorts among the L's (PGlite has no ICU). */
const SORT_KEY = nameSortKey('c.name');

function filterSql(filters: CityFilters): RawBuilder<boolean> {
	const parts: RawBuilder<unknown>[] = [sql`true`];
	if (filters.country) parts.push(sql`c.country_code = ${filters.country}`);
	if (filters.industry) parts.push(sql`${filters.industry}::text = any(c.industries)`);
	if (filters.size) {
		const [min, max] = SIZE_BANDS[filters.size];
		parts.push(sql`c.population >= ${min}`);
		if (max !== null) parts.push(sql`c.population < ${max}`);
	}
	if (filters.memberOnly) parts.push(MEMBER_CITY);
	return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

export function listCities(db: Db, filters: CityFilters, limit: number, offset: number) {
	return db
		.selectFrom('cities as c')
		.where(filterSql(filters))
		.select([
			'c.slug',
			'c.name',
			'c.name_en',
			'c.country_code',
			'c.population',
			'c.industries',
			MEMBER_ORGANISATIONS.as('member_organisations'),
			MEMBER_CITY.as('is_member')
		])
		.orderBy(SORT_KEY)
		.orderBy('c.id')
		.limit(limit)
		.offset(offset)
		.execute();
}

export async function countCities(db: Db, filters: CityFilters): Promise<number> {
	const row = await db
		.selectFrom('cities as c')
		.where(filterSql(filters))
		.select((eb) => eb.fn.countAll<number>().as('total'))
		.executeTakeFirstOrThrow();
	return Number(row.total);
}

/** Country codes that have at least one city. */
export async function listCityCountries(db: Db): Promise<string[]> {
	const rows = await db.selectFrom('cities').select('country_code').distinct().execute();
	return rows.map((row) => row.country_code.trim());
}

/** Every city with coordinates and its member flag, for the network map. */
export function listMapCities(db: Db) {
	return db
		.selectFrom('cities as c')
		.select(['c.slug', 'c.name', 'c.name_en', 'c.country_code', 'c.latitude', 'c.longitude', MEMBER_CITY.as('is_member')])
		.orderBy(SORT_KEY)
		.execute();
}

export function findCityBySlug(db: Db, slug: string) {
	return db.selectFrom('cities as c').where('c.slug', '=', slug).selectAll('c').select(MEMBER_CITY.as('is_member')).executeTakeFirst();
}

/** The network's (approved) organisations in a city, as the organisation directory shows them. */
export function listCityOrganisations(db: Db, cityId: number) {
	return db
		.selectFrom('organisations')
		.where('city_id', '=', cityId)
		.where('member_since', 'is not', null)
		.select(['slug', 'name', 'type'])
		.orderBy('name')
		.execute();
}

/**
 * People who live in a city, with their visibility settings so the service can apply the
 * profile rules. Bounded: a city page is not a directory.
 */
export function listCityPeople(db: Db, cityId: number, limit = 500) {
	return db
		.selectFrom('people')
		.where('city_id', '=', cityId)
		.select(['id', 'handle', 'name', 'visibility', 'hidden_at'])
		.orderBy('name')
		.orderBy('id')
		.limit(limit)
		.execute() as Promise<{ id: number; handle: string; name: string; visibility: ProfileVisibility; hidden_at: Date | null }[]>;
}

/** Cities of one country (names only), to match a typed name against. */
export function listCityNamesInCountry(db: Db, countryCode: string) {
	return db
		.selectFrom('cities')
		.where('country_code', '=', countryCode)
		.select(['id', 'name', 'name_en', 'population'])
		.orderBy('id')
		.execute();
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
	const row = await db.selectFrom('cities').where('slug', '=', slug).select('id').executeTakeFirst();
	return row !== undefined;
}

export interface NewCityRow {
	slug: string;
	name: string;
	countryCode: string;
	latitude: number;
	longitude: number;
	population: number | null;
}

/** Inserts a city; returns its id, or null when the slug was taken meanwhile. */
export async function insertCity(db: Db, city: NewCityRow): Promise<number | null> {
	const row = await db
		.insertInto('cities')
		.values({
			slug: city.slug,
			name: city.name,
			country_code: city.countryCode,
			latitude: city.latitude,
			longitude: city.longitude,
			population: city.population,
			industries: []
		})
		.onConflict((oc) => oc.column('slug').doNothing())
		.returning('id')
		.executeTakeFirst();
	return row?.id ?? null;
}

export interface CityChanges {
	name_en: string | null;
	region: string | null;
	population: number | null;
	industries: string[];
	story: string;
}

/** The city's row, locked until the transaction ends: saves of its form run one after another. */
export function lockCity(db: Db, slug: string) {
	return db.selectFrom('cities').select(['id', 'version']).where('slug', '=', slug).forUpdate().executeTakeFirst();
}

export function updateCityRow(db: Db, id: number, changes: CityChanges) {
	return (
		db
			.updateTable('cities')
			// the edit form's version: a save based on an older one is refused
			.set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
			.where('id', '=', id)
			.executeTakeFirstOrThrow()
	);
}

/** For the notification registry: cities' names in the page's language, with their slugs. */
export function listCityTitles(db: Db, ids: number[], locale: string) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('cities as c')
		.select(['c.id', 'c.slug', cityNameSql(locale).as('name')])
		.where('c.id', 'in', ids)
		.execute();
}

export async function findCityIdBySlug(db: Db, slug: string): Promise<number | undefined> {
	return (await db.selectFrom('cities').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}
