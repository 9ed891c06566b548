import { sql, type Kysely } from 'kysely';

/** Attachments get an optional description (what the document is), besides images' alt text. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`alter table practice_attachments add column description text not null default ''`.execute(db);
}
