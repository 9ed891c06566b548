/**
 * Every core flow works without JavaScript: register, confirm the address from the mail, log
 * out, log in, with plain HTML forms and server answers only.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { locales, unique } from './support/env';
import { Journey } from './support/journey';
import { linkIn, waitForMail } from './support/mailbox';
import { msg } from './support/messages';

const chromium = useBrowser();

describe('without JavaScript', () => {
	for (const locale of locales) {
		it(`${locale}: register, confirm the address, log out and log in again`, async () => {
			const session = await newSession(chromium.browser, { javaScriptEnabled: false });
			const person = new Journey(session, locale);
			const { page } = person;
			const field = (label: string) => person.field(label);
			const id = unique();
			const name = locale === 'pl' ? `Łucja Bez Skryptów ${id}` : `Noah No-Script ${id}`;
			const email = `no-js-${locale}-${id}@example.org`;
			const password = `plain-html-forms-${id}`;

			await person.go(`/${locale}`);
			await person.follow(page.getByRole('banner').getByRole('link', { name: person.t('nav_register') }), /\/register$/);
			await field(person.t('auth_field_name')).fill(name);
			await field(person.t('auth_field_email')).fill(email);
			await field(person.t('auth_field_password')).fill(password);
			expect(await person.submit(page.getByRole('button', { name: person.t('auth_register_submit') }))).toBe(303);
			await person.expectHeading(person.t('account_title'));
			await person.waitFor(
				page.getByText(person.t('account_unverified', { email })).or(page.getByText(person.t('account_welcome', { email }))),
				'the reminder to confirm'
			);

			const mail = await waitForMail(email, { matching: new RegExp(msg(locale, 'auth_mail_verify_subject')) });
			await person.go(linkIn(mail, new RegExp(`^/${locale}/verify-email$`)));
			await person.expectHeading(person.t('auth_verify_title'));
			await person.waitFor(page.getByText(person.t('auth_verify_done', { email })), 'the confirmation');

			await person.go(`/${locale}/account`);
			expect(await page.getByText(person.t('account_unverified', { email })).count()).toBe(0);
			await person.logOut();

			await person.logIn(email, password);
			await person.go(`/${locale}/account`);
			await person.expectHeading(person.t('account_title'));
			expect(await field(person.t('account_field_name')).inputValue()).toBe(name);

			session.assertClean();
			await session.close();
		});
	}
});
