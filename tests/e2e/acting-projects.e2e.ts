/**
 * A joint project's updates by audience: Ewa, whose city hall is a partner of the demo project
 * "Stories from the shafts", posts an update for partners only. Thomas, a member from an
 * organisation outside the project, reads the project but not that update; a visitor reads
 * only the public parts (no updates at all) and does not find the members-only project.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

const RUNNING = 'Stories from the shafts: young people map mining heritage (demo)';
const MEMBERS_ONLY = 'After coal: skills and jobs for the energy transition (demo)';
/** Thomas Becker of Ruhr Zukunft, which takes part in neither demo project. */
const OUTSIDER = 'thomas.becker@headframe.example';

describe('project updates by audience', () => {
	for (const locale of locales) {
		it(`${locale}: a partner posts a partners-only update that others never see`, async () => {
			const secret =
				locale === 'pl'
					? `Poufne: negocjujemy budżet z Genk (${unique()}).`
					: `Confidential: we renegotiate the Genk budget (${unique()}).`;

			// Ewa finds the project in the list and posts an update for partners only.
			const ewaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(ewaSession, locale);
			const { page } = ewa;
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/projects`);
			await ewa.expectHeading(ewa.t('projects_list_title'));
			const membersOnlyHref = await page.getByRole('link', { name: MEMBERS_ONLY }).getAttribute('href');
			expect(membersOnlyHref).toMatch(new RegExp(`^/${locale}/projects/`));
			await ewa.follow(page.getByRole('link', { name: RUNNING }), new RegExp(`^/${locale}/projects/[a-z0-9-]+$`));
			await ewa.expectHeading(RUNNING);
			const projectPath = new URL(page.url()).pathname;
			await ewa.waitFor(page.locator('ol li[aria-current="step"]'), 'the current status', ewa.t('projects_status_running'));

			await page.getByText(ewa.t('projects_update_new')).click();
			await ewa.field(ewa.t('projects_update_body')).fill(secret);
			await page.getByRole('radio', { name: ewa.t('projects_audience_partners_choice') }).check();
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('projects_update_submit') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "update posted" notice', ewa.t('projects_notice_posted'));
			const posted = page
				.getByRole('region', { name: ewa.t('projects_updates_title') })
				.getByRole('listitem')
				.filter({ hasText: secret });
			await ewa.waitFor(posted, 'the new update, marked for partners', ewa.t('projects_audience_partners'));
			ewaSession.assertClean();
			await ewaSession.close();

			// Thomas is a member, but not a partner: the project and its members' update, not the secret.
			const thomasSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const thomas = new Journey(thomasSession, locale);
			await thomas.logIn(OUTSIDER, DEMO_PASSWORD);
			await thomas.go(projectPath);
			await thomas.expectHeading(RUNNING);
			const updates = thomas.page.getByRole('region', { name: thomas.t('projects_updates_title') });
			await thomas.waitFor(updates.getByRole('listitem').first(), 'the members update', thomas.t('projects_audience_members'));
			expect(await thomas.page.content()).not.toContain(secret);
			expect(await updates.getByText(thomas.t('projects_audience_partners'), { exact: true }).count()).toBe(0);
			expect(await thomas.page.getByRole('button', { name: thomas.t('projects_update_submit') }).count()).toBe(0);
			thomasSession.assertClean();
			await thomasSession.close();

			// A visitor: the public project without updates or documents; the members-only one is not there.
			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(visitorSession, locale);
			await visitor.go(`/${locale}/projects`);
			expect(await visitor.page.getByRole('link', { name: MEMBERS_ONLY }).count()).toBe(0);
			await visitor.follow(visitor.page.getByRole('link', { name: RUNNING }), new RegExp(`${projectPath}$`));
			await visitor.expectHeading(RUNNING);
			await visitor.waitFor(
				visitor.page.getByRole('region', { name: visitor.t('projects_partners_title') }),
				'the partners',
				'Urząd Miasta Wałbrzych (demo)'
			);
			await visitor.waitFor(visitor.page.getByText(visitor.t('projects_visitor_notice')), 'the "for members" notice');
			expect(await visitor.page.getByRole('region', { name: visitor.t('projects_updates_title') }).count()).toBe(0);
			expect(await visitor.page.getByRole('region', { name: visitor.t('projects_documents_title') }).count()).toBe(0);
			const html = await visitor.page.content();
			expect(html).not.toContain(secret);
			expect(html).not.toContain('oral-history workshops</strong> are done');
			await visitor.go(membersOnlyHref!, { status: 404 });
			visitorSession.assertClean();
			await visitorSession.close();
		}, 120_000);
	}
});
