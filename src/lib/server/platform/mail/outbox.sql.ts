/**
 * The outbox's public SQL: a domain queues mail inside the transaction of the change it tells
 * about, so nothing is sent for a change that rolled back; the mail worker sends after commit.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	html?: string;
	headers?: Record<string, string>;
}

export function insertMail(db: Kysely<DB> | Transaction<DB>, mail: OutgoingMail) {
	return db
		.insertInto('outbox')
		.values({
			to_address: mail.to,
			subject: mail.subject,
			text_body: mail.text,
			html_body: mail.html ?? null,
			headers: mail.headers ?? {}
		})
		.execute();
}
