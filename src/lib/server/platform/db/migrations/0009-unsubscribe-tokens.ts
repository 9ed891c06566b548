import { sql, type Kysely } from 'kysely';

/**
 * Unsubscribe links stored like every other mailed secret: only a SHA-256 of the token, in a
 * table of their own, so that each notification mail can carry a fresh token (rotation) while
 * the links in mail sent earlier keep working until they expire.
 *
 * The tokens kept in plain text until now are hashed here, in SQL (Postgres's own `sha256`, no
 * pgcrypto, which PGlite lacks), to exactly what `hashToken` computes for the same string, so
 * the unsubscribe links in mail already sent go on working, for a year from now; then the
 * plain column goes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
create table unsubscribe_tokens (
	token_hash text primary key,
	person_id integer not null references people (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null
);
create index unsubscribe_tokens_person_idx on unsubscribe_tokens (person_id, expires_at);

insert into unsubscribe_tokens (token_hash, person_id, expires_at)
select encode(sha256(convert_to(unsubscribe_token, 'UTF8')), 'hex'), person_id, now() + interval '1 year'
from notification_settings;

alter table notification_settings drop column unsubscribe_token;
`.execute(db);
}
