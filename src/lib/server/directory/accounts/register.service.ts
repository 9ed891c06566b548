import { conflict, validate, type Deps } from '../../platform/core';
import { authorize, hashPassword, startSession, type MaybeActor } from '../../platform/auth';
import { LIMITS, takeHits } from '../../platform/ratelimit';
import { insertMail } from '../../platform/mail';
import { registerSchema, type SessionGrant } from './accounts.schemas';
import { accountPolicy } from './accounts.policy';
import { firstFreeHandle, handleBase } from './handle';
import { consumeEmailToken, issueEmailToken, tokenFrom, usableEmailToken } from './email-tokens';
import { verificationMail } from './accounts.mail';
import { assertStrongPassword } from './new-password';
import * as q from './accounts.queries';
import { reindexPerson } from '../../knowledge/search';

const emailTakenError = () => conflict('error_validation_failed', { email: { key: 'auth_email_taken' } });

/** Postgres refused a duplicate: two registrations with one address at the same moment. */
const isUniqueViolation = (error: unknown, constraint: string) =>
	(error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === constraint;

/**
 * Creates an account for a visitor and signs them in. The first account on an empty database
 * becomes an admin (that is how an install without demo data gets its first admin); later ones
 * are plain people. Refuses an address that is already used (in any letter case) and a
 * password that is easy to guess. From the web form, at most 20 attempts that get past the form
 * checks per IP address and hour. Mails a verification link to the address, valid for 48 hours.
 */
export async function registerPerson(
	_actor: MaybeActor,
	input: unknown,
	deps: Deps,
	/** The web form passes the client's address; scripts and tests have none. */
	context?: { ip: string }
): Promise<{ session: SessionGrant; email: string; locale: string }> {
	const { name, email, password, locale } = validate(registerSchema, input);
	await assertStrongPassword(password, 'password', [name, email]);
	// Each registration mails an address nobody has proved yet, and "this address is taken"
	// tells whether someone has an account: both only within the bound per IP, counted before
	// either can happen.
	await takeHits(deps.db, context ? [{ limit: LIMITS.registrationPerIp, key: context.ip }] : []);
	// An early answer for the common case, before the slow hash.
	if (await q.emailTaken(deps.db, email)) throw emailTakenError();
	const passwordHash = await hashPassword(password);

	try {
		return await deps.db.transaction().execute(async (trx) => {
			await q.lockRegistrations(trx);
			if (await q.emailTaken(trx, email)) throw emailTakenError();
			const first = !(await q.anyPersonExists(trx));
			const base = handleBase(name);
			const handle = firstFreeHandle(base, await q.handlesStartingWith(trx, base));
			const person = await q.insertPerson(trx, {
				handle,
				name,
				email,
				passwordHash,
				role: first ? 'admin' : 'person',
				locale
			});
			const token = await issueEmailToken(trx, person.id, 'verify_email', email);
			await insertMail(trx, verificationMail({ to: email, name, origin: deps.origin, locale, token }));
			const session = await startSession(trx, person.id);
			await reindexPerson(trx, person.id);
			return { session, email, locale };
		});
	} catch (error) {
		if (isUniqueViolation(error, 'people_email_unique')) throw emailTakenError();
		throw error;
	}
}

/**
 * Follows a link from a mail: a verification link marks the address verified; a change-of-address
 * link (sent to the new address) makes it the person's address. Each link works once; a used,
 * expired or unknown link gets a clear reason. Needs no session: the link is the proof.
 */
export async function confirmEmailLink(
	_actor: MaybeActor,
	input: unknown,
	deps: Deps
): Promise<{ outcome: 'verified' | 'email_changed'; email: string }> {
	const token = tokenFrom(input);
	const found = await usableEmailToken(deps.db, token, ['verify_email', 'change_email']);
	try {
		return await deps.db.transaction().execute(async (trx) => {
			const used = await consumeEmailToken(trx, token);
			const address = used.new_email ?? found.email;
			if (used.purpose === 'change_email') {
				if (await q.emailTaken(trx, address, used.person_id)) throw conflict('auth_email_taken');
				await q.updateEmail(trx, used.person_id, address);
				// A reset link mailed to the old address must not open the account any more.
				await q.retireAllEmailTokens(trx, used.person_id);
				return { outcome: 'email_changed' as const, email: address };
			}
			// A link to an address the person no longer uses verifies nothing.
			if (!(await q.markEmailVerified(trx, used.person_id, address))) throw emailChangedMeanwhile();
			return { outcome: 'verified' as const, email: address };
		});
	} catch (error) {
		if (isUniqueViolation(error, 'people_email_unique')) throw conflict('auth_email_taken');
		throw error;
	}
}

const emailChangedMeanwhile = () => conflict('auth_link_invalid');

/**
 * Mails a new verification link to the signed-in person's address. Does nothing for a verified
 * address; limited to a few mails per quarter hour so it cannot be used to flood an inbox.
 */
export async function resendVerification(actor: MaybeActor, _input: unknown, deps: Deps): Promise<{ sent: boolean; email: string }> {
	authorize(actor, accountPolicy, 'ownAccount');
	const person = await q.findCredentialsById(deps.db, actor.id);
	if (!person || person.email_verified_at) return { sent: false, email: actor.email };
	await takeHits(deps.db, [{ limit: LIMITS.verificationMail, key: String(actor.id) }]);
	await deps.db.transaction().execute(async (trx) => {
		const token = await issueEmailToken(trx, person.id, 'verify_email', person.email);
		await insertMail(trx, verificationMail({ to: person.email, name: person.name, origin: deps.origin, locale: person.locale, token }));
	});
	return { sent: true, email: person.email };
}
