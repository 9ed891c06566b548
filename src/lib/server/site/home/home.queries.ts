import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ApplicationStatus, DB, OrganisationRole, OrganisationType } from '../../platform/db';
import type { Actor } from '../../platform/auth';
import { personColumns, visibleTo, type PersonRow } from '../../directory/people';
import { memberCitySql as MEMBER_CITY } from '../../directory/cities';

type Db = Kysely<DB>;

/** Same rule as the sessions' `is_member`: approved individual, coordinator, or in an approved organisation. */
// `in (…)` rather than a correlated `exists`: PostgreSQL hashes the members of member
// organisations once instead of probing for each of tens of thousands of people (7× faster).
const MEMBER_PERSON = sql<boolean>`(mp.member_since is not null or mp.role <> 'person' or mp.id in (
	select mom.person_id from organisation_members mom join organisations mo on mo.id = mom.organisation_id
	where mo.member_since is not null))`;

/** The network's key numbers in one round trip. */
export async function networkNumbers(db: Db) {
	const { rows } = await sql<{ cities: number; countries: number; organisations: number; people: number }>`
		select
			(select count(*)::int from cities c where ${MEMBER_CITY}) as cities,
			(select count(distinct c.country_code)::int from cities c where ${MEMBER_CITY}) as countries,
			(select count(*)::int from organisations where member_since is not null) as organisations,
			(select count(*)::int from people mp where ${MEMBER_PERSON}) as people`.execute(db);
	return rows[0];
}

export interface OrganisationRow {
	slug: string;
	name: string;
	type: OrganisationType;
	member_since: Date | null;
	city_slug: string;
	city_name: string;
	city_name_en: string | null;
	country_code: string;
}

function organisationsWithCity(db: Db) {
	return db
		.selectFrom('organisations as o')
		.innerJoin('cities as c', 'c.id', 'o.city_id')
		.where('o.member_since', 'is not', null)
		.select([
			'o.slug',
			'o.name',
			'o.type',
			'o.member_since',
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code'
		])
		.orderBy('o.member_since', 'desc')
		.orderBy('o.id', 'desc');
}

/** The organisations that joined the network most recently. */
export function recentOrganisations(db: Db, limit: number): Promise<OrganisationRow[]> {
	return organisationsWithCity(db).limit(limit).execute();
}

/**
 * What the signed-in person's home page needs about them, in one query: their city and
 * whether they chose areas, open invitations to their address, their applications and
 * organisations, and (for coordinators) the applications waiting for a decision.
 */
export async function personalContext(db: Db, actor: Actor, withPending: boolean) {
	const row = await db
		.selectFrom('people as me')
		.leftJoin('cities as c', 'c.id', 'me.city_id')
		.where('me.id', '=', actor.id)
		.select((eb) => [
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			eb.exists(eb.selectFrom('person_areas as pa').whereRef('pa.person_id', '=', 'me.id').select('pa.area_id')).as('has_areas'),
			eb
				.selectFrom('organisation_invitations as i')
				.where(sql<boolean>`lower(i.email) = lower(me.email)`)
				.where('i.accepted_at', 'is', null)
				.where('i.expires_at', '>', sql<Date>`now()`)
				.select(sql<number>`count(*)::int`.as('n'))
				.as('invitations'),
			withPending
				? eb
						.selectFrom('membership_applications as ma')
						.where('ma.status', '=', 'pending')
						.select(sql<number>`count(*)::int`.as('n'))
						.as('pending_applications')
				: sql<number | null>`null::int`.as('pending_applications'),
			jsonArrayFrom(
				eb
					.selectFrom('membership_applications as a')
					.leftJoin('organisations as ao', 'ao.id', 'a.organisation_id')
					.whereRef('a.applicant_id', '=', 'me.id')
					.select(['ao.slug', 'ao.name', 'a.status', 'a.created_at', 'a.decided_at'])
					.orderBy('a.created_at', 'desc')
					.limit(10)
			).as('applications'),
			jsonArrayFrom(
				eb
					.selectFrom('organisation_members as om')
					.innerJoin('organisations as mo', 'mo.id', 'om.organisation_id')
					.whereRef('om.person_id', '=', 'me.id')
					.select((o) => ['mo.slug', 'mo.name', 'om.role', o('mo.member_since', 'is not', null).as('approved')])
					.orderBy('mo.name')
			).as('organisations')
		])
		.executeTakeFirst();
	return row as
		| (Omit<NonNullable<typeof row>, 'applications' | 'organisations'> & {
				applications: {
					slug: string | null;
					name: string | null;
					status: ApplicationStatus;
					created_at: string;
					decided_at: string | null;
				}[];
				organisations: { slug: string; name: string; role: OrganisationRole; approved: boolean }[];
		  })
		| undefined;
}

/** The actor's city and areas, for "near me" filters (subqueries, so no extra round trip). */
const myCity = (actorId: number) => sql<number | null>`(select city_id from people where id = ${actorId})`;
const sharesMyArea = (actorId: number, personAlias: string) =>
	sql<boolean>`exists (select 1 from person_areas theirs join person_areas mine on mine.area_id = theirs.area_id
		where theirs.person_id = ${sql.ref(`${personAlias}.id`)} and mine.person_id = ${actorId})`;

/**
 * People who joined since `since` and live in the actor's city or share one of their areas;
 * a match counts only on a field the actor may see, so the list reveals nothing hidden.
 */
export async function newPeopleNear(db: Db, actor: Actor, since: Date, locale: string, limit: number): Promise<PersonRow[]> {
	const rows = await db
		.selectFrom('people as p')
		.where('p.id', '<>', actor.id)
		.where('p.created_at', '>=', since)
		.where(visibleTo(actor, 'profile'))
		.where((eb) =>
			eb.or([
				eb.and([visibleTo(actor, 'city'), eb('p.city_id', '=', myCity(actor.id))]),
				eb.and([visibleTo(actor, 'areas'), sharesMyArea(actor.id, 'p')])
			])
		)
		.select((eb) => personColumns(eb, actor, locale))
		.orderBy('p.created_at', 'desc')
		.orderBy('p.id', 'desc')
		.limit(limit)
		.execute();
	return rows as unknown as PersonRow[];
}

/**
 * Organisations that joined the network since `since`, in the actor's city or with a member
 * who shares one of the actor's areas (and shows their areas to the actor); not the actor's own.
 */
export function newOrganisationsNear(db: Db, actor: Actor, since: Date, limit: number): Promise<OrganisationRow[]> {
	return organisationsWithCity(db)
		.where('o.member_since', '>=', since)
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('organisation_members as own')
						.whereRef('own.organisation_id', '=', 'o.id')
						.where('own.person_id', '=', actor.id)
						.select('own.person_id')
				)
			)
		)
		.where((eb) =>
			eb.or([
				eb('o.city_id', '=', myCity(actor.id)),
				eb.exists(
					eb
						.selectFrom('organisation_members as om')
						.innerJoin('people as p', 'p.id', 'om.person_id')
						.whereRef('om.organisation_id', '=', 'o.id')
						.where(visibleTo(actor, 'areas'))
						.where(sharesMyArea(actor.id, 'p'))
						.select('om.person_id')
				)
			])
		)
		.limit(limit)
		.execute();
}
