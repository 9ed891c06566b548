/**
 * What an attacker tries against accounts: links that outlive the password or address they
 * protect, mail sent to strangers through a change of address, "this address is taken" asked
 * without limit, and passwords that are long but easy to guess.
 */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, FACTORY_PASSWORD, makePerson } from '../../platform/db/testing/factories';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { formAction } from '../../platform/http';
import { DEMO_PASSWORD } from '$lib/server/site/seed';
import { changeEmail, changePassword } from './account.service';
import { checkResetLink, requestPasswordReset, resetPassword } from './password-reset.service';
import { confirmEmailLink, registerPerson } from './register.service';
import { formRequest, lastMailTo, tokenIn } from './testing/account-helpers';

const t = useTestDatabase();

let n = 0;
const freshEmail = (name = 'someone') => `${name}-${Date.now().toString(36)}-${++n}@example.org`;
const ip = () => `203.0.113.${++n % 250}`;

async function resetLinkOf(email: string): Promise<string> {
	await requestPasswordReset(null, { email }, t.deps, { ip: ip() });
	return tokenIn((await lastMailTo(t.db, email)).text_body, 'reset-password');
}

describe('links that outlive what they protect', () => {
	it('retires reset and change-of-address links when the password is changed on the account page', async () => {
		const person = await makePerson(t.db);
		const reset = await resetLinkOf(person.email);
		// someone who knew the old password asked to move the account to their own address
		const theirs = freshEmail('attacker');
		await changeEmail(actorOf(person), { new_email: theirs, password: FACTORY_PASSWORD }, t.deps);
		const move = tokenIn((await lastMailTo(t.db, theirs)).text_body, 'verify-email');

		await changePassword(actorOf(person), { current_password: FACTORY_PASSWORD, new_password: 'a new long password' }, t.deps, {
			sessionToken: undefined
		});
		await expect(checkResetLink(null, { token: reset }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_used' });
		await expect(resetPassword(null, { token: reset, password: 'the attacker password' }, t.deps)).rejects.toMatchObject({
			messageKey: 'auth_link_used'
		});
		await expect(confirmEmailLink(null, { token: move }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_used' });
	});

	it('retires the other reset links when one of them is used', async () => {
		const person = await makePerson(t.db);
		const [first, second] = [await resetLinkOf(person.email), await resetLinkOf(person.email)];
		await resetPassword(null, { token: second, password: 'a new long password' }, t.deps);
		await expect(checkResetLink(null, { token: first }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_used' });
	});

	it('retires a reset link mailed to the old address once the address has changed', async () => {
		const person = await makePerson(t.db);
		const reset = await resetLinkOf(person.email);
		const newEmail = freshEmail('moved');
		await changeEmail(actorOf(person), { new_email: newEmail, password: FACTORY_PASSWORD }, t.deps);
		await confirmEmailLink(null, { token: tokenIn((await lastMailTo(t.db, newEmail)).text_body, 'verify-email') }, t.deps);
		await expect(checkResetLink(null, { token: reset }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_used' });
	});

	it('refuses a reset link that went to an address the account no longer has, even if it was left open', async () => {
		const person = await makePerson(t.db);
		const reset = await resetLinkOf(person.email);
		// as if the address had changed before links were retired on a change (older data)
		await t.db
			.updateTable('people')
			.set({ email: freshEmail('later') })
			.where('id', '=', person.id)
			.execute();
		await expect(checkResetLink(null, { token: reset }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_invalid' });
		await expect(resetPassword(null, { token: reset, password: 'a new long password' }, t.deps)).rejects.toMatchObject({
			messageKey: 'auth_link_invalid'
		});
	});
});

describe('mail to addresses nobody has vouched for', () => {
	it('sends at most 3 change-of-address mails a day per person, with a message that says so', async () => {
		const person = await makePerson(t.db, { locale: 'en' });
		const targets = [freshEmail(), freshEmail(), freshEmail(), freshEmail()];
		for (const email of targets.slice(0, 3)) await changeEmail(actorOf(person), { new_email: email, password: FACTORY_PASSWORD }, t.deps);
		const fourth = await formAction(formRequest({ new_email: targets[3], password: FACTORY_PASSWORD }), 'en', (values) =>
			changeEmail(actorOf(person), values, t.deps)
		);
		expect(fourth).toMatchObject({ status: 429, data: { message: expect.stringContaining('at most 3 times a day') } });
		expect(await findMailTo(t.db, targets[3])).toEqual([]);
		for (const email of targets.slice(0, 3)) expect(await findMailTo(t.db, email)).toHaveLength(1);
	});

	it('tells whether an address is taken only within the registration limit', async () => {
		const owner = await makePerson(t.db);
		const from = ip();
		for (let i = 0; i < 20; i++) {
			await expect(
				registerPerson(null, { name: 'Prober', email: owner.email, password: 'a long enough password', locale: 'en' }, t.deps, { ip: from })
			).rejects.toMatchObject({ code: 'conflict' });
		}
		await expect(
			registerPerson(null, { name: 'Prober', email: owner.email, password: 'a long enough password', locale: 'en' }, t.deps, { ip: from })
		).rejects.toMatchObject({ code: 'rate_limited' });
	});
});

describe('passwords that are easy to guess', () => {
	it('refuses them at registration with a message that says why and how to do better, keeping what was typed', async () => {
		const email = freshEmail('weak');
		const result = await formAction(formRequest({ name: 'Anna Nowak', email, password: 'password12345', locale: 'pl' }), 'pl', (values) =>
			registerPerson(null, values, t.deps, { ip: ip() })
		);
		expect(result).toMatchObject({
			status: 400,
			data: {
				values: { name: 'Anna Nowak', email },
				errors: { password: expect.stringContaining('najczęściej używanych haseł') }
			}
		});
		expect(result).toMatchObject({ data: { errors: { password: expect.stringContaining('Spróbuj trzech lub czterech') } } });
		expect(await findMailTo(t.db, email)).toEqual([]);
	});

	it('refuses Polish words and the person’s own name, in English too', async () => {
		const email = freshEmail('grzegorz');
		const attempt = (password: string) =>
			formAction(formRequest({ name: 'Grzegorz Brzęczyszczykiewicz', email, password, locale: 'en' }), 'en', (values) =>
				registerPerson(null, values, t.deps, { ip: ip() })
			);
		expect(await attempt('brzeczyszczykiewicz1')).toMatchObject({
			status: 400,
			data: { errors: { password: expect.stringContaining('contains your name') } }
		});
		expect(await attempt('przedsiębiorstwo')).toMatchObject({ status: 400, data: { errors: { password: expect.any(String) } } });
		expect(await attempt('qwertyuiop123')).toMatchObject({
			status: 400,
			data: { errors: { password: expect.stringContaining('Try three or four unrelated words') } }
		});
	});

	it('accepts the demo password and other phrases of unrelated words', async () => {
		for (const password of [DEMO_PASSWORD, 'coal and roses in spring', 'Wałbrzych-hałdy-zieleń']) {
			await expect(
				registerPerson(null, { name: 'Ewa', email: freshEmail('ok'), password, locale: 'pl' }, t.deps, { ip: ip() })
			).resolves.toBeTruthy();
		}
	});

	it('refuses them on the account page and from a reset link, leaving the old password in force', async () => {
		const person = await makePerson(t.db);
		await expect(
			changePassword(actorOf(person), { current_password: FACTORY_PASSWORD, new_password: 'aaaaaaaaaaaaaa' }, t.deps, {
				sessionToken: undefined
			})
		).rejects.toMatchObject({ fieldErrors: { new_password: { key: 'auth_password_weak_repeat' } } });
		const reset = await resetLinkOf(person.email);
		await expect(resetPassword(null, { token: reset, password: '123456789012' }, t.deps)).rejects.toMatchObject({
			fieldErrors: { password: { key: 'auth_password_weak_common' } }
		});
		// the link was not used up by the refusal
		await expect(checkResetLink(null, { token: reset }, t.deps)).resolves.toBeUndefined();
	});
});
