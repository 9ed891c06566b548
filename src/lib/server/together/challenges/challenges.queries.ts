/**
 * The database access for challenges themselves: lists, pages, writes, areas, status. What the
 * network answers and which cities face it too: challenge-responses.queries.ts.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB, HelpKind } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';
import type { ChallengeStatus } from './challenges.schemas';
import { areaName } from '../../shared';
export { existingAreaIds } from '../../knowledge/areas';

type Db = Kysely<DB> | Transaction<DB>;

const runsNetwork = (viewer: MaybeActor) => viewer !== null && (viewer.role === 'coordinator' || viewer.role === 'admin');

/**
 * A WHERE condition equal to canSeeChallenge (table aliased `c`): hidden ones only for their
 * author and coordinators, members-only ones for members.
 */
export function visibleChallenges(viewer: MaybeActor) {
	return (ebAny: ExpressionBuilder<DB & { c: DB['challenges'] }, 'c'>): Expression<SqlBool> => {
		const eb = ebAny;
		if (runsNetwork(viewer)) return eb.lit(true);
		const shown = viewer ? eb.or([eb('c.hidden_at', 'is', null), eb('c.author_id', '=', viewer.id)]) : eb('c.hidden_at', 'is', null);
		return viewer?.isMember ? shown : eb.and([shown, eb('c.visibility', '=', 'public')]);
	};
}

export interface ChallengeListQuery {
	area?: string;
	areaId?: number;
	/** The challenge's own city, or a city facing it too. */
	city?: string;
	cityId?: number;
	country?: string;
	status?: ChallengeStatus | '';
	help?: HelpKind | '';
	limit: number;
	offset: number;
}

const LIST_COLUMNS = [
	'c.id',
	'c.slug',
	'c.title',
	'c.status',
	'c.visibility',
	'c.hidden_at',
	'c.author_id',
	'c.solved_at',
	'c.created_at',
	'ci.slug as city_slug',
	'ci.name as city_name',
	'ci.name_en as city_name_en',
	'ci.country_code'
] as const;

function listBase(db: Db, viewer: MaybeActor, query: Omit<ChallengeListQuery, 'limit' | 'offset'>) {
	let q = db.selectFrom('challenges as c').innerJoin('cities as ci', 'ci.id', 'c.city_id').where(visibleChallenges(viewer));
	if (query.status) q = q.where('c.status', '=', query.status);
	if (query.help) q = q.where(sql<boolean>`${query.help} = any(c.help_wanted)`);
	if (query.country) q = q.where('ci.country_code', '=', query.country);
	if (query.area || query.areaId)
		q = q.where((eb) =>
			eb.exists(
				eb
					.selectFrom('challenge_areas as ca')
					.innerJoin('areas as a', 'a.id', 'ca.area_id')
					.select('ca.challenge_id')
					.whereRef('ca.challenge_id', '=', 'c.id')
					.$if(!!query.area, (s) => s.where('a.key', '=', query.area!))
					.$if(!!query.areaId, (s) => s.where('a.id', '=', query.areaId!))
			)
		);
	if (query.city || query.cityId)
		q = q.where((eb) =>
			eb.or([
				query.cityId ? eb('c.city_id', '=', query.cityId) : eb('ci.slug', '=', query.city!),
				eb.exists(
					eb
						.selectFrom('challenge_cities as cc')
						.innerJoin('cities as fc', 'fc.id', 'cc.city_id')
						.select('cc.challenge_id')
						.whereRef('cc.challenge_id', '=', 'c.id')
						.$if(!!query.cityId, (s) => s.where('fc.id', '=', query.cityId!))
						.$if(!query.cityId, (s) => s.where('fc.slug', '=', query.city!))
				)
			])
		);
	return q;
}

