import { sql, type Kysely } from 'kysely';

/**
 * Acting together: what events need around registration (agenda, questions, attendance,
 * after-event notes, calendar feeds, reminders), study visits, online consultations, funding
 * calls with partner search, joint projects, files owned by any of them, and follows.
 *
 * A study visit and a consultation are events too (type `study_visit` / `consultation`): the
 * calendar, `.ics`, reminders and the participant list work the same for every type; the
 * extra tables hold what only they have.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
-- a consultation asked by a person without an organisation has no host organisation
alter table events alter column host_organisation_id drop not null;
alter table events
	add column agenda jsonb not null default '[]',
	add column questions text[] not null default '{}',
	add column free_question text not null default '',
	add column notes text not null default '',
	add column cancelled_at timestamptz,
	add constraint events_questions_check check (questions <@ array['diet', 'accessibility', 'free']::text[]);
create index events_city_idx on events (city_id);

create table event_areas (
	event_id integer not null references events (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint event_areas_pk primary key (event_id, area_id)
);
create index event_areas_area_idx on event_areas (area_id);

-- practices shown at the event (for a study visit: what can be seen)
create table event_practices (
	event_id integer not null references events (id) on delete cascade,
	practice_id integer not null references practices (id) on delete cascade,
	constraint event_practices_pk primary key (event_id, practice_id)
);
create index event_practices_practice_idx on event_practices (practice_id);

alter table event_registrations
	add column attended boolean,
	add column reminded_at timestamptz;

-- what organisers sent to all participants
create table event_messages (
	id serial primary key,
	event_id integer not null references events (id) on delete cascade,
	sender_id integer references people (id) on delete set null,
	subject text not null,
	body text not null,
	recipients integer not null,
	created_at timestamptz not null default now()
);
create index event_messages_event_idx on event_messages (event_id);

-- the secret address of a person's calendar feed; revoking deletes the row
create table calendar_feeds (
	person_id integer primary key references people (id) on delete cascade,
	token_hash text not null constraint calendar_feeds_token_key unique,
	created_at timestamptz not null default now()
);

-- study visits: the event row holds dates, place, capacity; this row what only visits have
create table study_visits (
	event_id integer primary key references events (id) on delete cascade,
	sites text not null default '',
	costs text not null default '',
	costs_paid_by text not null default 'visitors' constraint study_visits_paid_by_check check (costs_paid_by in ('host', 'visitors', 'shared', 'programme')),
	applications_close_at timestamptz
);

create table study_visit_applications (
	id serial primary key,
	event_id integer not null references study_visits (event_id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	organisation_id integer references organisations (id) on delete set null,
	motivation text not null,
	status text not null default 'pending' constraint study_visit_applications_status_check check (status in ('pending', 'accepted', 'declined', 'withdrawn')),
	decision_message text not null default '',
	decided_by integer references people (id) on delete set null,
	decided_at timestamptz,
	created_at timestamptz not null default now(),
	constraint study_visit_applications_key unique (event_id, person_id)
);

-- "what we take home": filed by participants after the visit
create table study_visit_takeaways (
	id serial primary key,
	event_id integer not null references study_visits (event_id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	note text not null,
	practice_id integer references practices (id) on delete set null,
	transfer_id integer references transfers (id) on delete set null,
	created_at timestamptz not null default now(),
	constraint study_visit_takeaways_key unique (event_id, person_id)
);

create table consultations (
	id serial primary key,
	slug text not null constraint consultations_slug_key unique,
	asker_id integer not null references people (id) on delete cascade,
	organisation_id integer references organisations (id) on delete set null,
	city_id integer references cities (id) on delete set null,
	title text not null,
	problem text not null,
	-- the challenge this consultation is about, once challenges exist (issue 4)
	challenge_id integer,
	status text not null default 'open' constraint consultations_status_check check (status in ('open', 'scheduled', 'done', 'withdrawn')),
	event_id integer references events (id) on delete set null,
	outcome text not null default '',
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index consultations_status_idx on consultations (status, created_at desc);

create table consultation_areas (
	consultation_id integer not null references consultations (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint consultation_areas_pk primary key (consultation_id, area_id)
);

create table consultation_offers (
	consultation_id integer not null references consultations (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	message text not null default '',
	picked boolean not null default false,
	created_at timestamptz not null default now(),
	constraint consultation_offers_pk primary key (consultation_id, person_id)
);

create table funding_calls (
	id serial primary key,
	slug text not null constraint funding_calls_slug_key unique,
	title text not null,
	funder text not null,
	programme text not null default '',
	url text,
	deadline timestamptz not null,
	time_zone text not null default 'Europe/Brussels',
	budget text not null default '',
	eligibility text not null default '',
	description text not null default '',
	countries text[] not null default '{}',
	-- added by members, checked by coordinators: only checked calls are listed for everyone
	status text not null default 'pending' constraint funding_calls_status_check check (status in ('pending', 'checked', 'rejected')),
	checked_by integer references people (id) on delete set null,
	checked_at timestamptz,
	reminded_14_at timestamptz,
	reminded_3_at timestamptz,
	created_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index funding_calls_deadline_idx on funding_calls (status, deadline);

create table funding_call_areas (
	call_id integer not null references funding_calls (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint funding_call_areas_pk primary key (call_id, area_id)
);

create table projects (
	id serial primary key,
	slug text not null constraint projects_slug_key unique,
	title text not null,
	summary text not null default '',
	status text not null default 'idea' constraint projects_status_check check (status in ('idea', 'forming', 'submitted', 'funded', 'not_funded', 'running', 'completed')),
	call_id integer references funding_calls (id) on delete set null,
	-- whole euros; null when not known
	budget_eur bigint constraint projects_budget_check check (budget_eur is null or budget_eur >= 0),
	starts_on date,
	ends_on date,
	visibility text not null default 'members' constraint projects_visibility_check check (visibility in ('public', 'members')),
	created_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint projects_period_check check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

create table project_partners (
	project_id integer not null references projects (id) on delete cascade,
	organisation_id integer not null references organisations (id) on delete cascade,
	role text not null default 'partner' constraint project_partners_role_check check (role in ('lead', 'partner', 'associated')),
	created_at timestamptz not null default now(),
	constraint project_partners_pk primary key (project_id, organisation_id)
);
create index project_partners_organisation_idx on project_partners (organisation_id);

create table project_areas (
	project_id integer not null references projects (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint project_areas_pk primary key (project_id, area_id)
);

create table project_updates (
	id serial primary key,
	project_id integer not null references projects (id) on delete cascade,
	author_id integer references people (id) on delete set null,
	body text not null,
	-- partners: people of partner organisations only; members: every network member
	audience text not null default 'partners' constraint project_updates_audience_check check (audience in ('partners', 'members')),
	created_at timestamptz not null default now()
);
create index project_updates_project_idx on project_updates (project_id, created_at desc);

create table partner_searches (
	id serial primary key,
	slug text not null constraint partner_searches_slug_key unique,
	call_id integer references funding_calls (id) on delete set null,
	organisation_id integer not null references organisations (id) on delete cascade,
	person_id integer references people (id) on delete set null,
	title text not null,
	idea text not null,
	roles_sought text not null default '',
	organisation_types text[] not null default '{}',
	countries text[] not null default '{}',
	status text not null default 'open' constraint partner_searches_status_check check (status in ('open', 'complete', 'closed')),
	project_id integer references projects (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index partner_searches_call_idx on partner_searches (call_id);

create table partner_interests (
	id serial primary key,
	search_id integer not null references partner_searches (id) on delete cascade,
	organisation_id integer not null references organisations (id) on delete cascade,
	person_id integer references people (id) on delete set null,
	message text not null,
	status text not null default 'pending' constraint partner_interests_status_check check (status in ('pending', 'accepted', 'declined')),
	role text not null default 'partner' constraint partner_interests_role_check check (role in ('partner', 'associated')),
	created_at timestamptz not null default now(),
	decided_at timestamptz,
	constraint partner_interests_key unique (search_id, organisation_id)
);

-- files owned by an event (materials) or a project (documents), with versions: a new upload
-- under the same name in the same place is the next version of that document
create table documents (
	id serial primary key,
	owner_type text not null constraint documents_owner_type_check check (owner_type in ('event', 'project')),
	owner_id integer not null,
	title text not null,
	version integer not null default 1,
	file_name text not null,
	content_type text not null,
	size_bytes integer not null,
	storage_key text not null constraint documents_storage_key unique,
	-- project documents: partners only, or every member; event materials follow the event
	audience text not null default 'members' constraint documents_audience_check check (audience in ('partners', 'members')),
	uploaded_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	constraint documents_version_key unique (owner_type, owner_id, title, version)
);
create index documents_owner_idx on documents (owner_type, owner_id);

-- who follows what; reminders and notifications go to followers
create table follows (
	person_id integer not null references people (id) on delete cascade,
	target_type text not null constraint follows_target_type_check check (target_type in ('call', 'event', 'project', 'practice', 'city', 'area', 'person', 'organisation')),
	target_id integer not null,
	created_at timestamptz not null default now(),
	constraint follows_pk primary key (person_id, target_type, target_id)
);
create index follows_target_idx on follows (target_type, target_id);

alter table search_documents drop constraint search_documents_type_check;
alter table search_documents add constraint search_documents_type_check check (type in ('practice', 'organisation', 'person', 'city', 'event', 'call', 'project'));
`.execute(db);
}
