import { AppError, validate, type Deps } from '../../platform/core';
import { endSession, startSession, verifyAgainstDecoy, verifyPassword, type MaybeActor } from '../../platform/auth';
import { assertUnderLimit, clearHits, LIMITS, recordHit } from '../../platform/ratelimit';
import { loginSchema, type SessionGrant } from './accounts.schemas';
import * as q from './accounts.queries';

export interface RequestContext {
	/** The client's address, for per-IP rate limits. */
	ip: string;
}

/**
 * Logs a person in with e-mail and password and starts a NEW session (never reuses one).
 * A wrong address and a wrong password get the same answer, in about the same time. After
 * 10 failures within 15 minutes for one account or from one IP address, further attempts are
 * refused with `rate_limited`, even with the right password.
 */
export async function logIn(
	_actor: MaybeActor,
	input: unknown,
	deps: Deps,
	context: RequestContext
): Promise<{ session: SessionGrant; locale: string }> {
	const { email, password } = validate(loginSchema, input);
	const account = { limit: LIMITS.loginPerAccount, key: email };
	const ip = { limit: LIMITS.loginPerIp, key: context.ip };
	await assertUnderLimit(deps.db, [account, ip]);

	const person = await q.findCredentialsByEmail(deps.db, email);
	const ok = person ? await verifyPassword(person.password_hash, password) : await verifyAgainstDecoy(password);
	if (!person || !ok) {
		await recordHit(deps.db, [account, ip]);
		throw new AppError('unauthenticated', 'auth_login_failed');
	}
	// The account's count starts again; the address's does not, or one known password would
	// let a guesser go on with other accounts.
	await clearHits(deps.db, account);
	const session = await startSession(deps.db, person.id);
	return { session, locale: person.locale };
}

/** Ends the session behind this cookie token; harmless without one. */
export async function logOut(_actor: MaybeActor, input: { token: string | undefined }, deps: Deps): Promise<void> {
	await endSession(deps.db, input.token);
}
