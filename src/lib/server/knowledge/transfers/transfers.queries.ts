import { sql, type Kysely } from 'kysely';
import type { DB, TransferStage } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';
import { listedPracticeVisibleTo, practiceTitle, practiceVisibleTo } from './practice-access.sql';

type Db = Kysely<DB>;

interface CityColumns {
	slug: string;
	name: string;
	name_en: string | null;
	country_code: string;
}

const cityJson = (alias: string) =>
	sql<CityColumns>`json_build_object('slug', ${sql.ref(`${alias}.slug`)}, 'name', ${sql.ref(`${alias}.name`)},
		'name_en', ${sql.ref(`${alias}.name_en`)}, 'country_code', ${sql.ref(`${alias}.country_code`)})`;

/** A practice the viewer may see, by slug, with its title in the reader's language and its city. */
export async function findVisiblePractice(db: Db, viewer: MaybeActor, slug: string, locale: string) {
	const row = await db
		.selectFrom('practices as p')
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.where('p.slug', '=', slug)
		.where(practiceVisibleTo(viewer))
		.select(['p.id', 'p.slug', 'p.city_id', practiceTitle(locale).as('title'), cityJson('c').as('city')])
		.executeTakeFirst();
	return row && { ...row, city: row.city as CityColumns };
}

/** The same by id (the practice page calls with the id it already has). */
export function isPracticeVisible(db: Db, viewer: MaybeActor, practiceId: number) {
	return db.selectFrom('practices as p').where('p.id', '=', practiceId).where(practiceVisibleTo(viewer)).select('p.id').executeTakeFirst();
}

export type TransferFilter = { practiceId: number } | { intoCityId: number } | { fromCityId: number };

/**
 * Transfers of practices the viewer may see, with both cities, the adopting organisation and
 * the date of the latest note; newest activity first. The transfers of one practice follow its
 * page (drafts for their editors); a city's lists show published practices only.
 */
export function listTransfers(db: Db, viewer: MaybeActor, filter: TransferFilter, locale: string, limit = 200) {
	return db
		.selectFrom('transfers as tr')
		.innerJoin('practices as p', 'p.id', 'tr.practice_id')
		.innerJoin('cities as c', 'c.id', 'tr.city_id')
		.innerJoin('cities as pc', 'pc.id', 'p.city_id')
		.leftJoin('organisations as o', 'o.id', 'tr.organisation_id')
		.where('practiceId' in filter ? practiceVisibleTo(viewer) : listedPracticeVisibleTo(viewer))
		.$if('practiceId' in filter, (q) => q.where('tr.practice_id', '=', (filter as { practiceId: number }).practiceId))
		.$if('intoCityId' in filter, (q) => q.where('tr.city_id', '=', (filter as { intoCityId: number }).intoCityId))
		.$if('fromCityId' in filter, (q) => q.where('p.city_id', '=', (filter as { fromCityId: number }).fromCityId))
		.select([
			'tr.id',
			'tr.stage',
			'p.slug as practice_slug',
			practiceTitle(locale).as('title'),
			cityJson('c').as('city'),
			cityJson('pc').as('from_city'),
			'o.slug as organisation_slug',
			'o.name as organisation_name',
			sql<string | null>`(select to_char(max(n.noted_on), 'YYYY-MM-DD') from transfer_notes n where n.transfer_id = tr.id)`.as(
				'last_note_on'
			)
		])
		.orderBy('tr.updated_at', 'desc')
		.orderBy('tr.id', 'desc')
		.limit(limit)
		.execute();
}

export type TransferListRow = Awaited<ReturnType<typeof listTransfers>>[number];

/** One transfer of the practice with this slug, if the viewer may see the practice. */
export async function findTransfer(db: Db, viewer: MaybeActor, practiceSlug: string, transferId: number, locale: string) {
	const row = await db
		.selectFrom('transfers as tr')
		.innerJoin('practices as p', 'p.id', 'tr.practice_id')
		.innerJoin('cities as c', 'c.id', 'tr.city_id')
		.innerJoin('cities as pc', 'pc.id', 'p.city_id')
		.leftJoin('organisations as o', 'o.id', 'tr.organisation_id')
		.where('tr.id', '=', transferId)
		.where('p.slug', '=', practiceSlug)
		.where(practiceVisibleTo(viewer))
		.select([
			'tr.id',
			'tr.stage',
			'tr.organisation_id',
			sql<string>`to_char(tr.created_at, 'YYYY-MM-DD')`.as('created_on'),
			'p.slug as practice_slug',
			practiceTitle(locale).as('title'),
			cityJson('c').as('city'),
			cityJson('pc').as('from_city'),
			'o.slug as organisation_slug',
			'o.name as organisation_name'
		])
		.executeTakeFirst();
	return row && { ...row, city: row.city as CityColumns, from_city: row.from_city as CityColumns };
}

/** Locks the transfer row, so two stage moves at once do not both step from the same stage. */
export function lockTransfer(db: Db, transferId: number) {
	return db.selectFrom('transfers').where('id', '=', transferId).select(['id', 'stage', 'organisation_id']).forUpdate().executeTakeFirst();
}

