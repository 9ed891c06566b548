import { sql, type Kysely, type Transaction } from 'kysely';
import type { CostsPaidBy, DB, VisitApplicationStatus } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { listedPracticeVisibleTo, practiceTitle } from '../../knowledge/transfers';
export { cityExists } from '../../directory/cities';

type Db = Kysely<DB> | Transaction<DB>;

const acceptedCount = sql<number>`(select count(*)::int from study_visit_applications a where a.event_id = e.id and a.status = 'accepted')`;

/** Study visits the viewer may see (members-only ones for members), with host and city. */
function visitsBase(db: Db, canSeeMembersOnly: boolean) {
	return db
		.selectFrom('events as e')
		.innerJoin('study_visits as sv', 'sv.event_id', 'e.id')
		.leftJoin('organisations as o', 'o.id', 'e.host_organisation_id')
		.leftJoin('cities as c', 'c.id', 'e.city_id')
		.where('e.type', '=', 'study_visit')
		.$if(!canSeeMembersOnly, (q) => q.where('e.visibility', '=', 'public'))
		.select([
			'e.id',
			'e.slug',
			'e.title',
			'e.starts_at',
			'e.ends_at',
			'e.time_zone',
			'e.capacity',
			'e.visibility',
			'e.cancelled_at',
			'e.host_organisation_id',
			'sv.applications_close_at',
			'o.slug as host_slug',
			'o.name as host_name',
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			acceptedCount.as('accepted')
		]);
}

export type VisitRow = Awaited<ReturnType<typeof listUpcomingVisits>>[number];

export function listUpcomingVisits(db: Db, canSeeMembersOnly: boolean, now: Date, limit = 100) {
	return visitsBase(db, canSeeMembersOnly).where('e.ends_at', '>=', now).orderBy('e.starts_at').orderBy('e.id').limit(limit).execute();
}

export function listPastVisits(db: Db, canSeeMembersOnly: boolean, now: Date, limit = 30) {
	return visitsBase(db, canSeeMembersOnly)
		.where('e.ends_at', '<', now)
		.orderBy('e.starts_at', 'desc')
		.orderBy('e.id', 'desc')
		.limit(limit)
		.execute();
}

export function findVisit(db: Db, slug: string) {
	return visitsBase(db, true)
		.where('e.slug', '=', slug)
		.select(['e.description', 'e.place', 'e.languages', 'sv.sites', 'sv.costs', 'sv.costs_paid_by'])
		.executeTakeFirst();
}

/** The visit's linked practices the viewer may see, titles in the reader's language. */
export function listVisitPractices(db: Db, viewer: MaybeActor, eventId: number, locale: string) {
	return db
		.selectFrom('event_practices as ep')
		.innerJoin('practices as p', 'p.id', 'ep.practice_id')
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.where('ep.event_id', '=', eventId)
		.where(listedPracticeVisibleTo(viewer))
		.select(['p.id', 'p.slug', practiceTitle(locale).as('title'), 'c.name as city_name', 'c.name_en as city_name_en'])
		.orderBy('p.slug')
		.execute();
}

