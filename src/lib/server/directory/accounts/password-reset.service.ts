import { validate, type Deps } from '../../platform/core';
import { endOtherSessions, hashPassword, startSession, type MaybeActor } from '../../platform/auth';
import { assertUnderLimit, LIMITS, recordHit } from '../../platform/ratelimit';
import { insertMail } from '../../platform/mail';
import { forgotPasswordSchema, resetPasswordSchema, type SessionGrant } from './accounts.schemas';
import { consumeEmailToken, issueEmailToken, tokenFrom, usableEmailToken } from './email-tokens';
import { resetPasswordMail } from './accounts.mail';
import type { RequestContext } from './login.service';
import * as q from './accounts.queries';

/**
 * Mails a password reset link (valid one hour, usable once) if an account has this address.
 * The answer is the same whether or not it exists. Limited to 5 requests per address and per
 * IP address within 15 minutes.
 */
export async function requestPasswordReset(
	_actor: MaybeActor,
	input: unknown,
	deps: Deps,
	context: RequestContext
): Promise<{ email: string }> {
	const { email } = validate(forgotPasswordSchema, input);
	const keys = [
		{ limit: LIMITS.resetPerEmail, key: email },
		{ limit: LIMITS.resetPerIp, key: context.ip }
	];
	await assertUnderLimit(deps.db, keys);
	await recordHit(deps.db, keys);
	const person = await q.findCredentialsByEmail(deps.db, email);
	if (person) {
		await deps.db.transaction().execute(async (trx) => {
			const token = await issueEmailToken(trx, person.id, 'reset_password', person.email);
			await insertMail(trx, resetPasswordMail({ to: person.email, name: person.name, origin: deps.origin, locale: person.locale, token }));
		});
	}
	return { email };
}

/** Checks that a reset link can still be used, before the person types a new password. */
export async function checkResetLink(_actor: MaybeActor, input: unknown, deps: Deps): Promise<void> {
	await usableEmailToken(deps.db, tokenFrom(input), ['reset_password']);
}

/**
 * Sets a new password from a reset link. Ends ALL sessions of the person (whoever else was
 * signed in is out) and starts a fresh one. Following the link also proves the address works.
 */
export async function resetPassword(_actor: MaybeActor, input: unknown, deps: Deps): Promise<{ session: SessionGrant; locale: string }> {
	const { token, password } = validate(resetPasswordSchema, input);
	const found = await usableEmailToken(deps.db, token, ['reset_password']);
	const passwordHash = await hashPassword(password);
	return deps.db.transaction().execute(async (trx) => {
		const used = await consumeEmailToken(trx, token);
		await q.updatePassword(trx, used.person_id, passwordHash);
		await q.markEmailVerified(trx, used.person_id, used.new_email ?? found.email);
		await q.retireEmailTokens(trx, used.person_id, 'reset_password');
		await endOtherSessions(trx, used.person_id);
		const session = await startSession(trx, used.person_id);
		return { session, locale: found.locale };
	});
}
