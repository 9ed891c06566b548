/** "Learning from this": members who want to learn a practice or tried it too. */
import type { Kysely, Transaction } from 'kysely';
import type { DB, LearningKind } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

export function listLearning(db: Db, practiceId: number) {
	return db
		.selectFrom('practice_learning as l')
		.innerJoin('people as p', 'p.id', 'l.person_id')
		.select(['l.kind', 'l.comment', 'l.created_at', 'p.id as person_id', 'p.handle', 'p.name', 'p.visibility', 'p.hidden_at'])
		.where('l.practice_id', '=', practiceId)
		.orderBy('l.created_at')
		.orderBy('p.id')
		.execute();
}

/** One mark per person and kind; marking again updates the comment. */
export function upsertLearning(db: Db, row: { practiceId: number; personId: number; kind: LearningKind; comment: string }) {
	return db
		.insertInto('practice_learning')
		.values({ practice_id: row.practiceId, person_id: row.personId, kind: row.kind, comment: row.comment })
		.onConflict((oc) => oc.constraint('practice_learning_pk').doUpdateSet({ comment: row.comment }))
		.execute();
}

export async function deleteLearning(db: Db, practiceId: number, personId: number, kind: LearningKind): Promise<boolean> {
	const result = await db
		.deleteFrom('practice_learning')
		.where('practice_id', '=', practiceId)
		.where('person_id', '=', personId)
		.where('kind', '=', kind)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
