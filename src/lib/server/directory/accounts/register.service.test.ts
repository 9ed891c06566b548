import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { makePerson } from '../../platform/db/testing/factories';
import { hashToken, resolveSession } from '../../platform/auth';
import { formAction } from '../../platform/http';
import { registerPerson, confirmEmailLink, resendVerification } from './register.service';
import { formRequest, lastMailTo, tokenIn } from './testing/account-helpers';

const t = useTestDatabase();

let n = 0;
const uniqueEmail = (name = 'person') => `${name}-${Date.now().toString(36)}-${++n}@example.org`;
const PASSWORD = 'a long enough password';

describe('registering', () => {
	it('creates the person, signs them in and mails a verification link in their language', async () => {
		const email = uniqueEmail('ewa');
		const result = await registerPerson(null, { name: 'Ewa Łęcka', email, password: PASSWORD, locale: 'pl' }, t.deps);
		const actor = await resolveSession(t.db, result.session.token);
		expect(actor).toMatchObject({ name: 'Ewa Łęcka', email, emailVerified: false, locale: 'pl' });
		expect(actor?.handle).toMatch(/^ewa-lecka/);

		const mail = await lastMailTo(t.db, email);
		expect(mail.subject).toBe('Potwierdź adres e-mail w Headframe');
		expect(mail.text_body).toContain('Dzień dobry, Ewa Łęcka');
		expect(mail.text_body).toContain(`${TEST_ORIGIN}/pl/verify-email?token=`);
		// only the hash of the mailed token is stored
		const token = tokenIn(mail.text_body, 'verify-email');
		const stored = await t.db.selectFrom('email_tokens').select('token_hash').where('token_hash', '=', token).execute();
		expect(stored).toEqual([]);
	});

	it('gives people with the same name different handles', async () => {
		const a = await registerPerson(null, { name: 'Jan Kowalski', email: uniqueEmail(), password: PASSWORD, locale: 'en' }, t.deps);
		const b = await registerPerson(null, { name: 'Jan Kowalski', email: uniqueEmail(), password: PASSWORD, locale: 'en' }, t.deps);
		const [ha, hb] = [(await resolveSession(t.db, a.session.token))!.handle, (await resolveSession(t.db, b.session.token))!.handle];
		expect(ha).not.toBe(hb);
		expect(hb).toMatch(/^jan-kowalski-\d+$/);
	});

	it('refuses an address already in use, in any letter case, keeping what was typed', async () => {
		const existing = await makePerson(t.db, { email: uniqueEmail('thomas') });
		const result = await formAction(
			formRequest({ name: 'Thomas Again', email: existing.email.toUpperCase(), password: PASSWORD }),
			'en',
			(values) => registerPerson(null, { ...values, locale: 'en' }, t.deps)
		);
		expect(result).toMatchObject({
			status: 409,
			data: {
				values: { name: 'Thomas Again', email: existing.email.toUpperCase() },
				errors: { email: expect.stringContaining('already exists') }
			}
		});
		// the password never goes back to the page
		expect((result as { data: { values: Record<string, string> } }).data.values.password).toBeUndefined();
	});

	it('refuses a password under 12 characters with a translated message', async () => {
		const result = await formAction(formRequest({ name: 'Short', email: uniqueEmail(), password: 'elevenchars' }), 'pl', (values) =>
			registerPerson(null, { ...values, locale: 'pl' }, t.deps)
		);
		expect(result).toMatchObject({ status: 400, data: { errors: { password: expect.stringContaining('12') } } });
	});

	it('refuses fields that are too long, and missing ones', async () => {
		await expect(
			registerPerson(null, { name: 'x'.repeat(121), email: uniqueEmail(), password: 'p'.repeat(201), locale: 'en' }, t.deps)
		).rejects.toMatchObject({
			code: 'validation_failed',
			fieldErrors: { name: { key: 'error_too_long' }, password: { key: 'error_too_long' } }
		});
		await expect(registerPerson(null, { name: ' ', email: 'not-an-address', locale: 'en' }, t.deps)).rejects.toMatchObject({
			fieldErrors: { name: { key: 'error_required' }, email: { key: 'error_invalid_email' }, password: { key: 'error_required' } }
		});
	});

	it('keeps markup in a name as plain text', async () => {
		const name = '<script>alert("x")</script> Anna';
		const email = uniqueEmail();
		const { session } = await registerPerson(null, { name, email, password: PASSWORD, locale: 'en' }, t.deps);
		expect((await resolveSession(t.db, session.token))?.name).toBe(name);
		expect((await lastMailTo(t.db, email)).text_body).toContain(`Hello ${name},`);
	});

	it('refuses the 21st registration from one address within an hour, before hashing', async () => {
		const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
		await t.db
			.insertInto('rate_limit_hits')
			.values(Array.from({ length: 20 }, () => ({ bucket: 'registration_ip', key: ip })))
			.execute();
		const email = uniqueEmail();
		await expect(
			registerPerson(null, { name: 'Late Comer', email, password: PASSWORD, locale: 'en' }, t.deps, { ip })
		).rejects.toMatchObject({ code: 'rate_limited' });
		expect(await t.db.selectFrom('people').select('id').where('email', '=', email).execute()).toEqual([]);
		// another address still may
		await registerPerson(null, { name: 'Other', email: uniqueEmail(), password: PASSWORD, locale: 'en' }, t.deps, { ip: '203.0.113.9' });
	});
});

describe('following the verification link', () => {
	async function registered(locale: 'pl' | 'en' = 'en') {
		const email = uniqueEmail();
		const { session } = await registerPerson(null, { name: 'Piotr', email, password: PASSWORD, locale }, t.deps);
		return { email, session, token: tokenIn((await lastMailTo(t.db, email)).text_body, 'verify-email') };
	}

	it('verifies the address once; the same link a second time is refused as used', async () => {
		const { email, session, token } = await registered();
		expect(await confirmEmailLink(null, { token }, t.deps)).toEqual({ outcome: 'verified', email });
		expect((await resolveSession(t.db, session.token))?.emailVerified).toBe(true);
		await expect(confirmEmailLink(null, { token }, t.deps)).rejects.toMatchObject({
			code: 'validation_failed',
			messageKey: 'auth_link_used'
		});
	});

	it('refuses an expired link and an unknown one', async () => {
		const { token, session } = await registered();
		await t.db
			.updateTable('email_tokens')
			.set({ expires_at: sql`now() - interval '1 minute'` })
			.where('token_hash', '=', hashToken(token))
			.execute();
		await expect(confirmEmailLink(null, { token }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_expired' });
		expect((await resolveSession(t.db, session.token))?.emailVerified).toBe(false);
		await expect(confirmEmailLink(null, { token: 'made-up' }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_invalid' });
		await expect(confirmEmailLink(null, {}, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_invalid' });
	});

	it('mails a new link on request, until the address is verified', async () => {
		const { email, session, token } = await registered();
		const actor = (await resolveSession(t.db, session.token))!;
		expect(await resendVerification(actor, {}, t.deps)).toEqual({ sent: true, email });
		const second = tokenIn((await lastMailTo(t.db, email)).text_body, 'verify-email');
		expect(second).not.toBe(token);
		await confirmEmailLink(null, { token: second }, t.deps);
		expect(await resendVerification(actor, {}, t.deps)).toEqual({ sent: false, email });
		await expect(resendVerification(null, {}, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
	});
});
