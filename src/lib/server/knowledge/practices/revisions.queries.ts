/** The revision history of a practice: every saved version, whole. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ContentVisibility, DB } from '../../platform/db';
import type { PracticeSnapshot } from './practices.schemas';

type Db = Kysely<DB> | Transaction<DB>;

export function listRevisions(db: Db, practiceId: number) {
	return db
		.selectFrom('practice_revisions as r')
		.leftJoin('people as p', 'p.id', 'r.author_id')
		.select([
			'r.number',
			'r.changed',
			'r.created_at',
			'r.author_id',
			'p.handle as author_handle',
			'p.name as author_name',
			'p.visibility as author_visibility',
			'p.hidden_at as author_hidden_at',
			// what the rule for a past version reads from it (practicePolicy.readRevision), not its text
			sql<boolean>`coalesce((r.snapshot ->> 'published')::boolean, false)`.as('published'),
			sql<ContentVisibility>`coalesce(r.snapshot ->> 'visibility', 'members')`.as('visibility')
		])
		.where('r.practice_id', '=', practiceId)
		.orderBy('r.number', 'desc')
		.execute();
}

export async function findRevision(db: Db, practiceId: number, number: number) {
	const row = await db
		.selectFrom('practice_revisions as r')
		.leftJoin('people as p', 'p.id', 'r.author_id')
		.select([
			'r.number',
			'r.changed',
			'r.created_at',
			'r.snapshot',
			'r.author_id',
			'p.handle as author_handle',
			'p.name as author_name',
			'p.visibility as author_visibility',
			'p.hidden_at as author_hidden_at'
		])
		.where('r.practice_id', '=', practiceId)
		.where('r.number', '=', number)
		.executeTakeFirst();
	return row && { ...row, snapshot: row.snapshot as unknown as PracticeSnapshot };
}
