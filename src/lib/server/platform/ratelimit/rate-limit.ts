import type { Kysely } from 'kysely';
import type { DB } from '../db';
import { rateLimited } from '../core';
import * as q from './ratelimit.queries';

/**
 * Rate limits counted in the database (rate_limit_hits), so every server process sees the same
 * counts. A limit allows `max` hits per key within a sliding window; keys are e-mail addresses,
 * IP addresses or person ids, each in its own bucket.
 */
export interface Limit {
	bucket: string;
	max: number;
	windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;

export const LIMITS = {
	loginPerAccount: { bucket: 'login_account', max: 10, windowSeconds: FIFTEEN_MINUTES },
	loginPerIp: { bucket: 'login_ip', max: 10, windowSeconds: FIFTEEN_MINUTES },
	resetPerEmail: { bucket: 'reset_email', max: 5, windowSeconds: FIFTEEN_MINUTES },
	resetPerIp: { bucket: 'reset_ip', max: 5, windowSeconds: FIFTEEN_MINUTES },
	/** Wrong current passwords typed on the account page (a borrowed session guessing). */
	passwordCheck: { bucket: 'password_check', max: 10, windowSeconds: FIFTEEN_MINUTES },
	verificationMail: { bucket: 'verification_mail', max: 5, windowSeconds: FIFTEEN_MINUTES },
	registrationPerIp: { bucket: 'registration_ip', max: 20, windowSeconds: 60 * 60 }
} satisfies Record<string, Limit>;

export interface LimitKey {
	limit: Limit;
	key: string;
}

// Keys come from the outside (typed e-mails); a bound keeps a hostile one from bloating the table.
const normaliseKey = (key: string) => key.trim().toLowerCase().slice(0, 320);

/** Throws `rate_limited` when any of the keys has used up its limit. */
export async function assertUnderLimit(db: Kysely<DB>, keys: LimitKey[]): Promise<void> {
	for (const { limit, key } of keys) {
		const counts = await q.countRecentHits(db, limit.bucket, [normaliseKey(key)], limit.windowSeconds);
		if ((counts.get(normaliseKey(key)) ?? 0) >= limit.max) throw rateLimited();
	}
}

/** Counts one attempt against each key. */
export async function recordHit(db: Kysely<DB>, keys: LimitKey[]): Promise<void> {
	if (keys.length === 0) return;
	await q.insertHits(
		db,
		keys.map(({ limit, key }) => ({ bucket: limit.bucket, key: normaliseKey(key) }))
	);
	// Pruning now and then is enough: old rows only cost space, counts ignore them anyway.
	if (Math.random() < 0.02) await q.pruneHits(db, 24 * 60 * 60);
}

/** Forgets a key's attempts, e.g. an account's failed logins after a successful one. */
export async function clearHits(db: Kysely<DB>, { limit, key }: LimitKey): Promise<void> {
	await q.deleteHits(db, limit.bucket, normaliseKey(key));
}
