import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ConsultationStatus, DB } from '../../platform/db';
import { isNetworkMemberSql, type Actor, type MaybeActor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';
import { listedPracticeVisibleTo } from '../../knowledge/transfers';
import { areaName } from '../../shared';
export { existingAreaIds } from '../../knowledge/areas';
export { cityExists } from '../../directory/cities';

type Db = Kysely<DB> | Transaction<DB>;

export function findPersonCity(db: Db, personId: number) {
	return db.selectFrom('people').select(['city_id', 'languages']).where('id', '=', personId).executeTakeFirst();
}



export function slugTaken(db: Db, slug: string) {
	return db.selectFrom('consultations').select('id').where('slug', '=', slug).executeTakeFirst().then((r) => r !== undefined);
}

export function insertConsultation(
	db: Db,
	row: { slug: string; askerId: number; organisationId: number | null; cityId: number | null; title: string; problem: string; challengeId?: number | null }
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

/** Every offer with who made it; `visible`: whether the viewer may see that person's profile. */
export function listOffers(db: Db, viewer: MaybeActor, consultationId: number) {
	return db
		.selectFrom('consultation_offers as co')
		.innerJoin('people as p', 'p.id', 'co.person_id')
		.where('co.consultation_id', '=', consultationId)
		.select(['co.person_id', 'p.handle', 'p.name', 'co.message', 'co.picked', 'co.created_at', visibleTo(viewer, 'profile').as('visible')])
		.orderBy('co.created_at')
		.orderBy('co.person_id')
		.execute();
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

export function insertOffer(db: Db, consultationId: number, personId: number, message: string) {
	return db
		.insertInto('consultation_offers')
		.values({ consultation_id: consultationId, person_id: personId, message })
		.onConflict((oc) => oc.columns(['consultation_id', 'person_id']).doNothing())
		.returning('person_id')
		.executeTakeFirst()
		.then((row) => row !== undefined);
}

export function deleteOffer(db: Db, consultationId: number, personId: number) {
	return db
		.deleteFrom('consultation_offers')
		.where('consultation_id', '=', consultationId)
		.where('person_id', '=', personId)
		.executeTakeFirst()
		.then((result) => Number(result.numDeletedRows) > 0);
}

export function markPicked(db: Db, consultationId: number, personIds: number[]) {
	return db
		.updateTable('consultation_offers')
		.set({ picked: true })
		.where('consultation_id', '=', consultationId)
		.where('person_id', 'in', personIds)
		.execute();
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
	return db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirst().then((r) => r !== undefined);
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

/**
 * People who know the request's areas, best first: by their profile's areas (when the viewer
 * may see those) or because they wrote or are the contact of a practice in those areas that the
 * viewer may see. Only network members whose profile the viewer may see; never the asker or
 * anyone who already offered.
 */
export async function listSuggestions(db: Db, viewer: MaybeActor, consultationId: number, askerId: number, limit: number) {
	const byProfile = db
		.selectFrom('person_areas as pa')
		.innerJoin('consultation_areas as ca', 'ca.area_id', 'pa.area_id')
		.innerJoin('people as pp', 'pp.id', 'pa.person_id')
		.where('ca.consultation_id', '=', consultationId)
		.where(visibleTo(viewer, 'areas', 'pp'))
		.select(['pa.person_id', 'pa.area_id', sql<number | null>`null::integer`.as('practice_id')]);
	const practicesInAreas = () =>
		db
			.selectFrom('practices as p')
			.innerJoin('practice_areas as pra', 'pra.practice_id', 'p.id')
			.innerJoin('consultation_areas as ca', 'ca.area_id', 'pra.area_id')
			.where('ca.consultation_id', '=', consultationId)
			.where(listedPracticeVisibleTo(viewer));
	const byContact = practicesInAreas()
		.innerJoin('practice_contacts as pc', 'pc.practice_id', 'p.id')
		.select(['pc.person_id', 'pra.area_id', 'p.id as practice_id']);
	const byAuthor = practicesInAreas()
		.where('p.created_by', 'is not', null)
		.select([sql<number>`p.created_by`.as('person_id'), 'pra.area_id', 'p.id as practice_id']);

	return db
		.selectFrom(byProfile.unionAll(byContact).unionAll(byAuthor).as('m'))
		.innerJoin('people as p', 'p.id', 'm.person_id')
		.where('p.id', '<>', askerId)
		.where(visibleTo(viewer, 'profile'))
		.where(isNetworkMemberSql())
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('consultation_offers as xo')
						.whereRef('xo.person_id', '=', 'p.id')
						.where('xo.consultation_id', '=', consultationId)
						.select(sql.lit(1).as('one'))
				)
			)
		)
		.groupBy(['p.id', 'p.handle', 'p.name'])
		.select([
			'p.id',
			'p.handle',
			'p.name',
			sql<number[]>`array_agg(distinct m.area_id)`.as('area_ids'),
			sql<string>`count(distinct m.practice_id)`.as('practices')
		])
		.orderBy(sql`count(distinct m.area_id)`, 'desc')
		.orderBy(sql`count(distinct m.practice_id)`, 'desc')
		.orderBy('p.name')
		.orderBy('p.id')
		.limit(limit)
		.execute();
}

/** Whether this person may be suggested to this viewer at all (the same rules as the list). */
export async function isSuggestable(db: Db, viewer: MaybeActor, consultationId: number, askerId: number, personId: number) {
	const rows = await listSuggestions(db, viewer, consultationId, askerId, 1000);
	return rows.some((r) => r.id === personId);
}

/** Invitations are recorded in the audit log only; this reads them back so nobody is invited twice. */
export function invitedPeople(db: Db, consultationId: number) {
	return db
		.selectFrom('audit_log')
		.select(sql<string>`details ->> 'personId'`.as('person_id'))
		.where('action', '=', 'consultation.invite')
		.where('subject_type', '=', 'consultation')
		.where('subject_id', '=', String(consultationId))
		.execute()
		.then((rows) => new Set(rows.map((r) => Number(r.person_id))));
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