/** Published practices the viewer may see in these cities: what a visit there can show. */
export function listPracticesInCities(db: Db, viewer: MaybeActor, cityIds: number[], locale: string) {
	if (cityIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('practices as p')
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.where('p.city_id', 'in', cityIds)
		.where(listedPracticeVisibleTo(viewer))
		.select(['p.id', 'p.slug', practiceTitle(locale).as('title'), 'c.name as city_name', 'c.name_en as city_name_en'])
		.orderBy('c.name')
		.orderBy('p.slug')
		.limit(300)
		.execute();
}

/** Which of these practice ids the viewer may see (published ones). */
export async function visiblePracticeIds(db: Db, viewer: MaybeActor, ids: number[]): Promise<number[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('practices as p')
		.where('p.id', 'in', ids)
		.where(listedPracticeVisibleTo(viewer))
		.select('p.id')
		.execute();
	return rows.map((r) => r.id);
}

export function isInOrganisation(db: Db, organisationId: number | null, personId: number) {
	if (organisationId === null) return Promise.resolve(false);
	return db
		.selectFrom('organisation_members')
		.select('person_id')
		.where('organisation_id', '=', organisationId)
		.where('person_id', '=', personId)
		.executeTakeFirst()
		.then((row) => row !== undefined);
}

/** Cities with an approved organisation, where a visit can take place. */
export function listMemberCities(db: Db) {
	return db
		.selectFrom('cities as c')
		.where((eb) =>
			eb.exists(
				eb.selectFrom('organisations as mo').whereRef('mo.city_id', '=', 'c.id').where('mo.member_since', 'is not', null).select('mo.id')
			)
		)
		.select(['c.id', 'c.name', 'c.name_en', 'c.country_code'])
		.orderBy('c.name')
		.execute();
}

export function insertStudyVisit(
	db: Db,
	row: { eventId: number; sites: string; costs: string; costsPaidBy: CostsPaidBy; applicationsCloseAt: Date | null; practiceIds: number[] }
) {
	return db
		.insertInto('study_visits')
		.values({
			event_id: row.eventId,
			sites: row.sites,
			costs: row.costs,
			costs_paid_by: row.costsPaidBy,
			applications_close_at: row.applicationsCloseAt
		})
		.execute()
		.then(() =>
			row.practiceIds.length
				? db
						.insertInto('event_practices')
						.values(row.practiceIds.map((practiceId) => ({ event_id: row.eventId, practice_id: practiceId })))
						.execute()
				: undefined
		);
}

// ---- applications ----

export function findApplication(db: Db, eventId: number, personId: number) {
	return db
		.selectFrom('study_visit_applications as a')
		.leftJoin('organisations as o', 'o.id', 'a.organisation_id')
		.where('a.event_id', '=', eventId)
		.where('a.person_id', '=', personId)
		.select(['a.id', 'a.status', 'a.motivation', 'a.decision_message', 'a.organisation_id', 'o.name as organisation_name'])
		.executeTakeFirst();
}

/** One application of the event, locked for the decision, with what the applicant's mail needs. */
export function lockApplication(trx: Transaction<DB>, eventId: number, applicationId: number) {
	return trx
		.selectFrom('study_visit_applications as a')
		.innerJoin('people as p', 'p.id', 'a.person_id')
		.where('a.id', '=', applicationId)
		.where('a.event_id', '=', eventId)
		.select(['a.id', 'a.status', 'a.person_id', 'p.name', 'p.email', 'p.locale'])
		.forUpdate('a')
		.executeTakeFirst();
}

export function insertApplication(db: Db, row: { eventId: number; personId: number; organisationId: number | null; motivation: string }) {
	return (
		db
			.insertInto('study_visit_applications')
			.values({ event_id: row.eventId, person_id: row.personId, organisation_id: row.organisationId, motivation: row.motivation })
			// two clicks at once: the second finds the first's row and is told so
			.onConflict((oc) => oc.constraint('study_visit_applications_key').doNothing())
			.returning('id')
			.executeTakeFirst()
	);
}

/** Someone who withdrew applies again: a fresh pending application. */
export function renewApplication(db: Db, id: number, row: { organisationId: number | null; motivation: string }) {
	return db
		.updateTable('study_visit_applications')
		.set({
			organisation_id: row.organisationId,
			motivation: row.motivation,
			status: 'pending',
			decision_message: '',
			decided_by: null,
			decided_at: null,
			created_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
}

export function setApplicationStatus(db: Db, id: number, status: VisitApplicationStatus, decision?: { by: number; message: string }) {
	return db
		.updateTable('study_visit_applications')
		.set({
			status,
			...(decision ? { decided_by: decision.by, decided_at: sql<Date>`now()`, decision_message: decision.message } : {})
		})
		.where('id', '=', id)
		.execute();
}

export function countAccepted(db: Db, eventId: number) {
	return db
		.selectFrom('study_visit_applications')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('event_id', '=', eventId)
		.where('status', '=', 'accepted')
		.executeTakeFirstOrThrow()
		.then((row) => Number(row.n));
}

export function listApplications(db: Db, eventId: number) {
	return db
		.selectFrom('study_visit_applications as a')
		.innerJoin('people as p', 'p.id', 'a.person_id')
		.leftJoin('organisations as o', 'o.id', 'a.organisation_id')
		.where('a.event_id', '=', eventId)
		.select([
			'a.id',
			'a.status',
			'a.motivation',
			'a.decision_message',
			sql<string>`to_char(a.created_at, 'YYYY-MM-DD')`.as('applied_on'),
			'p.handle',
			'p.name',
			'o.name as organisation_name'
		])
		.orderBy(sql`case a.status when 'pending' then 0 when 'accepted' then 1 else 2 end`)
		.orderBy('a.created_at')
		.orderBy('a.id')
		.execute();
}

export function listParticipants(db: Db, eventId: number) {
	return db
		.selectFrom('study_visit_applications as a')
		.innerJoin('people as p', 'p.id', 'a.person_id')
		.leftJoin('organisations as o', 'o.id', 'a.organisation_id')
		.where('a.event_id', '=', eventId)
		.where('a.status', '=', 'accepted')
		.select(['p.id', 'p.handle', 'p.name', 'p.visibility', 'p.hidden_at', 'o.name as organisation_name'])
		.orderBy('p.name')
		.execute();
}

/** Admins of the host organisation (all its people when it names no admin), to tell them of an application. */
export async function listHostContacts(db: Db, organisationId: number) {
	const people = await db
		.selectFrom('organisation_members as om')
		.innerJoin('people as p', 'p.id', 'om.person_id')
		.where('om.organisation_id', '=', organisationId)
		.select(['p.email', 'p.name', 'p.locale', 'om.role'])
		.orderBy('p.id')
		.execute();
	const admins = people.filter((p) => p.role === 'admin');
	return admins.length ? admins : people;
}

// ---- takeaways ----

export function findTakeaway(db: Db, eventId: number, personId: number) {
	return db
		.selectFrom('study_visit_takeaways as t')
		.leftJoin('practices as p', 'p.id', 't.practice_id')
		.where('t.event_id', '=', eventId)
		.where('t.person_id', '=', personId)
		.select(['t.id', 't.note', 't.practice_id', 't.transfer_id', 'p.slug as practice_slug'])
		.executeTakeFirst();
}

/** Files or rewrites the note; a transfer already started stays linked while the practice is the same. */
export function upsertTakeaway(db: Db, row: { eventId: number; personId: number; note: string; practiceId: number | null }) {
	return db
		.insertInto('study_visit_takeaways')
		.values({ event_id: row.eventId, person_id: row.personId, note: row.note, practice_id: row.practiceId })
		.onConflict((oc) =>
			oc.constraint('study_visit_takeaways_key').doUpdateSet({
				note: row.note,
				practice_id: row.practiceId,
				transfer_id: sql`case when study_visit_takeaways.practice_id is not distinct from ${row.practiceId} then study_visit_takeaways.transfer_id end`
			})
		)
		.execute();
}

export function setTakeawayTransfer(db: Db, takeawayId: number, transferId: number) {
	return db.updateTable('study_visit_takeaways').set({ transfer_id: transferId }).where('id', '=', takeawayId).execute();
}

/** Takeaways with their practice; the service hides practices the viewer may not see. */
export function listTakeaways(db: Db, eventId: number, locale: string) {
	return db
		.selectFrom('study_visit_takeaways as t')
		.innerJoin('people as pe', 'pe.id', 't.person_id')
		.leftJoin('study_visit_applications as a', (join) =>
			join.onRef('a.event_id', '=', 't.event_id').onRef('a.person_id', '=', 't.person_id')
		)
		.leftJoin('organisations as o', 'o.id', 'a.organisation_id')
		.leftJoin('practices as p', 'p.id', 't.practice_id')
		.where('t.event_id', '=', eventId)
		.select([
			't.person_id',
			't.practice_id',
			't.note',
			't.transfer_id',
			'pe.handle',
			'pe.name',
			'o.name as organisation_name',
			'p.slug as practice_slug',
			practiceTitle(locale).as('practice_title')
		])
		.orderBy('t.created_at')
		.orderBy('t.id')
		.execute();
}

/** The transfer of this practice into this city, if one exists already. */
export function findTransferId(db: Db, practiceId: number, cityId: number) {
	return db
		.selectFrom('transfers')
		.select('id')
		.where('practice_id', '=', practiceId)
		.where('city_id', '=', cityId)
		.executeTakeFirst()
		.then((r) => r?.id ?? null);
}

export function findOrganisationCity(db: Db, organisationId: number) {
	return db
		.selectFrom('organisations')
		.select('city_id')
		.where('id', '=', organisationId)
		.executeTakeFirst()
		.then((r) => r?.city_id ?? null);
}
