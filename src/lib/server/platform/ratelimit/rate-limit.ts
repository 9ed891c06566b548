import type { Kysely } from 'kysely';
import type { DB } from '../db';
import { AppError } from '../core';
import * as q from './ratelimit.queries';

/**
 * Rate limits counted in the database (rate_limit_hits), so every server process sees the same
 * counts. A limit allows `max` hits per key within a sliding window; keys are e-mail addresses,
 * IP addresses, person ids or pairs of them, each in its own bucket.
 */
export interface Limit {
	bucket: string;
	max: number;
	windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;
const HOUR = 60 * 60;
const DAY = 24 * HOUR;

export const LIMITS = {
	/**
	 * Failed logins are counted three ways, so that a stranger cannot cheaply lock the owner
	 * out: per account AND address (the owner's own address stays open when someone else
	 * guesses), per address (a guesser trying many accounts; generous, as a city hall's staff
	 * share one address), and per account from all addresses (a guesser with many addresses).
	 */
	loginPerAccountAndIp: { bucket: 'login_pair', max: 10, windowSeconds: FIFTEEN_MINUTES },
	loginPerIp: { bucket: 'login_ip', max: 50, windowSeconds: FIFTEEN_MINUTES },
	loginPerAccount: { bucket: 'login_account', max: 100, windowSeconds: HOUR },
	resetPerEmail: { bucket: 'reset_email', max: 5, windowSeconds: FIFTEEN_MINUTES },
	resetPerIp: { bucket: 'reset_ip', max: 5, windowSeconds: FIFTEEN_MINUTES },
	/** Wrong current passwords typed on the account page (a borrowed session guessing). */
	passwordCheck: { bucket: 'password_check', max: 10, windowSeconds: FIFTEEN_MINUTES },
	verificationMail: { bucket: 'verification_mail', max: 5, windowSeconds: FIFTEEN_MINUTES },
	registrationPerIp: { bucket: 'registration_ip', max: 20, windowSeconds: HOUR },
	/** Mail to an address the person has not proved they read: a change of e-mail address. */
	emailChangePerPerson: { bucket: 'email_change', max: 3, windowSeconds: DAY },
	/** Organisation invitations go to any address: per inviting person and per invited address. */
	invitationsPerPerson: { bucket: 'invite_person', max: 20, windowSeconds: DAY },
	invitationsPerAddress: { bucket: 'invite_address', max: 3, windowSeconds: 7 * DAY }
} satisfies Record<string, Limit>;

export interface LimitKey {
	limit: Limit;
	key: string;
	/** The message shown when this key is used up; the general "too many attempts" by default. */
	messageKey?: string;
}

/** The hits one `takeHits` recorded, to give back when the attempt turned out fine. */
export interface HitTicket {
	ids: string[];
	keys: LimitKey[];
}

// Keys come from the outside (typed e-mails); a bound keeps a hostile one from bloating the table.
const normaliseKey = (key: string) => key.trim().toLowerCase().slice(0, 320);

const refusal = (key: LimitKey) => new AppError('rate_limited', key.messageKey ?? 'error_rate_limited');

/**
 * Counts one attempt against each key, atomically, BEFORE the caller does the work the limit
 * protects: either every key was under its limit and one hit is recorded against each, or
 * `rate_limited` is thrown and nothing is recorded (a refused attempt costs the keys nothing,
 * so a guesser who is stopped for one key does not use up another one, e.g. the owner's).
 *
 * Concurrent attempts on one key are serialised by a transaction-scoped advisory lock per
 * key, taken in a fixed order, so that twenty parallel requests cannot all see "9 so far".
 * Inside a caller's transaction the locks and hits last until it ends (and vanish with it if
 * it rolls back: work that did not happen is not counted).
 */
export async function takeHits(db: Kysely<DB>, keys: LimitKey[]): Promise<HitTicket> {
	if (keys.length === 0) return { ids: [], keys };
	const normalised = keys
		.map((k) => ({ ...k, key: normaliseKey(k.key) }))
		.sort((a, b) => (a.limit.bucket + '\n' + a.key < b.limit.bucket + '\n' + b.key ? -1 : 1));
	const take = async (trx: Kysely<DB>) => {
		for (const k of normalised) await q.lockKey(trx, k.limit.bucket, k.key);
		for (const k of normalised) {
			const counts = await q.countRecentHits(trx, k.limit.bucket, [k.key], k.limit.windowSeconds);
			if ((counts.get(k.key) ?? 0) >= k.limit.max) throw refusal(k);
		}
		return q.insertHits(
			trx,
			normalised.map((k) => ({ bucket: k.limit.bucket, key: k.key }))
		);
	};
	const rows = db.isTransaction ? await take(db) : await db.transaction().execute(take);
	// Pruning now and then is enough: old rows only cost space, counts ignore them anyway.
	if (Math.random() < 0.02) await q.pruneHits(db, 8 * DAY);
	return { ids: rows.map((row) => row.id), keys: normalised };
}

/**
 * Gives back the hits of a ticket for the given limits, e.g. a successful login's hits against
 * its address and account: only failures should add up to a lock.
 */
export async function refundHits(db: Kysely<DB>, ticket: HitTicket, limits: Limit[]): Promise<void> {
	const buckets = new Set(limits.map((limit) => limit.bucket));
	const ids = ticket.ids.filter((_, i) => buckets.has(ticket.keys[i].limit.bucket));
	if (ids.length > 0) await q.deleteHitsById(db, ids);
}

/** Throws `rate_limited` when any of the keys has used up its limit (a check that records nothing). */
export async function assertUnderLimit(db: Kysely<DB>, keys: LimitKey[]): Promise<void> {
	for (const k of keys) {
		const key = normaliseKey(k.key);
		const counts = await q.countRecentHits(db, k.limit.bucket, [key], k.limit.windowSeconds);
		if ((counts.get(key) ?? 0) >= k.limit.max) throw refusal(k);
	}
}

/**
 * Counts one attempt against each key without checking. Checking first and recording later can
 * be raced by parallel requests: to guard work, use `takeHits`.
 */
export async function recordHit(db: Kysely<DB>, keys: LimitKey[]): Promise<void> {
	if (keys.length === 0) return;
	await q.insertHits(
		db,
		keys.map(({ limit, key }) => ({ bucket: limit.bucket, key: normaliseKey(key) }))
	);
}

/**
 * Forgets a key's attempts, e.g. an account's failed logins after its password was reset. With
 * `prefix`, every key that starts with it (all pairs of one account).
 */
export async function clearHits(db: Kysely<DB>, { limit, key }: LimitKey, options: { prefix?: boolean } = {}): Promise<void> {
	if (options.prefix) await q.deleteHitsByPrefix(db, limit.bucket, normaliseKey(key));
	else await q.deleteHits(db, limit.bucket, normaliseKey(key));
}
