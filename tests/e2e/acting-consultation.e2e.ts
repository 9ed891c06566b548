/**
 * A consultation becomes an online event: Ewa, of the Wałbrzych city office, asks the network
 * about a spoil heap (a first try without an area is refused and keeps what she typed). Tomasz,
 * from Bytom, is among the suggested experts, finds the request and offers to help. Ewa picks him,
 * a time and a meeting link; the event page then shows an online consultation with the meeting
 * link to both of them, and Tomasz gets the mail with the time and a link to the event. A
 * visitor is sent to the login page.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { waitForMail } from './support/mailbox';
import { acceptLanguage, escapeRegExp } from './support/knowledge';

const chromium = useBrowser();
const TOMASZ = { email: 'tomasz.lewandowski@headframe.example', name: 'Tomasz Lewandowski (demo)' };
/** Two areas Tomasz knows (his profile lists both), so he is among the best-matched experts. */
const AREAS = {
	pl: ['Ponowne wykorzystanie terenów poprzemysłowych', 'Mieszkalnictwo'],
	en: ['Brownfield reuse', 'Housing']
} as const;

/** "YYYY-MM-DDTHH:MM" `days` from today, for a datetime-local field read in Europe/Warsaw. */
function localDay(days: number, hhmm: string): string {
	const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
		new Date(Date.now() + days * 86_400_000)
	);
	return `${date}T${hhmm}`;
}

