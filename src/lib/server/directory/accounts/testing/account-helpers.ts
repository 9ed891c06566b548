/** Small helpers for the accounts tests: reading mailed links back out of the outbox. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db';
import { findMailTo } from '../../../platform/mail/outbox.testing';

/** The newest mail to an address; fails the test if there is none. */
export async function lastMailTo(db: Kysely<DB>, to: string) {
	const [mail] = await findMailTo(db, to);
	if (!mail) throw new Error(`No mail to ${to}`);
	return mail;
}

/** The token of the link to `page` in a mail body. */
export function tokenIn(text: string, page: 'verify-email' | 'reset-password'): string {
	const match = new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
	if (!match) throw new Error(`No ${page} link in:\n${text}`);
	return match[1];
}

/** A form submission as a browser without JavaScript sends it. */
export function formRequest(fields: Record<string, string | string[]>): Request {
	const body = new URLSearchParams();
	for (const [key, value] of Object.entries(fields)) {
		for (const one of Array.isArray(value) ? value : [value]) body.append(key, one);
	}
	return new Request('http://localhost/form', { method: 'POST', body });
}
