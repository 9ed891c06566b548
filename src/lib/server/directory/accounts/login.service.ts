import { AppError, validate, type Deps } from '../../platform/core';
import { endSession, startSession, verifyAgainstDecoy, verifyPassword, type MaybeActor } from '../../platform/auth';
import { clearHits, LIMITS, refundHits, takeHits, type LimitKey } from '../../platform/ratelimit';
import { loginSchema, type SessionGrant } from './accounts.schemas';
import * as q from './accounts.queries';

export interface RequestContext {
	/** The client's address, for per-IP rate limits. */
	ip: string;
}

/** The three counts a login attempt is held to (see `LIMITS`). */
function loginKeys(email: string, ip: string) {
	return {
		pair: { limit: LIMITS.loginPerAccountAndIp, key: `${email}/${ip}` },
		ip: { limit: LIMITS.loginPerIp, key: ip },
		account: { limit: LIMITS.loginPerAccount, key: email }
	} satisfies Record<string, LimitKey>;
}

/**
 * Forgets an account's failed logins from every address, e.g. once its owner proved who they
 * are with a reset link: the guesses of a stranger must not keep the owner out afterwards.
 */
export async function forgetFailedLogins(db: Deps['db'], email: string): Promise<void> {
	const keys = loginKeys(email, '');
	await clearHits(db, keys.account);
	await clearHits(db, keys.pair, { prefix: true });
}

/**
 * Logs a person in with e-mail and password and starts a NEW session (never reuses one).
 * A wrong address and a wrong password get the same answer, in about the same time.
 *
 * Every attempt is counted before the password is checked, atomically, so parallel guesses
 * cannot slip past the limit. Refused with `rate_limited`, even with the right password,
 * beyond 10 attempts in 15 minutes for one account from one address, 50 from one address, or
 * 100 in an hour for one account from all addresses. A successful login gives its own hits
 * back and clears its account's count from its address; a stranger elsewhere cannot use up
 * the owner's own address, and a reset link always lets the owner in.
 */
export async function logIn(
	_actor: MaybeActor,
	input: unknown,
	deps: Deps,
	context: RequestContext
): Promise<{ session: SessionGrant; locale: string }> {
	const { email, password } = validate(loginSchema, input);
	const keys = loginKeys(email, context.ip);
	const ticket = await takeHits(deps.db, [keys.pair, keys.ip, keys.account]);

	const person = await q.findCredentialsByEmail(deps.db, email);
	const ok = person ? await verifyPassword(person.password_hash, password) : await verifyAgainstDecoy(password);
	if (!person || !ok) throw new AppError('unauthenticated', 'auth_login_failed');
	// The owner's own failures from this address are forgotten; the count per address is
	// not, or one known password would let a guesser go on with other accounts.
	await clearHits(deps.db, keys.pair);
	await refundHits(deps.db, ticket, [LIMITS.loginPerIp, LIMITS.loginPerAccount]);
	const session = await startSession(deps.db, person.id);
	return { session, locale: person.locale };
}

/** Ends the session behind this cookie token; harmless without one. */
export async function logOut(_actor: MaybeActor, input: { token: string | undefined }, deps: Deps): Promise<void> {
	await endSession(deps.db, input.token);
}
