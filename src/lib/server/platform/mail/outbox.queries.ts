import { sql, type Kysely } from 'kysely';
import type { DB } from '../db';

/**
 * Claims due mail for this process. SKIP LOCKED lets several server processes share the outbox
 * without sending a message twice; the claim is a lease (next_attempt_at moves forward) so a
 * process that dies mid-send leaves the message for another to retry.
 */
export function claimDueMail(db: Kysely<DB>, limit: number, leaseSeconds: number) {
	return db
		.updateTable('outbox')
		.set({
			next_attempt_at: sql`now() + make_interval(secs => ${leaseSeconds})`,
			attempts: sql`attempts + 1`
		})
		.where(
			'id',
			'in',
			db
				.selectFrom('outbox')
				.select('id')
				.where('status', '=', 'pending')
				.where('next_attempt_at', '<=', sql<Date>`now()`)
				.orderBy('id')
				.limit(limit)
				.forUpdate()
				.skipLocked()
		)
		.returning(['id', 'to_address', 'subject', 'text_body', 'html_body', 'headers', 'attempts'])
		.execute();
}

export function markMailDone(db: Kysely<DB>, id: string, status: 'sent' | 'logged') {
	return db
		.updateTable('outbox')
		.set({ status, sent_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

export function markMailFailed(db: Kysely<DB>, id: string, error: string, retryInSeconds: number | null) {
	return db
		.updateTable('outbox')
		.set({
			last_error: error.slice(0, 1000),
			status: retryInSeconds === null ? 'failed' : 'pending',
			next_attempt_at: sql`now() + make_interval(secs => ${retryInSeconds ?? 0})`
		})
		.where('id', '=', id)
		.execute();
}
