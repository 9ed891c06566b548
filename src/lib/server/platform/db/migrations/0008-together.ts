import { sql, type Kysely } from 'kysely';

/**
 * Looking for solutions together: working groups, discussions, challenges, proposals,
 * notifications produced from activity events, and moderation.
 *
 * Activity is written as `activity_events` in the same transaction as the change; a worker
 * claims them (FOR UPDATE SKIP LOCKED), fans them out to `notifications` for the people who
 * follow the context, and mail goes through the outbox immediately or in digests.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
create table groups (
	id serial primary key,
	slug text not null constraint groups_slug_key unique,
	name text not null,
	description text not null default '',
	-- open: any network member joins; closed: join on request; secret: invisible, invitation only
	kind text not null default 'open' constraint groups_kind_check check (kind in ('open', 'closed', 'secret')),
	created_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table group_areas (
	group_id integer not null references groups (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint group_areas_pk primary key (group_id, area_id)
);

create table group_members (
	group_id integer not null references groups (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	role text not null default 'member' constraint group_members_role_check check (role in ('coordinator', 'member')),
	-- requested: asked to join a closed group; invited: asked by a group coordinator
	status text not null default 'active' constraint group_members_status_check check (status in ('active', 'requested', 'invited')),
	message text not null default '',
	invited_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	decided_at timestamptz,
	constraint group_members_pk primary key (group_id, person_id)
);
create index group_members_person_idx on group_members (person_id, status);

create table threads (
	id serial primary key,
	slug text not null constraint threads_slug_key unique,
	-- null: the network's general discussions
	group_id integer references groups (id) on delete cascade,
	title text not null,
	author_id integer references people (id) on delete set null,
	-- posts in the thread, the opening post included; the next post takes number post_count + 1
	post_count integer not null default 0,
	last_post_at timestamptz not null default now(),
	locked boolean not null default false,
	hidden_at timestamptz,
	hidden_reason text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index threads_group_recent_idx on threads (group_id, last_post_at desc);
create index threads_recent_idx on threads (last_post_at desc);

-- number 1 is the opening post; pages are ranges of numbers, so page 100 of 5,000 replies is
-- an index range scan, and a reply's address never changes
create table posts (
	id serial primary key,
	thread_id integer not null references threads (id) on delete cascade,
	number integer not null,
	author_id integer references people (id) on delete set null,
	body text not null,
	edited_at timestamptz,
	-- deleted by its author: the text is replaced by a note, the place in the thread kept
	deleted_at timestamptz,
	-- hidden by moderators: the author sees why, others a note
	hidden_at timestamptz,
	hidden_reason text,
	created_at timestamptz not null default now(),
	constraint posts_thread_number_key unique (thread_id, number)
);
create index posts_author_idx on posts (author_id, created_at desc);

create table challenges (
	id serial primary key,
	slug text not null constraint challenges_slug_key unique,
	title text not null,
	description text not null,
	city_id integer not null references cities (id),
	organisation_id integer references organisations (id) on delete set null,
	tried text not null default '',
	help_wanted text[] not null default '{}' constraint challenges_help_check check (help_wanted <@ array['experience', 'data', 'partner', 'expert']::text[]),
	status text not null default 'open' constraint challenges_status_check check (status in ('open', 'solved')),
	visibility text not null default 'public' constraint challenges_visibility_check check (visibility in ('public', 'members')),
	author_id integer references people (id) on delete set null,
	solved_at timestamptz,
	hidden_at timestamptz,
	hidden_reason text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index challenges_city_idx on challenges (city_id);
create index challenges_recent_idx on challenges (status, created_at desc);

create table challenge_areas (
	challenge_id integer not null references challenges (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint challenge_areas_pk primary key (challenge_id, area_id)
);
create index challenge_areas_area_idx on challenge_areas (area_id);

-- "we face this too": the city joins the challenge (and its map)
create table challenge_cities (
	challenge_id integer not null references challenges (id) on delete cascade,
	city_id integer not null references cities (id) on delete cascade,
	person_id integer references people (id) on delete set null,
	note text not null default '',
	created_at timestamptz not null default now(),
	constraint challenge_cities_pk primary key (challenge_id, city_id)
);

create table challenge_answers (
	id serial primary key,
	challenge_id integer not null references challenges (id) on delete cascade,
	author_id integer references people (id) on delete set null,
	body text not null,
	-- a practice from the knowledge base offered as the answer
	practice_id integer references practices (id) on delete set null,
	helpful boolean not null default false,
	edited_at timestamptz,
	deleted_at timestamptz,
	hidden_at timestamptz,
	hidden_reason text,
	created_at timestamptz not null default now()
);
create index challenge_answers_challenge_idx on challenge_answers (challenge_id, created_at);

create table proposals (
	id serial primary key,
	slug text not null constraint proposals_slug_key unique,
	group_id integer not null references groups (id) on delete cascade,
	title text not null,
	body text not null default '',
	-- consent: agree / abstain / disagree / block; poll: options, one or more votes
	kind text not null constraint proposals_kind_check check (kind in ('consent', 'poll')),
	options jsonb not null default '[]',
	max_choices integer not null default 1 constraint proposals_max_choices_check check (max_choices >= 1),
	results_visible text not null default 'always' constraint proposals_results_check check (results_visible in ('always', 'after_vote', 'after_close')),
	closes_at timestamptz not null,
	closed_at timestamptz,
	outcome text not null default '',
	created_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index proposals_group_idx on proposals (group_id, closes_at desc);

create table proposal_votes (
	proposal_id integer not null references proposals (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	-- consent proposals
	position text constraint proposal_votes_position_check check (position in ('agree', 'abstain', 'disagree', 'block')),
	-- polls: indexes into proposals.options
	choices integer[] not null default '{}',
	reason text not null default '',
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint proposal_votes_pk primary key (proposal_id, person_id)
);

create table activity_events (
	id bigserial primary key,
	-- reply_posted, thread_started, challenge_posted, challenge_answered, challenge_solved,
	-- proposal_opened, proposal_closed, group_joined, mentioned, ...
	kind text not null,
	actor_id integer references people (id) on delete set null,
	-- what happened (a post, an answer, a proposal)
	subject_type text not null,
	subject_id integer not null,
	-- what people follow, and what notifications group by (a thread, a challenge, a group)
	context_type text not null,
	context_id integer not null,
	-- people named in the change (mentions), as ids
	mentioned integer[] not null default '{}',
	payload jsonb not null default '{}',
	attempts integer not null default 0,
	next_attempt_at timestamptz not null default now(),
	last_error text,
	processed_at timestamptz,
	created_at timestamptz not null default now()
);
create index activity_events_pending_idx on activity_events (next_attempt_at) where processed_at is null;

create table notifications (
	id bigserial primary key,
	person_id integer not null references people (id) on delete cascade,
	event_id bigint not null references activity_events (id) on delete cascade,
	kind text not null,
	context_type text not null,
	context_id integer not null,
	read_at timestamptz,
	-- queued by mail, alone (immediately) or in a digest; or skipped (never, already read)
	mailed_at timestamptz,
	created_at timestamptz not null default now(),
	constraint notifications_person_event_key unique (person_id, event_id)
);
create index notifications_person_idx on notifications (person_id, read_at, created_at desc);
create index notifications_unmailed_idx on notifications (person_id, created_at) where mailed_at is null;

create table notification_settings (
	person_id integer primary key references people (id) on delete cascade,
	email_frequency text not null default 'weekly' constraint notification_settings_frequency_check check (email_frequency in ('immediately', 'daily', 'weekly', 'never')),
	-- in every mail's one-click unsubscribe link: changes nothing but this person's mail setting
	unsubscribe_token text not null constraint notification_settings_token_key unique,
	last_digest_at timestamptz,
	updated_at timestamptz not null default now()
);

create table notification_overrides (
	person_id integer not null references people (id) on delete cascade,
	context_type text not null constraint notification_overrides_context_check check (context_type in ('group', 'thread', 'challenge')),
	context_id integer not null,
	email_frequency text not null constraint notification_overrides_frequency_check check (email_frequency in ('immediately', 'daily', 'weekly', 'never')),
	constraint notification_overrides_pk primary key (person_id, context_type, context_id)
);

create table reports (
	id serial primary key,
	reporter_id integer references people (id) on delete set null,
	target_type text not null constraint reports_target_type_check check (target_type in ('post', 'answer', 'challenge', 'thread', 'profile')),
	target_id integer not null,
	reason text not null,
	status text not null default 'open' constraint reports_status_check check (status in ('open', 'hidden', 'dismissed', 'restored')),
	decided_by integer references people (id) on delete set null,
	decided_at timestamptz,
	decision_note text not null default '',
	created_at timestamptz not null default now()
);
create index reports_open_idx on reports (status, created_at);
create index reports_target_idx on reports (target_type, target_id);

-- a profile hidden by moderators
alter table people add column hidden_at timestamptz, add column hidden_reason text;

alter table follows drop constraint follows_target_type_check;
alter table follows add constraint follows_target_type_check check (target_type in ('call', 'event', 'project', 'practice', 'city', 'area', 'person', 'organisation', 'challenge', 'thread', 'group', 'proposal'));

alter table documents drop constraint documents_owner_type_check;
alter table documents add constraint documents_owner_type_check check (owner_type in ('event', 'project', 'group'));

alter table search_documents drop constraint search_documents_type_check;
alter table search_documents add constraint search_documents_type_check check (type in ('practice', 'organisation', 'person', 'city', 'event', 'call', 'project', 'challenge'));
`.execute(db);
}
