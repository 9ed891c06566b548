/** A challenge's responses from the network: the cities that face it too, and answers with the practice they point to. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { listedPracticeVisibleTo, practiceTitle } from '../../knowledge/transfers';
import { containsPattern } from '../../shared';
import { visibleName } from './challenges.queries';

type Db = Kysely<DB> | Transaction<DB>;

/** The cities that face the challenge too, in the order they joined. */
export function listFacingCities(db: Db, challengeId: number, viewer: MaybeActor) {
	return db
		.selectFrom('challenge_cities as cc')
		.innerJoin('cities as ci', 'ci.id', 'cc.city_id')
		.leftJoin('people as p', 'p.id', 'cc.person_id')
		.select([
			'cc.city_id',
			'cc.person_id',
			'cc.note',
			'cc.created_at',
			'ci.slug',
			'ci.name',
			'ci.name_en',
			'ci.country_code',
			'ci.latitude',
			'ci.longitude',
			...visibleName(viewer, 'person')
		])
		.where('cc.challenge_id', '=', challengeId)
		.orderBy('cc.created_at')
		.orderBy('ci.name')
		.execute();
}

/** Adds the city; undefined when it was there already. */
export function insertFacing(db: Db, row: { challenge_id: number; city_id: number; person_id: number; note: string }) {
	return db
		.insertInto('challenge_cities')
		.values(row)
		.onConflict((oc) => oc.constraint('challenge_cities_pk').doNothing())
		.returning('city_id')
		.executeTakeFirst();
}

export function findFacing(db: Db, challengeId: number, cityId: number) {
	return db
		.selectFrom('challenge_cities')
		.selectAll()
		.where('challenge_id', '=', challengeId)
		.where('city_id', '=', cityId)
		.executeTakeFirst();
}

export function deleteFacing(db: Db, challengeId: number, cityId: number) {
	return db.deleteFrom('challenge_cities').where('challenge_id', '=', challengeId).where('city_id', '=', cityId).execute();
}

/** All answers of a challenge in the order written (deleted and hidden ones keep their place). */
export function listAnswers(db: Db, challengeId: number, viewer: MaybeActor) {
	return db
		.selectFrom('challenge_answers as a')
		.leftJoin('people as p', 'p.id', 'a.author_id')
		.select([
			'a.id',
			'a.author_id',
			'a.body',
			'a.practice_id',
			'a.helpful',
			'a.edited_at',
			'a.deleted_at',
			'a.hidden_at',
			'a.hidden_reason',
			'a.created_at',
			...visibleName(viewer, 'author')
		])
		.where('a.challenge_id', '=', challengeId)
		.orderBy('a.created_at')
		.orderBy('a.id')
		.execute();
}

export function findAnswer(db: Db, id: number) {
	return db.selectFrom('challenge_answers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertAnswer(db: Db, row: { challenge_id: number; author_id: number; body: string; practice_id: number | null }) {
	return db.insertInto('challenge_answers').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updateAnswer(db: Db, id: number, fields: { body: string; practice_id: number | null }) {
	return db
		.updateTable('challenge_answers')
		.set({ ...fields, edited_at: sql`now()` })
		.where('id', '=', id)
		.where('deleted_at', 'is', null)
		.execute();
}

/** The text goes (a note takes its place); the row keeps the answer's place in the list. */
export function markAnswerDeleted(db: Db, id: number) {
	return db
		.updateTable('challenge_answers')
		.set({ body: '', practice_id: null, helpful: false, deleted_at: sql`now()` })
		.where('id', '=', id)
		.where('deleted_at', 'is', null)
		.execute();
}

export function setHelpful(db: Db, id: number, helpful: boolean) {
	return db.updateTable('challenge_answers').set({ helpful }).where('id', '=', id).execute();
}

/** The linked practices the viewer may see (published; members-only ones for members). */
export function visiblePractices(db: Db, viewer: MaybeActor, ids: number[], locale: string) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('practices as p')
		.innerJoin('cities as ci', 'ci.id', 'p.city_id')
		.select(['p.id', 'p.slug', 'ci.name as city_name', 'ci.name_en as city_name_en', 'ci.country_code', practiceTitle(locale).as('title')])
		.where('p.id', 'in', ids)
		.where(listedPracticeVisibleTo(viewer))
		.execute();
}

/** Practices the viewer may see whose title (in any language) contains the words. */
export function searchPracticesByTitle(db: Db, viewer: MaybeActor, text: string, locale: string, limit: number) {
	const words = text.split(/\s+/).filter(Boolean).slice(0, 6);
	return db
		.selectFrom('practices as p')
		.innerJoin('cities as ci', 'ci.id', 'p.city_id')
		.select(['p.id', 'p.slug', 'ci.name as city_name', 'ci.name_en as city_name_en', 'ci.country_code', practiceTitle(locale).as('title')])
		.where(listedPracticeVisibleTo(viewer))
		.where((eb) =>
			eb.and(
				words.map((word) =>
					eb.exists(
						eb
							.selectFrom('practice_texts as pt')
							.select('pt.practice_id')
							.whereRef('pt.practice_id', '=', 'p.id')
							.where(sql<boolean>`unaccent(pt.title) ilike unaccent(${containsPattern(word)})`)
					)
				)
			)
		)
		.orderBy('p.published_at', 'desc')
		.limit(limit)
		.execute();
}
