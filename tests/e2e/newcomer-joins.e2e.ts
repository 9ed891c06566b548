/**
 * Issue 2's journey: a newcomer finds Headframe, creates an account, confirms the address from
 * the mail, adds their organisation in Bytom and applies for membership; a coordinator approves
 * it with a message; the newcomer is told by mail and, logged in again, sees what only members
 * see. In Polish and in English (the newcomer arrives in the other language and switches).
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { linkIn, mailTo, waitForMail } from './support/mailbox';
import { msg } from './support/messages';
import { MEMBERS_ONLY_PERSON, peopleCount, searchPeople } from './support/directory';

const chromium = useBrowser();

const other = (locale: Locale): Locale => (locale === 'pl' ? 'en' : 'pl');
const acceptLanguage: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };
const countryName: Record<Locale, string> = { pl: 'Polska', en: 'Poland' };

describe('a newcomer joins the network', () => {
	for (const locale of locales) {
		it(`${locale}: register, confirm, add an organisation, apply, get approved, see members' content`, async () => {
			const id = unique();
			const name = locale === 'pl' ? `Zofia Wójcik ${id}` : `Jane Miller ${id}`;
			const email = `newcomer-${locale}-${id}@example.org`;
			const password = `coal-and-roses-${id}`;
			const organisation = locale === 'pl' ? `Fundacja Szyb Bytom ${id}` : `Headframe Friends Bytom ${id}`;
			const approvalMessage = locale === 'pl' ? `Witamy w sieci, ${id}!` : `Welcome to the network, ${id}!`;

			// 1. A visitor whose browser prefers the other language lands on the home page.
			const newcomerSession = await newSession(chromium.browser, { locale: acceptLanguage[other(locale)] });
			const newcomer = new Journey(newcomerSession, other(locale));
			await newcomer.go('/');
			expect(new URL(newcomer.page.url()).pathname).toBe(`/${other(locale)}`);
			const visitorCount = await peopleCount(newcomer);
			expect((await searchPeople(newcomer, MEMBERS_ONLY_PERSON.split(' ')[1])).text).not.toContain(MEMBERS_ONLY_PERSON);
			await newcomer.go(`/${other(locale)}`);
			await newcomer.switchLanguage(locale);
			expect(new URL(newcomer.page.url()).pathname).toBe(`/${locale}`);

			// 2. Create an account from the header.
			await newcomer.follow(newcomer.page.getByRole('banner').getByRole('link', { name: newcomer.t('nav_register') }), /\/register$/);
			await newcomer.expectHeading(newcomer.t('auth_register_title'));
			await newcomer.field(newcomer.t('auth_field_name')).fill(name);
			await newcomer.field(newcomer.t('auth_field_email')).fill(email);
			await newcomer.field(newcomer.t('auth_field_password')).fill(password);
			expect(await newcomer.submit(newcomer.page.getByRole('button', { name: newcomer.t('auth_register_submit') }))).toBe(303);
			await newcomer.expectHeading(newcomer.t('account_title'));
			await newcomer.waitFor(newcomer.page.getByText(newcomer.t('account_welcome', { email })), 'the welcome notice');

			// 3. The confirmation mail arrives in the page's language; its link confirms the address.
			const verifyMail = await waitForMail(email, { matching: new RegExp(msg(locale, 'auth_mail_verify_subject')) });
			expect(verifyMail.text).toContain(name);
			await newcomer.go(linkIn(verifyMail, new RegExp(`^/${locale}/verify-email$`)));
			await newcomer.expectHeading(newcomer.t('auth_verify_title'));

			// 4. Add the organisation, in a real town.
			await newcomer.go(`/${locale}/organisations/new`);
			await newcomer.expectHeading(newcomer.t('org_new_title'));
			await newcomer.field(newcomer.t('org_field_name')).fill(organisation);
			await newcomer.field(newcomer.t('org_field_type')).selectOption({ label: newcomer.t('org_type_ngo') });
			await newcomer.field(newcomer.t('org_field_country')).selectOption({ label: countryName[locale] });
			await newcomer.field(newcomer.t('org_field_city')).fill('Bytom');
			await newcomer
				.field(newcomer.t('org_field_description'))
				.fill(locale === 'pl' ? 'Ratujemy szyby i wieże wyciągowe.' : 'We look after old shafts and their headframes.');
			expect(await newcomer.submit(newcomer.page.getByRole('button', { name: newcomer.t('org_create_submit') }))).toBe(303);
			await newcomer.expectHeading(organisation);
			await newcomer.waitFor(newcomer.page.getByText(newcomer.t('org_page_created')), 'the "organisation created" notice');
			await newcomer.waitFor(newcomer.page.getByText('Bytom'), 'the town');

			// 5. Apply for network membership for it.
			await newcomer.follow(newcomer.page.getByRole('link', { name: newcomer.t('org_page_apply') }), /\/membership/);
			await newcomer.expectHeading(newcomer.t('membership_title'));
			await newcomer.field(newcomer.t('membership_field_applicant')).selectOption({ label: organisation });
			await newcomer
				.field(newcomer.t('membership_field_motivation'))
				.fill(
					locale === 'pl'
						? 'Bytom szuka partnerów do rewitalizacji terenów pogórniczych.'
						: 'Bytom looks for partners to reuse its mining sites.'
				);
			const contactName = newcomer.field(newcomer.t('membership_field_contact_name'));
			if ((await contactName.count()) && !(await contactName.inputValue())) await contactName.fill(name);
			const contactEmail = newcomer.field(newcomer.t('membership_field_contact_email'));
			if ((await contactEmail.count()) && !(await contactEmail.inputValue())) await contactEmail.fill(email);
			expect(await newcomer.submit(newcomer.page.getByRole('button', { name: newcomer.t('membership_submit') }))).toBeLessThan(400);
			await newcomer.waitFor(newcomer.page.getByText(newcomer.t('membership_applied')), 'the "application sent" notice');
			await newcomer.waitFor(
				newcomer.page
					.getByRole('row')
					.filter({ hasText: organisation })
					.filter({ hasText: newcomer.t('membership_status_pending') }),
				'the pending application in the status table'
			);
			await newcomer.logOut();

			// 6. The coordinator finds the application and approves it with a message.
			const coordinatorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const coordinator = new Journey(coordinatorSession, locale);
			await coordinator.logIn(demo.coordinator, DEMO_PASSWORD);
			await coordinator.go(`/${locale}/admin/membership`);
			await coordinator.expectHeading(coordinator.t('admin_membership_title'));
			const application = coordinator.page
				.locator('article, section, li, fieldset')
				.filter({ has: coordinator.page.getByRole('heading', { name: organisation }) })
				.last();
			await coordinator.waitFor(application, `the application of ${organisation}`);
			await application.getByText('Bytom').first().waitFor();
			const mailsBefore = mailTo(email).length;
			await coordinator.field(coordinator.t('admin_app_message'), application).fill(approvalMessage);
			expect(await coordinator.submit(application.getByRole('button', { name: coordinator.t('admin_app_approve') }))).toBeLessThan(400);
			await coordinator.waitFor(coordinator.page.getByText(coordinator.t('admin_app_approved')), 'the "approved" notice');
			expect(await coordinator.page.getByRole('heading', { name: organisation }).count()).toBe(0);
			coordinatorSession.assertClean();
			await coordinatorSession.close();

			// 7. The decision reaches the newcomer by mail, in their language, with the message.
			const decision = await waitForMail(email, {
				skip: mailsBefore,
				matching: new RegExp(msg(locale, 'membership_mail_approved_subject'))
			});
			expect(decision.text).toContain(approvalMessage);
			expect(decision.text).toContain(organisation);

			// 8. Logged in again, the newcomer is a member and sees more of the directory.
			await newcomer.logIn(email, password);
			const memberCount = await peopleCount(newcomer);
			expect(await newcomer.page.getByText(newcomer.t('people_limited_note')).count()).toBe(0);
			expect(memberCount).toBeGreaterThan(visitorCount);
			expect((await searchPeople(newcomer, MEMBERS_ONLY_PERSON.split(' ')[1])).text).toContain(MEMBERS_ONLY_PERSON);
			await newcomer.go(`/${locale}/membership`);
			await newcomer.waitFor(
				newcomer.page
					.getByRole('row')
					.filter({ hasText: organisation })
					.filter({ hasText: newcomer.t('membership_status_approved') }),
				'the approved application in the status table'
			);
			newcomerSession.assertClean();
			await newcomerSession.close();
		});
	}
});
