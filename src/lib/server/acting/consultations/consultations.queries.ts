/**
 * The consultations' database access: requests, their areas, their status, and the online event
 * they become. Who offers, is suggested or invited as an expert: consultation-experts.queries.ts.
 */
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ConsultationStatus, DB } from '../../platform/db';
import type { Actor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';
import { areaName } from '../../shared';
export { existingAreaIds } from '../../knowledge/areas';
export { cityExists } from '../../directory/cities';

type Db = Kysely<DB> | Transaction<DB>;

export function findPersonCity(db: Db, personId: number) {
	return db.selectFrom('people').select(['city_id', 'languages']).where('id', '=', personId).executeTakeFirst();
}

export function slugTaken(db: Db, slug: string) {
	return db
		.selectFrom('consultations')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

export function insertConsultation(
	db: Db,
	row: {
		slug: string;
		askerId: number;
		organisationId: number | null;
		cityId: number | null;
		title: string;
		problem: string;
		challengeId?: number | null;
	}
) {
	return db
		.insertInto('consultations')
		.values({
			slug: row.slug,
			asker_id: row.askerId,
			organisation_id: row.organisationId,
			city_id: row.cityId,
			title: row.title,
			problem: row.problem,
			challenge_id: row.challengeId ?? null
		})
		.returning(['id', 'slug'])
		.executeTakeFirstOrThrow();
}

export async function insertConsultationAreas(db: Db, consultationId: number, areaIds: number[]) {
	if (areaIds.length === 0) return;
	await db
		.insertInto('consultation_areas')
		.values(areaIds.map((area_id) => ({ consultation_id: consultationId, area_id })))
		.execute();
}

export interface ListFilter {
	/** Open requests only, or every request the person asked or was picked for. */
	kind: 'open' | 'mine';
	areaKey?: string;
	limit: number;
}

/** Requests as lists show them, newest first. Names of people come only where the viewer may see them. */
export function listConsultations(db: Db, viewer: Actor, locale: string, filter: ListFilter) {
	let query = db
		.selectFrom('consultations as c')
		.innerJoin('people as p', 'p.id', 'c.asker_id')
		.leftJoin('cities as ci', 'ci.id', 'c.city_id')
		.leftJoin('organisations as o', 'o.id', 'c.organisation_id')
		.leftJoin('events as e', 'e.id', 'c.event_id')
		.select((eb) => [
			'c.id',
			'c.slug',
			'c.title',
			'c.status',
			'c.created_at',
			'ci.slug as city_slug',
			'ci.name as city_name',
			'ci.name_en as city_name_en',
			'o.slug as organisation_slug',
			'o.name as organisation_name',
			'e.starts_at',
			'e.time_zone',
			sql<string | null>`case when ${visibleTo(viewer, 'profile')} then p.handle end`.as('asker_handle'),
			sql<string | null>`case when ${visibleTo(viewer, 'profile')} then p.name end`.as('asker_name'),
			eb
				.selectFrom('consultation_offers as co')
				.whereRef('co.consultation_id', '=', 'c.id')
				.select((s) => s.fn.countAll<string>().as('n'))
				.as('offers'),
			areasOf(eb, locale)
		]);
	if (filter.kind === 'open') query = query.where('c.status', '=', 'open');
	else
		query = query.where((eb) =>
			eb.or([
				eb('c.asker_id', '=', viewer.id),
				eb.exists(
					eb
						.selectFrom('consultation_offers as mo')
						.whereRef('mo.consultation_id', '=', 'c.id')
						.where('mo.person_id', '=', viewer.id)
						.where('mo.picked', '=', true)
						.select(sql.lit(1).as('one'))
				)
			])
		);
	if (filter.areaKey)
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('consultation_areas as fa')
					.innerJoin('areas as a', 'a.id', 'fa.area_id')
					.whereRef('fa.consultation_id', '=', 'c.id')
					.where('a.key', '=', filter.areaKey!)
					.select(sql.lit(1).as('one'))
			)
		);
	return query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(filter.limit).execute();
}

type ConsultationEb = ExpressionBuilder<DB & { c: DB['consultations'] }, 'c'>;

/** The consultation's areas, named in the locale, in the areas' order. */
function areasOf(eb: ConsultationEb, locale: string) {
	return jsonArrayFrom(
		eb
			.selectFrom('consultation_areas as ca')
			.innerJoin('areas as a', 'a.id', 'ca.area_id')
			.whereRef('ca.consultation_id', '=', 'c.id')
			.select(['a.id', 'a.key', areaName(locale).as('name')])
			.orderBy('a.position')
			.orderBy('a.id')
	).as('areas');
}

