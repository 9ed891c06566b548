/** The experts of a consultation: who offered to help (and was picked), who is suggested, who was invited. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { isNetworkMemberSql, type MaybeActor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';
import { listedPracticeVisibleTo } from '../../knowledge/transfers';

type Db = Kysely<DB> | Transaction<DB>;

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
