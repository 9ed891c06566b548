/**
 * The audit log's public SQL: every domain records what it changed inside its own transaction,
 * so the entry and the change commit (or roll back) together.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db';

export interface AuditEntry {
	actorId: number | null;
	/** `<subject>.<verb>`, e.g. `membership.approve`, `area.create`. */
	action: string;
	subjectType: string;
	subjectId: string | number;
	details?: Record<string, unknown>;
}

/** Writes one audit row; call it inside the transaction of the change it records. */
export function insertAudit(db: Kysely<DB> | Transaction<DB>, entry: AuditEntry) {
	return db
		.insertInto('audit_log')
		.values({
			actor_id: entry.actorId,
			action: entry.action,
			subject_type: entry.subjectType,
			subject_id: String(entry.subjectId),
			details: entry.details ?? {}
		})
		.execute();
}

/** For tests and the coordinator: what happened to one subject, newest first. */
export function listAuditFor(db: Kysely<DB>, subjectType: string, subjectId: string | number) {
	return db
		.selectFrom('audit_log')
		.selectAll()
		.where('subject_type', '=', subjectType)
		.where('subject_id', '=', String(subjectId))
		.orderBy('id', 'desc')
		.execute();
}
