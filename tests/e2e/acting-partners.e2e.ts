/**
 * Looking for partners: Ewa, of the Wałbrzych city office, opens a demo call, follows it and
 * posts a partner search for it (a missing idea is refused first, with what she typed kept).
 * Thomas, of an NGO in Essen, says his organisation is interested. Ewa accepts it as a partner
 * and marks the partnership complete, which turns the search into a project with both
 * organisations; Thomas hears of each step by mail.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { waitForMail, mailTo, linkIn } from './support/mailbox';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

const CALL = 'Interreg Central Europe: green futures for former mining sites (demo)';
const EWA_ORG = 'Urząd Miasta Wałbrzych (demo)';
const PARTNER = { email: 'thomas.becker@headframe.example', organisation: 'Ruhr Zukunft e.V. (demo)' };

describe('a partner search becomes a project', () => {
	for (const locale of locales) {
		it(`${locale}: Ewa finds a partner for a call and starts the project`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Zielone hałdy Wałbrzycha ${id}` : `Green heaps of Wałbrzych ${id}`;
			const idea =
				locale === 'pl'
					? `Parki sąsiedzkie na hałdach, z mieszkańcami (${id}).`
					: `Neighbourhood parks on spoil heaps, with residents (${id}).`;
			const ewaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(ewaSession, locale);
			await ewa.logIn(demo.member, DEMO_PASSWORD);

			// The call, from the list of calls.
			await ewa.go(`/${locale}/calls`);
			await ewa.expectHeading(ewa.t('calls_list_title'));
			await ewa.follow(ewa.page.getByRole('link', { name: CALL }), /\/calls\/[a-z0-9-]+$/);
			await ewa.expectHeading(CALL);
			const callPath = new URL(ewa.page.url()).pathname;

			// She follows it, to be reminded of the deadline.
			const follow = ewa.page.getByRole('button', { name: ewa.t('calls_follow') });
			if ((await follow.count()) > 0) {
				expect(await ewa.submit(follow)).toBe(303);
				await ewa.waitFor(ewa.page.getByRole('status'), 'the "following" notice', ewa.t('calls_followed'));
			}
			await ewa.waitFor(ewa.page.getByRole('button', { name: ewa.t('calls_unfollow') }), 'the unfollow button');

			// "Look for partners": a missing idea is refused and what she typed stays.
			await ewa.follow(ewa.page.getByRole('link', { name: ewa.t('calls_look_for_partners') }), /\/partners\/new\?call=/);
			await ewa.expectHeading(ewa.t('partners_new_title'));
			expect(await ewa.field(ewa.t('partners_field_organisation')).locator('option:checked').innerText()).toBe(EWA_ORG);
			await ewa.field(ewa.t('partners_field_title')).fill(title);
			await ewa.page.getByRole('checkbox', { name: ewa.t('org_type_ngo') }).check();
			await ewa.field(ewa.t('partners_field_countries')).selectOption(['DE', 'CZ']);
			const publish = ewa.page.getByRole('button', { name: ewa.t('partners_new_submit') });
			await ewa.page.locator('#field-idea').evaluate((el) => el.removeAttribute('required'));
			expect(await ewa.submit(publish)).toBe(400);
			expect(await ewa.field(ewa.t('partners_field_title')).inputValue()).toBe(title);
			expect(await ewa.page.getByRole('checkbox', { name: ewa.t('org_type_ngo') }).isChecked()).toBe(true);
			expect(
				await ewa
					.field(ewa.t('partners_field_countries'))
					.evaluate((el) => [...(el as HTMLSelectElement).selectedOptions].map((o) => o.value))
			).toEqual(['CZ', 'DE']);
			await ewa.waitFor(ewa.page.getByRole('alert'), 'the error summary', ewa.t('partners_field_idea'));

			await ewa.field(ewa.t('partners_field_idea')).fill(idea);
			await ewa
				.field(ewa.t('partners_field_roles'))
				.fill(locale === 'pl' ? 'Organizacja z doświadczeniem w partycypacji' : 'An NGO experienced in participation');
			expect(await ewa.submit(publish)).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(ewa.page.getByRole('status'), 'the "published" notice', ewa.t('partners_created'));
			const searchPath = new URL(ewa.page.url()).pathname;
			expect(searchPath).toMatch(new RegExp(`^/${locale}/partners/[a-z0-9-]+$`));
			await ewa.waitFor(ewa.page.getByText(ewa.t('partners_complete_needs_partner')), 'the "accept a partner first" note');

			// The call lists the search.
			await ewa.go(callPath);
			await ewa.waitFor(
				ewa.page.getByRole('region', { name: ewa.t('calls_partner_searches_title') }).getByRole('link', { name: title }),
				'the search on the call page'
			);

			// Thomas, of another organisation, is interested.
			const thomasSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const thomas = new Journey(thomasSession, locale);
			await thomas.logIn(PARTNER.email, DEMO_PASSWORD);
			await thomas.go(searchPath);
			await thomas.expectHeading(title);
			const ewaMails = mailTo(demo.member).length;
			const message = `We run two heap parks in Essen and can share how (${id}).`;
			await thomas.field(thomas.t('partners_field_message')).fill(message);
			expect(await thomas.submit(thomas.page.getByRole('button', { name: thomas.t('partners_interest_submit') }))).toBe(303);
			await thomas.waitFor(thomas.page.getByRole('status'), 'the "sent" notice', thomas.t('partners_interest_sent'));
			await thomas.waitFor(
				thomas.page.getByRole('row').filter({ hasText: PARTNER.organisation }),
				'his own answer',
				thomas.t('partners_interest_status_pending')
			);

			// Ewa is told, and accepts Ruhr Zukunft as a partner.
			const told = await waitForMail(demo.member, { skip: ewaMails, matching: new RegExp(id) });
			// (the mail is in her own language; the journey stays in this one)
			expect(linkIn(told, /\/partners\//).replace(/^\/(pl|en)\//, `/${locale}/`)).toBe(searchPath);
			await ewa.go(searchPath);
			await ewa.expectHeading(title);
			const row = ewa.page.getByRole('row').filter({ hasText: PARTNER.organisation });
			await ewa.waitFor(row, 'the interest', message);
			await ewa.field(ewa.t('partners_field_role', { organisation: PARTNER.organisation }), row).selectOption('partner');
			expect(await ewa.submit(row.getByRole('button', { name: ewa.t('partners_accept', { organisation: PARTNER.organisation }) }))).toBe(
				303
			);
			await ewa.waitFor(ewa.page.getByRole('status'), 'the "accepted" notice', ewa.t('partners_accepted'));
			await ewa.waitFor(
				ewa.page.getByRole('row').filter({ hasText: PARTNER.organisation }),
				'the accepted partner',
				ewa.t('partners_interest_status_accepted', { role: ewa.t('partners_role_partner') })
			);
			await waitForMail(PARTNER.email, { matching: new RegExp(title) });

			// "Partnership complete": the search becomes a project.
			expect(await ewa.submit(ewa.page.getByRole('button', { name: ewa.t('partners_complete_submit') }))).toBe(303);
			const projectPath = new URL(ewa.page.url()).pathname;
			expect(projectPath).toMatch(new RegExp(`^/${locale}/projects/[a-z0-9-]+$`));
			const projectPage = await ewa.page.request.get(projectPath);
			if (projectPage.status() === 200) {
				await ewa.expectHeading(title);
				// the partners' table (helper F's page): each organisation in a row with its role
				const partners = ewa.page.getByRole('region', { name: ewa.t('projects_partners_title') });
				const roleCell = (organisation: string) => partners.getByRole('row').filter({ hasText: organisation }).getByRole('cell').first();
				await ewa.waitFor(roleCell(EWA_ORG), 'the lead organisation on the project page', ewa.t('projects_role_lead'));
				await ewa.waitFor(roleCell(PARTNER.organisation), 'the partner on the project page', ewa.t('projects_role_partner'));
			} else console.warn(`project page ${projectPath} answered ${projectPage.status()}: checked through the search page only`);
			// The search tells where it went, and takes no more answers.
			await ewa.go(searchPath);
			await ewa.waitFor(ewa.page.getByRole('definition').filter({ hasText: ewa.t('partners_status_complete') }), 'the complete status');
			expect(await ewa.page.getByRole('link', { name: title }).getAttribute('href')).toBe(projectPath);
			expect(await ewa.page.getByRole('button', { name: ewa.t('partners_complete_submit') }).count()).toBe(0);

			const done = await waitForMail(PARTNER.email, { matching: new RegExp(`${projectPath.split('/').pop()}`) });
			// the project's title is in the body; subjects carry no user-written text
			expect(done.subject).not.toContain(title);
			expect(done.text).toContain(title);
			ewaSession.assertClean();
			thomasSession.assertClean();
			await Promise.all([ewaSession.close(), thomasSession.close()]);
		});
	}
});