/** Visible challenges, open ones first, newest first; with answer and city counts. */
export async function listChallenges(db: Db, viewer: MaybeActor, query: ChallengeListQuery) {
	const base = listBase(db, viewer, query);
	const [rows, total] = await Promise.all([
		base
			.select([
				...LIST_COLUMNS,
				'c.help_wanted',
				sql<number>`(select count(*)::int from challenge_answers x where x.challenge_id = c.id and x.deleted_at is null and x.hidden_at is null)`.as(
					'answer_count'
				),
				sql<number>`(select count(*)::int from challenge_cities x where x.challenge_id = c.id)`.as('facing_count')
			])
			.orderBy(sql`c.status = 'solved'`)
			.orderBy('c.created_at', 'desc')
			.orderBy('c.id', 'desc')
			.limit(query.limit)
			.offset(query.offset)
			.execute(),
		base
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.executeTakeFirstOrThrow()
			.then((r) => Number(r.n))
	]);
	return { rows, total };
}

export type ChallengeListRow = Awaited<ReturnType<typeof listChallenges>>['rows'][number];

/** Thematic areas of the challenges, named in the locale. */
export function listChallengeAreas(db: Db, ids: number[], locale: string) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('challenge_areas as ca')
		.innerJoin('areas as a', 'a.id', 'ca.area_id')
		.select(['ca.challenge_id', 'a.id', 'a.key', areaName(locale).as('name')])
		.where('ca.challenge_id', 'in', ids)
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();
}

/** Countries of the cities with visible challenges, for the list's filter. */
export function listChallengeCountries(db: Db, viewer: MaybeActor) {
	return db
		.selectFrom('challenges as c')
		.innerJoin('cities as ci', 'ci.id', 'c.city_id')
		.where(visibleChallenges(viewer))
		.select('ci.country_code')
		.distinct()
		.execute()
		.then((rows) => rows.map((r) => r.country_code));
}

/** Cities with visible challenges (their own), for the list's filter. */
export function listChallengeCities(db: Db, viewer: MaybeActor) {
	return db
		.selectFrom('challenges as c')
		.innerJoin('cities as ci', 'ci.id', 'c.city_id')
		.where(visibleChallenges(viewer))
		.select(['ci.slug', 'ci.name', 'ci.name_en'])
		.distinct()
		.execute();
}

/** Name and handle of the person joined as `p`, null where the viewer may not see their profile. */
export function visibleName<K extends 'author' | 'person'>(viewer: MaybeActor, as: K) {
	return [
		sql<string | null>`case when ${visibleTo(viewer, 'profile')} then p.name end`.as(`${as}_name` as `${K}_name`),
		sql<string | null>`case when ${visibleTo(viewer, 'profile')} then p.handle end`.as(`${as}_handle` as `${K}_handle`)
	] as const;
}

/** The challenge with its author's name only where the viewer may see the author's profile. */
function challengeQuery(db: Db, viewer: MaybeActor) {
	return db
		.selectFrom('challenges as c')
		.innerJoin('cities as ci', 'ci.id', 'c.city_id')
		.leftJoin('organisations as o', 'o.id', 'c.organisation_id')
		.leftJoin('people as p', 'p.id', 'c.author_id')
		.select([
			...LIST_COLUMNS,
			'c.description',
			'c.tried',
			'c.help_wanted',
			'c.city_id',
			'c.organisation_id',
			'c.hidden_reason',
			'c.version',
			'ci.latitude',
			'ci.longitude',
			'o.slug as organisation_slug',
			'o.name as organisation_name',
			...visibleName(viewer, 'author'),
			sql<number>`(select count(*)::int from challenge_answers x where x.challenge_id = c.id and x.deleted_at is null and x.hidden_at is null)`.as(
				'answer_count'
			),
			sql<number>`(select count(*)::int from challenge_cities x where x.challenge_id = c.id)`.as('facing_count')
		]);
}

export type ChallengeRow = NonNullable<Awaited<ReturnType<typeof findChallengeBySlug>>>;

export function findChallengeBySlug(db: Db, slug: string, viewer: MaybeActor) {
	return challengeQuery(db, viewer).where('c.slug', '=', slug).executeTakeFirst();
}

export function findChallengeById(db: Db, id: number, viewer: MaybeActor) {
	return challengeQuery(db, viewer).where('c.id', '=', id).executeTakeFirst();
}

/** Locks the challenge row for a write that depends on its state (status, helpful marks). */
export function lockChallenge(db: Db, id: number) {
	return db
		.selectFrom('challenges')
		.select(['id', 'status', 'author_id', 'hidden_at', 'version'])
		.where('id', '=', id)
		.forUpdate()
		.executeTakeFirst();
}