/** Whether the person belongs to the organisation (any role). */
export async function belongsTo(db: Db, organisationId: number | null, personId: number): Promise<boolean> {
	if (organisationId === null) return false;
	const row = await db
		.selectFrom('organisation_members')
		.where('organisation_id', '=', organisationId)
		.where('person_id', '=', personId)
		.select('person_id')
		.executeTakeFirst();
	return row !== undefined;
}

/** Notes in date order; the author is named only when the viewer may see their profile. */
export function listNotes(db: Db, viewer: MaybeActor, transferId: number) {
	return db
		.selectFrom('transfer_notes as n')
		.leftJoin('people as a', 'a.id', 'n.author_id')
		.where('n.transfer_id', '=', transferId)
		.select([
			'n.id',
			'n.stage',
			sql<string>`to_char(n.noted_on, 'YYYY-MM-DD')`.as('noted_on'),
			'n.note',
			'a.id as author_id',
			sql<string | null>`case when ${visibleTo(viewer, 'profile', 'a')} then a.handle end`.as('author_handle'),
			sql<string | null>`case when ${visibleTo(viewer, 'profile', 'a')} then a.name end`.as('author_name')
		])
		.orderBy('n.noted_on')
		.orderBy('n.id')
		.execute();
}

/** People involved, with whether the viewer may see each one's profile. */
export function listInvolved(db: Db, viewer: MaybeActor, transferId: number) {
	return db
		.selectFrom('transfer_people as tp')
		.innerJoin('people as p', 'p.id', 'tp.person_id')
		.where('tp.transfer_id', '=', transferId)
		.select(['p.id', 'p.handle', 'p.name', 'p.visibility', visibleTo(viewer, 'profile').as('visible')])
		.orderBy('p.name')
		.orderBy('p.id')
		.execute();
}

/** People of the organisation not yet involved whose profile the viewer may see. */
export function listCandidates(db: Db, viewer: MaybeActor, transferId: number, organisationId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('people as p', 'p.id', 'om.person_id')
		.where('om.organisation_id', '=', organisationId)
		.where(visibleTo(viewer, 'profile'))
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('transfer_people as tp')
						.whereRef('tp.person_id', '=', 'p.id')
						.where('tp.transfer_id', '=', transferId)
						.select('tp.person_id')
				)
			)
		)
		.select(['p.id', 'p.handle', 'p.name'])
		.orderBy('p.name')
		.orderBy('p.id')
		.execute();
}

/** Cities with an approved organisation: the cities that can adopt on the network's behalf. */
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
		.orderBy('c.id')
		.execute();
}

export function findCityById(db: Db, cityId: number) {
	return db.selectFrom('cities').where('id', '=', cityId).select(['id', 'slug']).executeTakeFirst();
}

/** Inserts a transfer; undefined when this city already adopts this practice. */
export async function insertTransfer(
	db: Db,
	values: { practiceId: number; cityId: number; organisationId: number; createdBy: number }
): Promise<number | undefined> {
	const row = await db
		.insertInto('transfers')
		.values({
			practice_id: values.practiceId,
			city_id: values.cityId,
			organisation_id: values.organisationId,
			created_by: values.createdBy
		})
		.onConflict((oc) => oc.columns(['practice_id', 'city_id']).doNothing())
		.returning('id')
		.executeTakeFirst();
	return row?.id;
}

export function setStage(db: Db, transferId: number, stage: TransferStage) {
	return db.updateTable('transfers').set({ stage, updated_at: new Date() }).where('id', '=', transferId).execute();
}

export function touchTransfer(db: Db, transferId: number) {
	return db.updateTable('transfers').set({ updated_at: new Date() }).where('id', '=', transferId).execute();
}

export function insertNote(db: Db, values: { transferId: number; stage: TransferStage; notedOn: string; note: string; authorId: number }) {
	return db
		.insertInto('transfer_notes')
		.values({
			transfer_id: values.transferId,
			stage: values.stage,
			noted_on: values.notedOn,
			note: values.note,
			author_id: values.authorId
		})
		.execute();
}

export function insertInvolved(db: Db, transferId: number, personId: number) {
	return db
		.insertInto('transfer_people')
		.values({ transfer_id: transferId, person_id: personId })
		.onConflict((oc) => oc.columns(['transfer_id', 'person_id']).doNothing())
		.execute();
}

export async function deleteInvolved(db: Db, transferId: number, personId: number): Promise<boolean> {
	const result = await db
		.deleteFrom('transfer_people')
		.where('transfer_id', '=', transferId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** Who wrote the practice, to tell them it travels. */
export function findPracticeAuthor(db: Db, practiceId: number) {
	return db
		.selectFrom('practices as p')
		.innerJoin('people as a', 'a.id', 'p.created_by')
		.where('p.id', '=', practiceId)
		.select(['a.id', 'a.email', 'a.locale'])
		.executeTakeFirst();
}
