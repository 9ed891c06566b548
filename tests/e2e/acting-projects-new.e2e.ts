/**
 * Ewa starts a joint project for her city hall: a wrong period is refused with a message and
 * what she typed kept; then the project exists with her organisation as the lead. She adds Ruhr
 * Zukunft as a partner and hands the lead over to it: from then on she may no longer edit.
 * Polish only: Ewa reads Polish, and the list and project pages run in both languages elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, unique } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();
const locale = 'pl' as const;

describe('starting a joint project', () => {
	it('pl: a member starts a project, adds a partner and hands over the lead', async () => {
		const title = `Zielone hałdy Wałbrzycha ${unique()}`;
		const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
		const ewa = new Journey(session, locale);
		const { page } = ewa;
		await ewa.logIn(demo.member, DEMO_PASSWORD);
		await ewa.go(`/${locale}/projects`);
		await ewa.follow(page.getByRole('link', { name: ewa.t('projects_list_add') }), /\/projects\/new$/);
		await ewa.expectHeading(ewa.t('projects_new_title'));

		// The end before the start: refused, everything typed is still there.
		expect(await ewa.field(ewa.t('projects_field_lead')).locator('option:checked').innerText()).toBe('Urząd Miasta Wałbrzych (demo)');
		await ewa.field(ewa.t('projects_field_title')).fill(title);
		await ewa.field(ewa.t('projects_field_summary')).fill('Hałdy jako **parki sąsiedzkie**.');
		await ewa.field(ewa.t('projects_field_status')).selectOption('forming');
		await ewa.field(ewa.t('projects_field_budget')).fill('150000');
		await ewa.field(ewa.t('projects_field_starts_on')).fill('2027-05-01');
		await ewa.field(ewa.t('projects_field_ends_on')).fill('2027-04-01');
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('projects_new_submit') }))).toBe(400);
		await ewa.waitFor(page.getByRole('alert'), 'the error summary', ewa.t('projects_error_period'));
		expect(await ewa.field(ewa.t('projects_field_title')).inputValue()).toBe(title);
		expect(await ewa.field(ewa.t('projects_field_budget')).inputValue()).toBe('150000');
		expect(await ewa.field(ewa.t('projects_field_status')).inputValue()).toBe('forming');

		await ewa.field(ewa.t('projects_field_ends_on')).fill('2028-04-30');
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('projects_new_submit') }))).toBe(303);
		await ewa.expectHeading(title);
		await ewa.waitFor(page.getByRole('status'), 'the "created" notice', ewa.t('projects_notice_created'));
		await ewa.waitFor(page.locator('ol li[aria-current="step"]'), 'the current status', ewa.t('projects_status_forming'));
		const budget = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(150000);
		await ewa.waitFor(page.locator('dl'), 'the budget', budget);
		const projectPath = new URL(page.url()).pathname;

		// A partner from Essen, then the lead goes to it.
		await ewa.follow(page.getByRole('link', { name: ewa.t('projects_edit_link') }), /\/edit$/);
		const organisation = ewa.field(ewa.t('projects_partner_organisation'));
		const ruhr = await organisation.locator('option', { hasText: 'Ruhr Zukunft' }).getAttribute('value');
		await organisation.selectOption(ruhr!);
		await ewa.field(ewa.t('projects_partner_role')).selectOption('partner');
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('projects_partner_add_submit') }))).toBe(303);
		await ewa.waitFor(page.getByRole('status'), 'the "partners saved" notice', ewa.t('projects_notice_partners'));
		const ruhrRow = page.getByRole('row').filter({ hasText: 'Ruhr Zukunft' });
		await ewa.waitFor(ruhrRow, 'Ruhr Zukunft among the partners');
		// the lead cannot be removed: no button for it
		const leadRow = page.getByRole('row').filter({ hasText: 'Urząd Miasta Wałbrzych' });
		expect(await leadRow.getByRole('button', { name: /Usuń/ }).count()).toBe(0);

		await ruhrRow.getByRole('combobox').selectOption('lead');
		expect(await ewa.submit(ruhrRow.getByRole('button', { name: ewa.t('projects_partner_role_save') }))).toBe(303);
		await ewa.go(`${projectPath}/edit`, { status: 404 });
		await ewa.go(projectPath);
		expect(await page.getByRole('link', { name: ewa.t('projects_edit_link') }).count()).toBe(0);
		const partners = page.getByRole('region', { name: ewa.t('projects_partners_title') });
		await ewa.waitFor(
			partners.getByRole('row').filter({ hasText: 'Ruhr Zukunft' }),
			'Ruhr Zukunft as the lead',
			ewa.t('projects_role_lead')
		);
		await ewa.waitFor(
			partners.getByRole('row').filter({ hasText: 'Urząd Miasta Wałbrzych' }),
			'Wałbrzych as a partner',
			ewa.t('projects_role_partner')
		);
		// still a partner: she may post updates (the form opens under its summary)
		expect(await page.locator('summary', { hasText: ewa.t('projects_update_new') }).count()).toBe(1);
		session.assertClean();
		await session.close();
	}, 120_000);
});