export function slugTaken(db: Db, slug: string) {
	return db
		.selectFrom('challenges')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

export interface ChallengeFields {
	title: string;
	description: string;
	tried: string;
	city_id: number;
	organisation_id: number | null;
	help_wanted: string[];
	visibility: 'public' | 'members';
}

export function insertChallenge(db: Db, row: ChallengeFields & { slug: string; author_id: number }) {
	return db.insertInto('challenges').values(row).returning(['id', 'slug']).executeTakeFirstOrThrow();
}

export function updateChallenge(db: Db, id: number, fields: ChallengeFields) {
	return (
		db
			.updateTable('challenges')
			// the edit form's version: a save based on an older one is refused
			.set({ ...fields, version: sql`version + 1`, updated_at: sql`now()` })
			.where('id', '=', id)
			.execute()
	);
}

export async function setChallengeAreas(db: Db, challengeId: number, areaIds: number[]) {
	await db.deleteFrom('challenge_areas').where('challenge_id', '=', challengeId).execute();
	if (areaIds.length)
		await db
			.insertInto('challenge_areas')
			.values(areaIds.map((area_id) => ({ challenge_id: challengeId, area_id })))
			.execute();
}

export function setStatus(db: Db, id: number, status: ChallengeStatus) {
	return db
		.updateTable('challenges')
		.set({ status, solved_at: status === 'solved' ? sql`now()` : null, updated_at: sql`now()` })
		.where('id', '=', id)
		.where('status', '!=', status)
		.returning('id')
		.executeTakeFirst();
}

/** The person's own city and their organisations' cities: where they may speak for. */
export async function citiesOfPerson(db: Db, personId: number) {
	const [person, organisations] = await Promise.all([
		db
			.selectFrom('people as p')
			.leftJoin('cities as ci', 'ci.id', 'p.city_id')
			.select(['ci.id', 'ci.name', 'ci.name_en', 'ci.country_code'])
			.where('p.id', '=', personId)
			.executeTakeFirst(),
		db
			.selectFrom('organisation_members as om')
			.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
			.innerJoin('cities as ci', 'ci.id', 'o.city_id')
			.select(['o.id as organisation_id', 'o.name as organisation_name', 'ci.id', 'ci.name', 'ci.name_en', 'ci.country_code'])
			.where('om.person_id', '=', personId)
			.orderBy('o.name')
			.execute()
	]);
	return {
		own: person?.id ? { id: person.id, name: person.name!, name_en: person.name_en, country_code: person.country_code! } : null,
		organisations
	};
}

export function findCityRow(db: Db, id: number) {
	return db.selectFrom('cities').select(['id', 'slug', 'name', 'name_en', 'country_code']).where('id', '=', id).executeTakeFirst();
}

/** Consultations asked about the challenge (not withdrawn), for its page. */
export function listConsultationsOfChallenge(db: Db, challengeId: number) {
	return db
		.selectFrom('consultations')
		.select(['slug', 'title', 'status', 'outcome'])
		.where('challenge_id', '=', challengeId)
		.where('status', '!=', 'withdrawn')
		.orderBy('created_at')
		.execute();
}

export function findPerson(db: Db, id: number) {
	return db.selectFrom('people').select(['id', 'name', 'email', 'locale']).where('id', '=', id).executeTakeFirst();
}

/** A person's own open challenges that nobody hid, newest first. */
export function listOpenChallengesOfAuthor(db: Db, personId: number) {
	return db
		.selectFrom('challenges')
		.select(['id', 'slug', 'title'])
		.where('author_id', '=', personId)
		.where('status', '=', 'open')
		.where('hidden_at', 'is', null)
		.orderBy('created_at', 'desc')
		.limit(50)
		.execute();
}

export function findCityIdBySlug(db: Db, slug: string) {
	return db.selectFrom('cities').select('id').where('slug', '=', slug).executeTakeFirst();
}

/** For the notification registry: what a challenge's notifications show and need, whoever reads them. */
export function listChallengeLinks(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('challenges')
		.select(['id', 'slug', 'title', 'hidden_at', 'visibility', 'author_id'])
		.where('id', 'in', ids)
		.execute();
}
