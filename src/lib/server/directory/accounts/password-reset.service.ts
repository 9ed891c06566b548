import { AppError, validate, type Deps } from '../../platform/core';
import { endOtherSessions, hashPassword, startSession, type MaybeActor } from '../../platform/auth';
import { LIMITS, takeHits } from '../../platform/ratelimit';
import { insertMail } from '../../platform/mail';
import { forgotPasswordSchema, resetPasswordSchema, type SessionGrant } from './accounts.schemas';
import { consumeEmailToken, issueEmailToken, tokenFrom, usableEmailToken } from './email-tokens';
import { resetPasswordMail } from './accounts.mail';
import { forgetFailedLogins, type RequestContext } from './login.service';
import { assertStrongPassword } from './new-password';
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
	await takeHits(deps.db, [
		{ limit: LIMITS.resetPerEmail, key: email },
		{ limit: LIMITS.resetPerIp, key: context.ip }
	]);
	const person = await q.findCredentialsByEmail(deps.db, email);
	if (person) {
		await deps.db.transaction().execute(async (trx) => {
			const token = await issueEmailToken(trx, person.id, 'reset_password', person.email);
			await insertMail(trx, resetPasswordMail({ to: person.email, name: person.name, origin: deps.origin, locale: person.locale, token }));
		});
	}
	return { email };
}

/**
 * A reset link that can still be used. One mailed to an address the person no longer uses is
 * void even if it was somehow not retired when the address changed: it went to a mailbox that
 * may belong to someone else now.
 */
async function usableResetLink(db: Deps['db'], token: string) {
	const found = await usableEmailToken(db, token, ['reset_password']);
	if (found.new_email !== null && found.new_email.toLowerCase() !== found.email.toLowerCase())
		throw new AppError('validation_failed', 'auth_link_invalid');
	return found;
}

/** Checks that a reset link can still be used, before the person types a new password. */
export async function checkResetLink(_actor: MaybeActor, input: unknown, deps: Deps): Promise<void> {
	await usableResetLink(deps.db, tokenFrom(input));
}

/**
 * Sets a new password from a reset link. Ends ALL sessions of the person (whoever else was
 * signed in is out) and starts a fresh one. Following the link also proves the address works.
 * Every other link mailed before (reset, verification, change of address) stops working, and
 * failed logins on the account are forgotten: a valid link always lets the owner back in.
 */
export async function resetPassword(_actor: MaybeActor, input: unknown, deps: Deps): Promise<{ session: SessionGrant; locale: string }> {
	const { token, password } = validate(resetPasswordSchema, input);
	const found = await usableResetLink(deps.db, token);
	await assertStrongPassword(password, 'password', [found.name, found.email]);
	const passwordHash = await hashPassword(password);
	const result = await deps.db.transaction().execute(async (trx) => {
		const used = await consumeEmailToken(trx, token);
		await q.updatePassword(trx, used.person_id, passwordHash);
		await q.markEmailVerified(trx, used.person_id, used.new_email ?? found.email);
		await q.retireAllEmailTokens(trx, used.person_id);
		await endOtherSessions(trx, used.person_id);
		const session = await startSession(trx, used.person_id);
		return { session, locale: found.locale };
	});
	await forgetFailedLogins(deps.db, found.email);
	return result;
}
