import { describe, expect, it } from 'vitest';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { FACTORY_PASSWORD, makePerson } from '../../platform/db/testing/factories';
import { resolveSession, startSession } from '../../platform/auth';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { logIn } from './login.service';
import { checkResetLink, requestPasswordReset, resetPassword } from './password-reset.service';
import { lastMailTo, tokenIn } from './testing/account-helpers';

const t = useTestDatabase();

let n = 0;
const ip = () => `198.51.100.${++n}`;
const NEW_PASSWORD = 'a brand new password';

describe('resetting a forgotten password', () => {
	it('mails a working link that sets the password, ends all sessions and starts a fresh one', async () => {
		const person = await makePerson(t.db, { locale: 'en', verified: false });
		const oldSessions = [await startSession(t.db, person.id), await startSession(t.db, person.id)];

		expect(await requestPasswordReset(null, { email: person.email }, t.deps, { ip: ip() })).toEqual({ email: person.email });
		const mail = await lastMailTo(t.db, person.email);
		expect(mail.subject).toBe('Set a new password for Headframe');
		expect(mail.text_body).toContain(`${TEST_ORIGIN}/en/reset-password?token=`);
		const token = tokenIn(mail.text_body, 'reset-password');

		await checkResetLink(null, { token }, t.deps);
		const { session } = await resetPassword(null, { token, password: NEW_PASSWORD }, t.deps);
		for (const old of oldSessions) expect(await resolveSession(t.db, old.token)).toBeNull();
		const actor = await resolveSession(t.db, session.token);
		expect(actor?.id).toBe(person.id);
		// the link came through the mailbox: the address works
		expect(actor?.emailVerified).toBe(true);

		await expect(logIn(null, { email: person.email, password: FACTORY_PASSWORD }, t.deps, { ip: ip() })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(logIn(null, { email: person.email, password: NEW_PASSWORD }, t.deps, { ip: ip() })).resolves.toBeTruthy();

		// single use
		await expect(checkResetLink(null, { token }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_used' });
		await expect(resetPassword(null, { token, password: 'yet another password' }, t.deps)).rejects.toMatchObject({
			messageKey: 'auth_link_used'
		});
	});

	it('answers the same for an unknown address and sends nothing', async () => {
		const email = 'no-such-person@example.org';
		expect(await requestPasswordReset(null, { email }, t.deps, { ip: ip() })).toEqual({ email });
		expect(await findMailTo(t.db, email)).toEqual([]);
	});

	it('checks the new password before using the link up', async () => {
		const person = await makePerson(t.db);
		await requestPasswordReset(null, { email: person.email }, t.deps, { ip: ip() });
		const token = tokenIn((await lastMailTo(t.db, person.email)).text_body, 'reset-password');
		await expect(resetPassword(null, { token, password: 'short' }, t.deps)).rejects.toMatchObject({
			fieldErrors: { password: { key: 'error_too_short', params: { min: 12 } } }
		});
		await expect(checkResetLink(null, { token }, t.deps)).resolves.toBeUndefined();
	});

	it('does not accept a verification link as a reset link', async () => {
		await expect(checkResetLink(null, { token: 'abc' }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_invalid' });
	});

	it('limits requests to 5 per address within 15 minutes', async () => {
		const person = await makePerson(t.db);
		for (let i = 0; i < 5; i++) await requestPasswordReset(null, { email: person.email }, t.deps, { ip: ip() });
		await expect(requestPasswordReset(null, { email: person.email }, t.deps, { ip: ip() })).rejects.toMatchObject({
			code: 'rate_limited'
		});
		expect(await findMailTo(t.db, person.email)).toHaveLength(5);
	});

	it('limits requests to 5 per IP address within 15 minutes', async () => {
		const from = ip();
		for (let i = 0; i < 5; i++) await requestPasswordReset(null, { email: `x${i}@example.org` }, t.deps, { ip: from });
		await expect(requestPasswordReset(null, { email: 'x9@example.org' }, t.deps, { ip: from })).rejects.toMatchObject({
			code: 'rate_limited'
		});
	});
});
