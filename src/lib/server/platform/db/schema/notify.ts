/** Tables of notify: follows, the activity outbox, notifications and their e-mail settings. */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Enum, Json, NullableTimestamp, Timestamp } from './columns';

export type FollowTarget =
	'call' | 'event' | 'project' | 'practice' | 'city' | 'area' | 'person' | 'organisation' | 'challenge' | 'thread' | 'group' | 'proposal';

export interface FollowsTable {
	person_id: number;
	target_type: FollowTarget;
	target_id: number;
	created_at: CreatedAt;
}

export type ContextType = 'thread' | 'challenge' | 'group' | 'proposal';

export interface ActivityEventsTable {
	id: Generated<string>;
	kind: string;
	actor_id: number | null;
	subject_type: string;
	subject_id: number;
	context_type: ContextType;
	context_id: number;
	mentioned: ColumnType<number[], number[] | undefined, number[]>;
	payload: Json<Record<string, unknown>>;
	attempts: Generated<number>;
	next_attempt_at: Timestamp;
	last_error: string | null;
	processed_at: NullableTimestamp;
	created_at: CreatedAt;
}

export interface NotificationsTable {
	id: Generated<string>;
	person_id: number;
	event_id: string;
	kind: string;
	context_type: ContextType;
	context_id: number;
	read_at: NullableTimestamp;
	mailed_at: NullableTimestamp;
	created_at: CreatedAt;
}

export type EmailFrequency = 'immediately' | 'daily' | 'weekly' | 'never';

export interface NotificationSettingsTable {
	person_id: number;
	email_frequency: Enum<EmailFrequency>;
	last_digest_at: NullableTimestamp;
	updated_at: Timestamp;
}

/** One-click unsubscribe links: only a hash of each token; a fresh one for each mailing. */
export interface UnsubscribeTokensTable {
	token_hash: string;
	person_id: number;
	created_at: CreatedAt;
	expires_at: Timestamp;
}

export interface NotificationOverridesTable {
	person_id: number;
	context_type: 'group' | 'thread' | 'challenge';
	context_id: number;
	email_frequency: EmailFrequency;
}

export interface NotifyTables {
	follows: FollowsTable;
	activity_events: ActivityEventsTable;
	notifications: NotificationsTable;
	notification_settings: NotificationSettingsTable;
	notification_overrides: NotificationOverridesTable;
	unsubscribe_tokens: UnsubscribeTokensTable;
}
