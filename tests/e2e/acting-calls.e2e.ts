/**
 * A call travels from a member to everyone: Ewa adds a funding call (a past deadline is
 * refused first, with what she typed kept); until a coordinator checks it only she sees it.
 * Magda, the coordinator, checks it from her queue; Ewa hears of it by mail and the call is
 * listed for visitors, with its deadline in its own time zone.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { linkIn, waitForMail } from './support/mailbox';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

/** YYYY-MM-DD some days from now. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('a funding call is added and checked', () => {
	for (const locale of locales) {
		it(`${locale}: Ewa adds a call, the coordinator checks it, everyone sees it`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Nabór na parki kieszonkowe ${id}` : `Pocket parks call ${id}`;
			const ewaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(ewaSession, locale);
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/calls`);
			await ewa.follow(ewa.page.getByRole('link', { name: ewa.t('calls_add') }), /\/calls\/new$/);
			await ewa.expectHeading(ewa.t('calls_new_title'));

			await ewa.field(ewa.t('calls_field_title')).fill(title);
			await ewa.field(ewa.t('calls_field_funder')).fill('Fundacja Zieleni (demo)');
			await ewa.field(ewa.t('calls_field_url')).fill('https://zielen.example/nabor');
			await ewa.field(ewa.t('calls_field_deadline')).fill('2020-05-04T12:00');
			await ewa.field(ewa.t('calls_field_time_zone')).selectOption('Europe/Warsaw');
			await ewa.page
				.getByRole('group', { name: ewa.t('calls_field_areas') })
				.getByRole('checkbox')
				.first()
				.check();
			await ewa.field(ewa.t('calls_field_countries')).selectOption(['PL']);
			const send = ewa.page.getByRole('button', { name: ewa.t('calls_new_submit') });
			expect(await ewa.submit(send)).toBe(400);
			await ewa.waitFor(ewa.page.getByRole('alert'), 'the error summary', ewa.t('calls_error_deadline_past'));
			expect(await ewa.field(ewa.t('calls_field_title')).inputValue()).toBe(title);
			expect(await ewa.field(ewa.t('calls_field_time_zone')).inputValue()).toBe('Europe/Warsaw');

			await ewa.field(ewa.t('calls_field_deadline')).fill(`${inDays(20)}T12:00`);
			expect(await ewa.submit(send)).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(ewa.page.getByRole('status'), 'the "waiting for a check" notice', ewa.t('calls_created_pending'));
			const callPath = new URL(ewa.page.url()).pathname;
			await ewa.waitFor(ewa.page.getByText(/12:00 (CET|CEST|GMT\+[12])/), 'the deadline in Warsaw time');

			// Visitors do not see it yet.
			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(visitorSession, locale);
			await visitor.go(callPath, { status: 404 });

			// Magda checks it from her queue.
			const magdaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const magda = new Journey(magdaSession, locale);
			await magda.logIn(demo.coordinator, DEMO_PASSWORD);
			await magda.go(`/${locale}/calls`);
			const decision = magda.page.getByRole('form', { name: magda.t('calls_decision_label', { title }) });
			await magda.waitFor(decision, 'the call in the queue');
			expect(await magda.submit(decision.getByRole('button', { name: magda.t('calls_check_button') }))).toBe(303);
			await magda.waitFor(magda.page.getByRole('status'), 'the "checked" notice', magda.t('calls_decided_checked'));

			// Ewa is told; everyone sees the call now.
			const mail = await waitForMail(demo.member, { matching: new RegExp(id) });
			expect(linkIn(mail, /\/calls\//)).toMatch(callPath.replace(/^\/(pl|en)/, ''));
			await visitor.go(`/${locale}/calls?country=PL`);
			await visitor.follow(visitor.page.getByRole('link', { name: title }), new RegExp(`${callPath}$`));
			await visitor.expectHeading(title);
			await visitor.waitFor(visitor.page.getByText(new RegExp(visitor.t('calls_days_left', { days: '(19|20|21)' }))), 'the days left');

			for (const s of [ewaSession, visitorSession, magdaSession]) s.assertClean();
			await Promise.all([ewaSession.close(), visitorSession.close(), magdaSession.close()]);
		});
	}
});
