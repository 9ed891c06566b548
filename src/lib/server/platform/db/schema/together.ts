/** Tables of working together: groups, discussions, challenges, proposals, moderation reports, shared documents. */
import type { ColumnType, Generated } from 'kysely';
import type { Audience } from './acting';
import type { CreatedAt, Enum, Json, NullableTimestamp, TextArray, Timestamp } from './columns';

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
	/** Counts saves of the edit form; a save based on an older one is refused (see platform/core/edit-version.ts). */
	version: Generated<number>;
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
	/** Counts saves of the edit form; a save based on an older one is refused (see platform/core/edit-version.ts). */
	version: Generated<number>;
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

/** Files of an event, a project or a group (0007-acting-together). */
export type DocumentOwnerType = 'event' | 'project' | 'group';

export interface DocumentsTable {
	id: Generated<number>;
	owner_type: DocumentOwnerType;
	owner_id: number;
	title: string;
	version: Generated<number>;
	file_name: string;
	content_type: string;
	size_bytes: number;
	storage_key: string;
	audience: ColumnType<Audience, Audience | undefined, Audience>;
	uploaded_by: number | null;
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
	reports: ReportsTable;
	documents: DocumentsTable;
}
