import { sql, type Kysely } from 'kysely';

/**
 * Events and registrations. Capacity is enforced by services that lock the event row
 * (SELECT ... FOR UPDATE) before counting; the waitlist order is `position`, taken from a
 * sequence so a person who cancels and comes back joins the end of the queue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
create table events (
	id serial primary key,
	slug text not null constraint events_slug_key unique,
	type text not null constraint events_type_check check (type in ('meeting', 'study_visit', 'consultation', 'workshop', 'conference')),
	host_organisation_id integer not null references organisations (id) on delete restrict,
	city_id integer references cities (id) on delete set null,
	title text not null,
	description text not null default '',
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	time_zone text not null default 'Europe/Warsaw',
	online boolean not null default false,
	place text not null default '',
	meeting_url text,
	languages text[] not null default '{}',
	capacity integer constraint events_capacity_check check (capacity is null or capacity > 0),
	registration_opens_at timestamptz,
	registration_closes_at timestamptz,
	visibility text not null default 'members' constraint events_visibility_check check (visibility in ('public', 'members')),
	created_by integer references people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint events_period_check check (ends_at >= starts_at)
)`.execute(db);
	await sql`create index events_starts_at_idx on events (starts_at)`.execute(db);
	await sql`create index events_host_idx on events (host_organisation_id)`.execute(db);
	await sql`create sequence event_registrations_position_seq`.execute(db);
	await sql`
create table event_registrations (
	id serial primary key,
	event_id integer not null references events (id) on delete cascade,
	person_id integer not null references people (id) on delete cascade,
	status text not null constraint event_registrations_status_check check (status in ('registered', 'waitlisted', 'cancelled')),
	position integer not null default nextval('event_registrations_position_seq'),
	answers jsonb not null default '{}',
	promoted_at timestamptz,
	cancelled_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint event_registrations_event_person_key unique (event_id, person_id)
)`.execute(db);
	await sql`create index event_registrations_queue_idx on event_registrations (event_id, status, position)`.execute(db);
	await sql`create index event_registrations_person_idx on event_registrations (person_id)`.execute(db);
}
