/** Tables of the platform: sessions, rate limits, the mail outbox, the audit log. */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, NullableTimestamp, Timestamp } from './columns';

export interface SessionsTable {
	id: string;
	person_id: number;
	created_at: CreatedAt;
	expires_at: Date;
}

export interface RateLimitHitsTable {
	id: Generated<string>;
	bucket: string;
	key: string;
	created_at: CreatedAt;
}

export type OutboxStatus = 'pending' | 'sent' | 'logged' | 'failed';

export interface OutboxTable {
	id: Generated<string>;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string | null;
	headers: Json<Record<string, string>>;
	status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
	attempts: Generated<number>;
	last_error: string | null;
	next_attempt_at: Timestamp;
	created_at: CreatedAt;
	sent_at: NullableTimestamp;
}

export interface AuditLogTable {
	id: Generated<string>;
	actor_id: number | null;
	action: string;
	subject_type: string;
	subject_id: string;
	details: Json<Record<string, unknown>>;
	created_at: CreatedAt;
}

export interface PlatformTables {
	sessions: SessionsTable;
	rate_limit_hits: RateLimitHitsTable;
	outbox: OutboxTable;
	audit_log: AuditLogTable;
}
