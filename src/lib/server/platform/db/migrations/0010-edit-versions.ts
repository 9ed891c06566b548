import { sql, type Kysely } from 'kysely';

/**
 * Edits that never overwrite each other: a version counter on each thing people edit together
 * through a form (practices already count their revisions). An edit form carries the version it
 * was based on; a save checks it under the row's lock and bumps it, so a save based on an older
 * version is refused instead of silently undoing someone else's change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
alter table events add column version integer not null default 1;
alter table projects add column version integer not null default 1;
alter table organisations add column version integer not null default 1;
alter table groups add column version integer not null default 1;
alter table funding_calls add column version integer not null default 1;
alter table challenges add column version integer not null default 1;
alter table cities add column version integer not null default 1;
`.execute(db);
}
