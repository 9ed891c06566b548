/** Tables of 0008-together: groups, discussions, challenges, proposals, notifications, moderation. */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, NullableTimestamp, TextArray, Timestamp } from './schema';

type Enum<T extends string> = ColumnType<T, T | undefined, T>;

export type GroupKind = 'open' | 'closed' | 'secret';
export type GroupRole = 'coordinator' | 'member';
export type GroupMemberStatus = 'active' | 'requested' | 'invited';

export interface GroupsTable {
	id: Generated<number>;
	slug: string;
	name: string;
	description: Generated<string>;
	kind: Enum<GroupKind>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface GroupAreasTable {
	group_id: number;
	area_id: number;
}

export interface GroupMembersTable {
	group_id: number;
	person_id: number;
	role: Enum<GroupRole>;
	status: Enum<GroupMemberStatus>;
	message: Generated<string>;
	invited_by: number | null;
	created_at: CreatedAt;
	decided_at: NullableTimestamp;
}

/** What moderators set on hidden content (posts, answers, challenges, threads, profiles). */
interface Hideable {
	hidden_at: NullableTimestamp;
	hidden_reason: string | null;
}

export interface ThreadsTable extends Hideable {
	id: Generated<number>;
	slug: string;
	group_id: number | null;
	title: string;
	author_id: number | null;
	post_count: Generated<number>;
	last_post_at: Timestamp;
	locked: Generated<boolean>;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface PostsTable extends Hideable {
	id: Generated<number>;
	thread_id: number;
	/** 1 is the opening post; numbers never change, so pages and links to a reply are stable. */
	number: number;
	author_id: number | null;
	body: string;
	edited_at: NullableTimestamp;
	deleted_at: NullableTimestamp;
	created_at: CreatedAt;
}

export type HelpKind = 'experience' | 'data' | 'partner' | 'expert';

export interface ChallengesTable extends Hideable {
	id: Generated<number>;
	slug: string;
	title: string;
	description: string;
	city_id: number;
	organisation_id: number | null;
	tried: Generated<string>;
	help_wanted: TextArray;
	status: Enum<'open' | 'solved'>;
	visibility: Enum<'public' | 'members'>;
	author_id: number | null;
	solved_at: NullableTimestamp;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface ChallengeAreasTable {
	challenge_id: number;
	area_id: number;
}

export interface ChallengeCitiesTable {
	challenge_id: number;
	city_id: number;
	person_id: number | null;
	note: Generated<string>;
	created_at: CreatedAt;
}

export interface ChallengeAnswersTable extends Hideable {
	id: Generated<number>;
	challenge_id: number;
	author_id: number | null;
	body: string;
	practice_id: number | null;
	helpful: Generated<boolean>;
	edited_at: NullableTimestamp;
	deleted_at: NullableTimestamp;
	created_at: CreatedAt;
}

export type ProposalKind = 'consent' | 'poll';
export type ConsentPosition = 'agree' | 'abstain' | 'disagree' | 'block';
export type ResultsVisible = 'always' | 'after_vote' | 'after_close';

export interface ProposalsTable {
	id: Generated<number>;
	slug: string;
	group_id: number;
	title: string;
	body: Generated<string>;
	kind: ProposalKind;
	/** Poll choices, in order; empty for consent proposals. Pass JSON.stringify(...) when writing. */
	options: Json<string[]>;
	max_choices: Generated<number>;
	results_visible: Enum<ResultsVisible>;
	closes_at: Timestamp;
	closed_at: NullableTimestamp;
	outcome: Generated<string>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface ProposalVotesTable {
	proposal_id: number;
	person_id: number;
	position: ConsentPosition | null;
	choices: ColumnType<number[], number[] | undefined, number[]>;
	reason: Generated<string>;
	created_at: CreatedAt;
	updated_at: Timestamp;
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
	unsubscribe_token: string;
	last_digest_at: NullableTimestamp;
	updated_at: Timestamp;
}

export interface NotificationOverridesTable {
	person_id: number;
	context_type: 'group' | 'thread' | 'challenge';
	context_id: number;
	email_frequency: EmailFrequency;
}

export type ReportTarget = 'post' | 'answer' | 'challenge' | 'thread' | 'profile';
export type ReportStatus = 'open' | 'hidden' | 'dismissed' | 'restored';

export interface ReportsTable {
	id: Generated<number>;
	reporter_id: number | null;
	target_type: ReportTarget;
	target_id: number;
	reason: string;
	status: Enum<ReportStatus>;
	decided_by: number | null;
	decided_at: NullableTimestamp;
	decision_note: Generated<string>;
	created_at: CreatedAt;
}

export interface TogetherTables {
	groups: GroupsTable;
	group_areas: GroupAreasTable;
	group_members: GroupMembersTable;
	threads: ThreadsTable;
	posts: PostsTable;
	challenges: ChallengesTable;
	challenge_areas: ChallengeAreasTable;
	challenge_cities: ChallengeCitiesTable;
	challenge_answers: ChallengeAnswersTable;
	proposals: ProposalsTable;
	proposal_votes: ProposalVotesTable;
	activity_events: ActivityEventsTable;
	notifications: NotificationsTable;
	notification_settings: NotificationSettingsTable;
	notification_overrides: NotificationOverridesTable;
	reports: ReportsTable;
}