export function findConsultation(db: Db, viewer: Actor, slug: string, locale: string) {
	return db
		.selectFrom('consultations as c')
		.innerJoin('people as p', 'p.id', 'c.asker_id')
		.leftJoin('cities as ci', 'ci.id', 'c.city_id')
		.leftJoin('organisations as o', 'o.id', 'c.organisation_id')
		.leftJoin('events as e', 'e.id', 'c.event_id')
		.where('c.slug', '=', slug)
		.select((eb) => [
			'c.id',
			'c.slug',
			'c.title',
			'c.problem',
			'c.status',
			'c.outcome',
			'c.asker_id',
			'c.created_at',
			'ci.slug as city_slug',
			'ci.name as city_name',
			'ci.name_en as city_name_en',
			'o.slug as organisation_slug',
			'o.name as organisation_name',
			'e.slug as event_slug',
			'e.starts_at',
			'e.ends_at',
			'e.time_zone',
			sql<string | null>`case when ${visibleTo(viewer, 'profile')} then p.handle end`.as('asker_handle'),
			sql<string | null>`case when ${visibleTo(viewer, 'profile')} then p.name end`.as('asker_name'),
			areasOf(eb, locale)
		])
		.executeTakeFirst();
}

/** The row, locked until the transaction ends: every change of state takes this lock first. */
export function lockConsultation(trx: Transaction<DB>, slug: string) {
	return trx
		.selectFrom('consultations')
		.select(['id', 'slug', 'title', 'problem', 'status', 'asker_id', 'organisation_id', 'city_id', 'event_id'])
		.where('slug', '=', slug)
		.forUpdate()
		.executeTakeFirst();
}

export function setStatus(db: Db, id: number, status: ConsultationStatus, changes: { eventId?: number; outcome?: string } = {}) {
	return db
		.updateTable('consultations')
		.set({
			status,
			...(changes.eventId !== undefined ? { event_id: changes.eventId } : {}),
			...(changes.outcome !== undefined ? { outcome: changes.outcome } : {}),
			updated_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
}

export function consultationAreaIds(db: Db, consultationId: number) {
	return db
		.selectFrom('consultation_areas')
		.select('area_id')
		.where('consultation_id', '=', consultationId)
		.execute()
		.then((rows) => rows.map((r) => r.area_id));
}

export function eventSlugTaken(db: Db, slug: string) {
	return db
		.selectFrom('events')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

export interface ConsultationEventRow {
	slug: string;
	hostOrganisationId: number | null;
	cityId: number | null;
	title: string;
	description: string;
	startsAt: Date;
	endsAt: Date;
	timeZone: string;
	meetingUrl: string;
	languages: string[];
	capacity: number;
	closesAt: Date;
	createdBy: number;
}

/**
 * The online-consultation event: members only, registration already closed so that nobody but
 * the participants registered here can join. Written here rather than with the events'
 * `insertEvent`, whose row type still requires a host organisation.
 */
export function insertConsultationEvent(db: Db, row: ConsultationEventRow) {
	return db
		.insertInto('events')
		.values({
			slug: row.slug,
			type: 'consultation',
			host_organisation_id: row.hostOrganisationId,
			city_id: row.cityId,
			title: row.title,
			description: row.description,
			starts_at: row.startsAt,
			ends_at: row.endsAt,
			time_zone: row.timeZone,
			online: true,
			place: '',
			meeting_url: row.meetingUrl,
			languages: row.languages,
			capacity: row.capacity,
			registration_opens_at: null,
			registration_closes_at: row.closesAt,
			visibility: 'members',
			created_by: row.createdBy
		})
		.returning(['id', 'slug'])
		.executeTakeFirstOrThrow();
}

export async function insertEventAreas(db: Db, eventId: number, areaIds: number[]) {
	if (areaIds.length === 0) return;
	await db
		.insertInto('event_areas')
		.values(areaIds.map((area_id) => ({ event_id: eventId, area_id })))
		.onConflict((oc) => oc.doNothing())
		.execute();
}

export function peopleForMail(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db.selectFrom('people').select(['id', 'name', 'email', 'locale']).where('id', 'in', ids).orderBy('id').execute();
}

/** The consultation of an event, for the event page to link back to it. */
export function findConsultationOfEvent(db: Db, eventId: number) {
	return db.selectFrom('consultations').select(['slug', 'title', 'status']).where('event_id', '=', eventId).executeTakeFirst();
}

export function eventStart(db: Db, eventId: number) {
	return db
		.selectFrom('events')
		.select('starts_at')
		.where('id', '=', eventId)
		.executeTakeFirst()
		.then((row) => row?.starts_at);
}
