/**
 * One-click unsubscribe from notification mail: behind the secret token in every notification
 * mail, no sign-in. Changes nothing but the token's person's mail setting.
 */
import { isLocale, type Locale } from '$lib/paraglide/runtime';
import { notFound, type Deps } from '../../platform/core';
import type { EmailFrequency } from '../../platform/db';
import { hashToken } from '../../platform/auth';
import { findByUnsubscribeToken, unsubscribeByToken } from './mailing.queries';

export interface UnsubscribeDetails {
	email: string;
	/** The person's language: the page speaks it whatever the address says. */
	locale: Locale;
	frequency: EmailFrequency;
}

/** A token is long and random; anything else is not worth a query. */
const TOKEN = /^[A-Za-z0-9_-]{16,100}$/;

export async function unsubscribeDetails(token: string, deps: Deps): Promise<UnsubscribeDetails> {
	if (!TOKEN.test(token)) throw notFound();
	const row = await findByUnsubscribeToken(deps.db, hashToken(token));
	if (!row) throw notFound();
	return { email: row.email, locale: isLocale(row.locale) ? row.locale : 'pl', frequency: row.email_frequency };
}

/**
 * Sets the person's notification mail to 'never' (and drops overrides that would still send
 * some). Repeating it changes nothing. Unknown token: not found.
 */
export async function unsubscribe(token: string, deps: Deps, now = new Date()): Promise<UnsubscribeDetails> {
	if (!TOKEN.test(token)) throw notFound();
	const personId = await deps.db.transaction().execute((trx) => unsubscribeByToken(trx, hashToken(token), now));
	if (personId === undefined) throw notFound();
	return unsubscribeDetails(token, deps);
}
