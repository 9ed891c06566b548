import { sql, type Kysely } from 'kysely';

/**
 * Accounts, sessions, mail outbox, thematic areas, cities, organisations and network
 * membership. Plain SQL that PostgreSQL 15 (Debian) and PGlite (Postgres 17+) both accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
create table areas (
	id serial primary key,
	key text not null constraint areas_key_unique unique,
	position integer not null default 0,
	created_at timestamptz not null default now()
);
create table area_names (
	area_id integer not null references areas (id) on delete cascade,
	locale text not null,
	name text not null,
	constraint area_names_pk primary key (area_id, locale)
);

create table cities (
	id serial primary key,
	slug text not null constraint cities_slug_unique unique,
	name text not null,
	name_en text,
	country_code char(2) not null,
	region text,
	latitude double precision not null,
	longitude double precision not null,
	population integer,
	industries text[] not null default '{}',
	story text not null default '',
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index cities_country_idx on cities (country_code);

create table people (
	id serial primary key,
	handle text not null constraint people_handle_unique unique,
	name text not null,
	email text not null,
	email_verified_at timestamptz,
	password_hash text not null,
	role text not null default 'person' constraint people_role_check check (role in ('person', 'coordinator', 'admin')),
	locale text not null default 'pl',
	city_id integer references cities (id) on delete set null,
	bio text not null default '',
	languages text[] not null default '{}',
	-- who sees each profile field: {"email": "nobody", "bio": "public", ...}
	visibility jsonb not null default '{}',
	-- set when the person is an approved individual member of the network
	member_since timestamptz,
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create unique index people_email_unique on people (lower(email));
create index people_city_idx on people (city_id);

create table person_areas (
	person_id integer not null references people (id) on delete cascade,
	area_id integer not null references areas (id) on delete cascade,
	constraint person_areas_pk primary key (person_id, area_id)
);
create index person_areas_area_idx on person_areas (area_id);

create table sessions (
	-- sha-256 of the cookie token: a stolen database does not yield live sessions
	id text primary key,
	person_id integer not null references people (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null
);
create index sessions_person_idx on sessions (person_id);

create table email_tokens (
	token_hash text primary key,
	person_id integer not null references people (id) on delete cascade,
	purpose text not null constraint email_tokens_purpose_check check (purpose in ('verify_email', 'reset_password', 'change_email')),
	new_email text,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	used_at timestamptz
);
create index email_tokens_person_idx on email_tokens (person_id, purpose);

-- one row per counted attempt (failed login, reset request...), for rate limits shared by all
-- server processes
create table rate_limit_hits (
	id bigserial primary key,
	bucket text not null,
	key text not null,
	created_at timestamptz not null default now()
);
create index rate_limit_hits_lookup_idx on rate_limit_hits (bucket, key, created_at);

create table outbox (
	id bigserial primary key,
	to_address text not null,
	subject text not null,
	text_body text not null,
	html_body text,
	headers jsonb not null default '{}',
	status text not null default 'pending' constraint outbox_status_check check (status in ('pending', 'sent', 'logged', 'failed')),
	attempts integer not null default 0,
	last_error text,
	next_attempt_at timestamptz not null default now(),
	created_at timestamptz not null default now(),
	sent_at timestamptz
);
create index outbox_pending_idx on outbox (next_attempt_at) where status = 'pending';

create table organisations (
	id serial primary key,
	slug text not null constraint organisations_slug_unique unique,
	name text not null,
	type text not null constraint organisations_type_check check (type in ('local_government', 'ngo', 'public_institution', 'informal_group', 'research', 'business')),
	city_id integer not null references cities (id),
	website text,
	description text not null default '',
	-- set when the organisation's membership application is approved
	member_since timestamptz,
	is_demo boolean not null default false,
	created_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index organisations_city_idx on organisations (city_id);

create table organisation_members (
	organisation_id integer not null references organisations (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	role text not null default 'member' constraint organisation_members_role_check check (role in ('admin', 'member')),
	created_at timestamptz not null default now(),
	constraint organisation_members_pk primary key (organisation_id, person_id)
);
create index organisation_members_person_idx on organisation_members (person_id);

create table organisation_invitations (
	id serial primary key,
	organisation_id integer not null references organisations (id) on delete cascade,
	email text not null,
	role text not null default 'member' constraint organisation_invitations_role_check check (role in ('admin', 'member')),
	token_hash text not null constraint organisation_invitations_token_unique unique,
	invited_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	accepted_at timestamptz
);
create index organisation_invitations_org_idx on organisation_invitations (organisation_id);

create table membership_applications (
	id serial primary key,
	-- null for an individual applying without an organisation
	organisation_id integer references organisations (id) on delete cascade,
	applicant_id integer not null references people (id) on delete cascade,
	motivation text not null,
	contact_name text not null,
	contact_email text not null,
	offers text not null default '',
	seeks text not null default '',
	status text not null default 'pending' constraint membership_applications_status_check check (status in ('pending', 'approved', 'declined')),
	decision_message text,
	decided_by integer references people (id) on delete set null,
	decided_at timestamptz,
	created_at timestamptz not null default now()
);
create index membership_applications_status_idx on membership_applications (status, created_at);
create unique index membership_applications_one_pending_org on membership_applications (organisation_id) where status = 'pending' and organisation_id is not null;
create unique index membership_applications_one_pending_person on membership_applications (applicant_id) where status = 'pending' and organisation_id is null;

create table audit_log (
	id bigserial primary key,
	actor_id integer references people (id) on delete set null,
	action text not null,
	subject_type text not null,
	subject_id text not null,
	details jsonb not null default '{}',
	created_at timestamptz not null default now()
);
create index audit_log_subject_idx on audit_log (subject_type, subject_id);
`.execute(db);
}