describe('a consultation that becomes an online event', () => {
	for (const locale of locales) {
		it(`${locale}: ask, get an offer, pick the expert and a time, meet online`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Hałda w centrum: jak zacząć? (${id})` : `A spoil heap in town: where to start? (${id})`;
			const problem =
				locale === 'pl'
					? 'Chcemy udostępnić hałdę mieszkańcom. Jak zbadać **skarpy**?'
					: 'We want to open a spoil heap to residents. How do we check the **slopes**?';
			const meeting = `https://meet.example.org/e2e-${id}`;
			const offer = locale === 'pl' ? `W Bytomiu robiliśmy to na Szombierkach (${id}).` : `We did this in Bytom (${id}).`;

			// Ewa asks; without an area the request is refused and what she typed stays.
			const ewaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(ewaSession, locale);
			const { page } = ewa;
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/consultations`);
			await ewa.expectHeading(ewa.t('consultations_title'));
			await ewa.follow(page.getByRole('link', { name: ewa.t('consultations_ask_button') }), /\/consultations\/new$/);
			await ewa.expectHeading(ewa.t('consultations_new_title'));
			await ewa.field(ewa.t('consultations_field_title')).fill(title);
			await ewa.field(ewa.t('consultations_field_problem')).fill(problem);
			const organisation = ewa.field(ewa.t('consultations_field_organisation'));
			await organisation.selectOption({ label: 'Urząd Miasta Wałbrzych (demo)' });
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('consultations_new_submit') }))).toBe(400);
			await ewa.waitFor(page.getByRole('alert'), 'the error summary', ewa.t('consultations_error_areas_required'));
			expect(await ewa.field(ewa.t('consultations_field_title')).inputValue()).toBe(title);
			expect(await ewa.field(ewa.t('consultations_field_problem')).inputValue()).toBe(problem);
			const areas = page.getByRole('group', { name: ewa.t('consultations_field_areas') });
			for (const area of AREAS[locale]) await areas.getByRole('checkbox', { name: area, exact: true }).check();
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('consultations_new_submit') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(page.getByRole('status'), 'the "request sent" notice', ewa.t('consultations_notice_created'));
			const consultationPath = new URL(page.url()).pathname;
			expect(consultationPath).toMatch(new RegExp(`^/${locale}/consultations/[a-z0-9-]+$`));
			await ewa.waitFor(page.locator('.prose strong'), 'the problem, rendered', locale === 'pl' ? 'skarpy' : 'slopes');
			const suggested = page.getByRole('list', { name: ewa.t('consultations_suggestions_title') });
			await ewa.waitFor(suggested.getByRole('link', { name: TOMASZ.name }), 'Tomasz among the suggested experts');

			// Tomasz finds the open request in his area and offers to help.
			const tomaszSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const tomasz = new Journey(tomaszSession, locale);
			await tomasz.logIn(TOMASZ.email, DEMO_PASSWORD);
			await tomasz.go(`/${locale}/consultations?area=brownfield-reuse`);
			const openList = tomasz.page.getByRole('list', { name: tomasz.t('consultations_open_title') });
			await tomasz.follow(openList.getByRole('link', { name: title }), new RegExp(`${escapeRegExp(consultationPath)}$`));
			await tomasz.expectHeading(title);
			const offerForm = tomasz.page.getByRole('form', { name: tomasz.t('consultations_offer_title') });
			await tomasz.field(tomasz.t('consultations_field_message'), offerForm).fill(offer);
			expect(await tomasz.submit(offerForm.getByRole('button', { name: tomasz.t('consultations_offer_submit') }))).toBe(303);
			await tomasz.waitFor(tomasz.page.getByRole('status'), 'the "offer sent" notice', tomasz.t('consultations_notice_offered'));
			await tomasz.waitFor(tomasz.page.getByText(offer), 'his own offer');
			const told = await waitForMail(demo.member, { matching: new RegExp(escapeRegExp(offer)) });
			expect(told.text).toContain(consultationPath.replace(`/${locale}/`, '/pl/'));

			// Ewa picks Tomasz, a time and the meeting link.
			await ewa.go(consultationPath);
			const scheduleForm = page.getByRole('form', { name: ewa.t('consultations_schedule_title') });
			await ewa.waitFor(page.getByText(offer), 'Tomasz’s offer, for Ewa');
			await page
				.getByRole('group', { name: ewa.t('consultations_field_experts') })
				.getByRole('checkbox', { name: TOMASZ.name })
				.check();
			await ewa.field(ewa.t('consultations_field_starts_at'), scheduleForm).fill(localDay(14, '10:00'));
			expect(await ewa.field(ewa.t('consultations_field_time_zone'), scheduleForm).inputValue()).toBe('Europe/Warsaw');
			await ewa.field(ewa.t('consultations_field_duration'), scheduleForm).selectOption('60');
			await ewa.field(ewa.t('consultations_field_meeting_url'), scheduleForm).fill(meeting);
			expect(await ewa.submit(scheduleForm.getByRole('button', { name: ewa.t('consultations_schedule_submit') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "scheduled" notice', ewa.t('consultations_notice_scheduled'));
			const meetingSection = page.getByRole('region', { name: ewa.t('consultations_meeting_title') });
			await ewa.waitFor(meetingSection, 'the meeting time', '10:00');
			await ewa.follow(meetingSection.getByRole('link', { name: ewa.t('consultations_meeting_event_link') }), /\/events\/[a-z0-9-]+$/);
			const eventPath = new URL(page.url()).pathname;

			// The event page: an online consultation, with the meeting link for Ewa.
			await ewa.expectHeading(title);
			await ewa.waitFor(page.locator('.tag').first(), 'the event type', ewa.t('events_type_consultation'));
			await ewa.waitFor(page.locator('dd', { hasText: ewa.t('events_online') }), 'where: online');
			expect(await page.getByRole('link', { name: ewa.t('events_meeting_link') }).getAttribute('href')).toBe(meeting);
			ewaSession.assertClean();
			await ewaSession.close();

			// Tomasz gets the mail with the time and the event, and sees the link there too.
			const mail = await waitForMail(TOMASZ.email, { matching: new RegExp(escapeRegExp(title)) });
			expect(mail.text).toContain(eventPath.replace(`/${locale}/`, '/pl/'));
			expect(mail.text).toContain('10:00');
			await tomasz.go(eventPath);
			await tomasz.expectHeading(title);
			expect(await tomasz.page.getByRole('link', { name: tomasz.t('events_meeting_link') }).getAttribute('href')).toBe(meeting);
			await tomasz.go(consultationPath);
			await tomasz.waitFor(tomasz.page.getByText(tomasz.t('consultations_my_offer_picked')), '"you have been picked"');
			tomaszSession.assertClean();
			await tomaszSession.close();

			// A visitor is asked to log in first: consultations are for members.
			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(visitorSession, locale);
			await visitor.go(consultationPath);
			expect(new URL(visitor.page.url()).pathname).toBe(`/${locale}/login`);
			expect(await visitor.page.content()).not.toContain(title);
			visitorSession.assertClean();
			await visitorSession.close();
		});
	}
});
