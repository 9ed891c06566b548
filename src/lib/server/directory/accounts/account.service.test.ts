import { describe, expect, it } from 'vitest';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { actorOf, FACTORY_PASSWORD, makeArea, makeCity, makePerson } from '../../platform/db/testing/factories';
import { resolveSession, startSession } from '../../platform/auth';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { changeEmail, changePassword, getAccount, setMailLanguage, updateProfile } from './account.service';
import { confirmEmailLink } from './register.service';
import { lastMailTo, tokenIn } from './testing/account-helpers';

const t = useTestDatabase();

let n = 0;
const freshEmail = () => `new-${Date.now().toString(36)}-${++n}@example.org`;

describe('the account page', () => {
	it('is refused to visitors', async () => {
		await expect(getAccount(null, { locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(updateProfile(null, { name: 'X' }, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(changePassword(null, {}, t.deps, { sessionToken: undefined })).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(changeEmail(null, {}, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(setMailLanguage(null, { locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
	});

	it('shows the person their own account with default visibility', async () => {
		const person = await makePerson(t.db, { name: 'Piotr' });
		const page = await getAccount(actorOf(person), { locale: 'en' }, t.deps);
		expect(page.account).toMatchObject({ name: 'Piotr', email: person.email, pendingEmail: null });
		expect(page.account.visibility).toMatchObject({ profile: 'members', email: 'nobody' });
	});
});

describe('the profile', () => {
	it('saves fields, areas and who sees what', async () => {
		const person = await makePerson(t.db);
		const city = await makeCity(t.db, { name: 'Wałbrzych' });
		const [a1, a2] = [await makeArea(t.db), await makeArea(t.db)];
		const actor = actorOf(person);
		await updateProfile(
			actor,
			{
				name: 'Ewa Nowak',
				city: String(city.id),
				languages: ['pl', 'de'],
				areas: [String(a1.id), String(a2.id)],
				bio: 'Revitalisation officer.\nMine buildings.',
				visibility_profile: 'public',
				visibility_email: 'members',
				visibility_bio: 'nobody'
			},
			t.deps
		);
		const { account, cities, areas } = await getAccount(actor, { locale: 'pl' }, t.deps);
		expect(account).toMatchObject({
			name: 'Ewa Nowak',
			cityId: city.id,
			languages: ['pl', 'de'],
			areaIds: [a1.id, a2.id].sort((x, y) => x - y),
			bio: 'Revitalisation officer.\nMine buildings.'
		});
		expect(account.visibility).toMatchObject({ profile: 'public', email: 'members', bio: 'nobody', city: 'members' });
		expect(cities).toContainEqual({ id: city.id, name: 'Wałbrzych', countryCode: 'PL' });
		expect(areas.map((area) => area.id)).toEqual(expect.arrayContaining([a1.id, a2.id]));

		// unticking every box clears the lists
		await updateProfile(actor, { name: 'Ewa Nowak', city: '' }, t.deps);
		expect((await getAccount(actor, { locale: 'pl' }, t.deps)).account).toMatchObject({ cityId: null, languages: [], areaIds: [] });
	});

	it('refuses unknown choices and a bio over 1000 characters', async () => {
		const actor = actorOf(await makePerson(t.db));
		await expect(
			updateProfile(
				actor,
				{ name: 'A', city: '999999', areas: ['999999'], languages: ['xx'], bio: 'b'.repeat(1001), visibility_email: 'everyone' },
				t.deps
			)
		).rejects.toMatchObject({
			code: 'validation_failed',
			fieldErrors: {
				languages: { key: 'error_invalid_choice' },
				bio: { key: 'error_too_long', params: { max: 1000 } },
				visibility_email: { key: 'error_invalid_choice' }
			}
		});
		await expect(updateProfile(actor, { name: 'A', city: '999999', areas: ['999999'] }, t.deps)).rejects.toMatchObject({
			fieldErrors: { city: { key: 'error_invalid_choice' }, areas: { key: 'error_invalid_choice' } }
		});
	});

	it('sets the language of mail', async () => {
		const person = await makePerson(t.db, { locale: 'en' });
		await setMailLanguage(actorOf(person), { locale: 'pl' }, t.deps);
		expect((await getAccount(actorOf(person), { locale: 'en' }, t.deps)).account.locale).toBe('pl');
		await expect(setMailLanguage(actorOf(person), { locale: 'de' }, t.deps)).rejects.toMatchObject({ code: 'validation_failed' });
	});
});

describe('changing the password', () => {
	it('needs the current password and ends every other session but this one', async () => {
		const person = await makePerson(t.db);
		const here = await startSession(t.db, person.id);
		const elsewhere = await startSession(t.db, person.id);
		const actor = actorOf(person);
		await expect(
			changePassword(actor, { current_password: 'not my password', new_password: 'a new long password' }, t.deps, {
				sessionToken: here.token
			})
		).rejects.toMatchObject({ fieldErrors: { current_password: { key: 'account_password_wrong' } } });
		expect(await resolveSession(t.db, elsewhere.token)).not.toBeNull();

		await changePassword(actor, { current_password: FACTORY_PASSWORD, new_password: 'a new long password' }, t.deps, {
			sessionToken: here.token
		});
		expect(await resolveSession(t.db, here.token)).not.toBeNull();
		expect(await resolveSession(t.db, elsewhere.token)).toBeNull();
	});
});

describe('changing the e-mail address', () => {
	it('changes only when the link mailed to the new address is followed', async () => {
		const person = await makePerson(t.db, { locale: 'pl' });
		const actor = actorOf(person);
		const newEmail = freshEmail();
		expect(await changeEmail(actor, { new_email: newEmail.toUpperCase(), password: FACTORY_PASSWORD }, t.deps)).toEqual({ newEmail });
		expect((await getAccount(actor, { locale: 'en' }, t.deps)).account).toMatchObject({ email: person.email, pendingEmail: newEmail });

		const mail = await lastMailTo(t.db, newEmail);
		expect(mail.subject).toBe('Potwierdź nowy adres e-mail w Headframe');
		expect(mail.text_body).toContain(`${TEST_ORIGIN}/pl/verify-email?token=`);
		expect(await findMailTo(t.db, person.email)).toEqual([]);

		const token = tokenIn(mail.text_body, 'verify-email');
		expect(await confirmEmailLink(null, { token }, t.deps)).toEqual({ outcome: 'email_changed', email: newEmail });
		const after = (await getAccount(actor, { locale: 'en' }, t.deps)).account;
		expect(after).toMatchObject({ email: newEmail, emailVerified: true, pendingEmail: null });
		await expect(confirmEmailLink(null, { token }, t.deps)).rejects.toMatchObject({ messageKey: 'auth_link_used' });
	});

	it('refuses an address another account uses, the same address, and a wrong password', async () => {
		const person = await makePerson(t.db);
		const other = await makePerson(t.db);
		const actor = actorOf(person);
		await expect(changeEmail(actor, { new_email: other.email.toUpperCase(), password: FACTORY_PASSWORD }, t.deps)).rejects.toMatchObject({
			code: 'conflict',
			fieldErrors: { new_email: { key: 'auth_email_taken' } }
		});
		await expect(changeEmail(actor, { new_email: person.email, password: FACTORY_PASSWORD }, t.deps)).rejects.toMatchObject({
			fieldErrors: { new_email: { key: 'account_email_same' } }
		});
		await expect(changeEmail(actor, { new_email: freshEmail(), password: 'wrong password' }, t.deps)).rejects.toMatchObject({
			fieldErrors: { password: { key: 'account_password_wrong' } }
		});
	});

	it('refuses the link when someone else took the address in the meantime', async () => {
		const person = await makePerson(t.db);
		const newEmail = freshEmail();
		await changeEmail(actorOf(person), { new_email: newEmail, password: FACTORY_PASSWORD }, t.deps);
		const token = tokenIn((await lastMailTo(t.db, newEmail)).text_body, 'verify-email');
		await makePerson(t.db, { email: newEmail });
		await expect(confirmEmailLink(null, { token }, t.deps)).rejects.toMatchObject({ code: 'conflict', messageKey: 'auth_email_taken' });
		expect((await getAccount(actorOf(person), { locale: 'en' }, t.deps)).account.email).toBe(person.email);
	});
});
