import type { Kysely } from 'kysely';
import type { DB } from '../db';
import type { Actor } from './actor';
import { toActor } from './actor.sql';
import { hashToken, newToken } from './tokens';
import * as q from './sessions.queries';

export const SESSION_COOKIE = 'hf_session';
const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** Starts a new session (a new id at every login) and returns the cookie token. */
export async function startSession(db: Kysely<DB>, personId: number): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY);
	await q.insertSession(db, hashToken(token), personId, expiresAt);
	return { token, expiresAt };
}

/**
 * The actor for a cookie token, or null. Sliding expiry, written at most once a day;
 * `onExtend` lets the caller renew the cookie to match.
 */
export async function resolveSession(
	db: Kysely<DB>,
	token: string | undefined,
	onExtend?: (expiresAt: Date) => void
): Promise<Actor | null> {
	if (!token) return null;
	const id = hashToken(token);
	const row = await q.findSessionPerson(db, id);
	if (!row) return null;
	if (row.expires_at.getTime() - Date.now() < (SESSION_DAYS - 1) * DAY) {
		const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY);
		await q.extendSession(db, id, expiresAt);
		onExtend?.(expiresAt);
	}
	return toActor(row);
}

export async function endSession(db: Kysely<DB>, token: string | undefined): Promise<void> {
	if (token) await q.deleteSession(db, hashToken(token));
}

/** Ends every session of a person, except the one given (the one changing the password). */
export async function endOtherSessions(db: Kysely<DB>, personId: number, keepToken?: string): Promise<void> {
	await q.deletePersonSessions(db, personId, keepToken ? hashToken(keepToken) : undefined);
}
