import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * How many posts, challenge answers and challenges a person wrote: in all, and within the last
 * `windowSeconds`. A thread is counted through its opening post (number 1), so starting a
 * thread counts once. Deleted and hidden ones count too: deleting does not give the quota back.
 */
export async function countAuthored(db: Db, personId: number, windowSeconds: number) {
	const since = sql<Date>`now() - make_interval(secs => ${windowSeconds})`;
	const parts = (['posts', 'challenge_answers', 'challenges'] as const).map((table) =>
		db
			.selectFrom(table)
			.select([(eb) => eb.fn.countAll<string>().as('total'), sql<string>`count(*) filter (where created_at > ${since})`.as('recent')])
			.where('author_id', '=', personId)
			.executeTakeFirstOrThrow()
	);
	const rows = await Promise.all(parts);
	return rows.reduce((sum, row) => ({ total: sum.total + Number(row.total), recent: sum.recent + Number(row.recent) }), {
		total: 0,
		recent: 0
	});
}
