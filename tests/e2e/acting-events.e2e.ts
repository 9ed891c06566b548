/**
 * A full event and its waiting list: Ewa, of the Wałbrzych city office, creates an online
 * workshop with one place through the form (a first try with the end before the start is
 * refused and keeps what she typed). Joanna takes the place and sees the meeting link; Tomasz
 * joins the waiting list and does not see it. Joanna cancels; Tomasz gets the promotion mail,
 * and the event page now tells him he is registered and shows him the link. Ewa's participant
 * list agrees, and a visitor finds the workshop in the month view.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { waitForMail } from './support/mailbox';
import { acceptLanguage, escapeRegExp } from './support/knowledge';

const chromium = useBrowser();
const JOANNA = 'joanna.mazur@headframe.example';
const TOMASZ = 'tomasz.lewandowski@headframe.example';

/** "YYYY-MM-DDTHH:MM" `days` from today, for a datetime-local field read in Europe/Warsaw. */
function localDay(days: number, hhmm: string): string {
	const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
		new Date(Date.now() + days * 86_400_000)
	);
	return `${date}T${hhmm}`;
}

describe('a full event and its waiting list', () => {
	for (const locale of locales) {
		it(`${locale}: register for a full event and get promoted from the waitlist after a cancellation`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Warsztat online: budżet partycypacyjny (${id})` : `Online workshop: participatory budgets (${id})`;
			const meeting = `https://meet.example/e2e-${id}`;
			const start = localDay(12, '10:00');

			// Ewa creates the event; a first try with the end before the start is refused.
			const ewaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(ewaSession, locale);
			const { page } = ewa;
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/events`);
			await ewa.follow(page.getByRole('link', { name: ewa.t('events_add') }), /\/events\/new$/);
			await ewa.expectHeading(ewa.t('events_new_title'));
			await ewa.field(ewa.t('events_field_type')).selectOption('workshop');
			await ewa.field(ewa.t('events_field_title')).fill(title);
			await ewa.field(ewa.t('events_field_starts')).fill(start);
			await ewa.field(ewa.t('events_field_ends')).fill(localDay(11, '12:00'));
			await page.getByLabel(ewa.t('events_field_online'), { exact: true }).check();
			await ewa.field(ewa.t('events_field_meeting_url')).fill(meeting);
			await ewa.field(ewa.t('events_field_capacity')).fill('1');
			await ewa.field(ewa.t('events_agenda_time'), page.getByRole('group', { name: ewa.t('events_agenda_row', { n: 1 }) })).fill('10:00');
			await ewa
				.field(ewa.t('events_agenda_item'), page.getByRole('group', { name: ewa.t('events_agenda_row', { n: 1 }) }))
				.fill(locale === 'pl' ? 'Przykłady z Wałbrzycha' : 'Examples from Wałbrzych');
			await page.getByRole('radio', { name: ewa.t('events_visibility_public') }).check();
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('events_form_create') }))).toBe(400);
			await ewa.waitFor(page.getByRole('alert'), 'the error summary', ewa.t('events_error_ends_before_start'));
			expect(await ewa.field(ewa.t('events_field_title')).inputValue()).toBe(title);
			expect(await ewa.field(ewa.t('events_field_meeting_url')).inputValue()).toBe(meeting);
			await ewa.field(ewa.t('events_field_ends')).fill(localDay(12, '12:00'));
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('events_form_create') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(page.getByRole('status'), 'the "created" notice', ewa.t('events_notice_created'));
			const eventPath = new URL(page.url()).pathname;
			expect(eventPath).toMatch(new RegExp(`^/${locale}/events/[a-z0-9-]+$`));
			// organisers see the link they wrote
			await ewa.waitFor(page.getByRole('link', { name: ewa.t('events_meeting_link') }), 'the meeting link, for the organiser');

			// Joanna takes the only place and gets the link.
			const joannaSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const joanna = new Journey(joannaSession, locale);
			await joanna.logIn(JOANNA, DEMO_PASSWORD);
			await joanna.go(eventPath);
			expect(await joanna.page.content()).not.toContain(meeting);
			expect(await joanna.submit(joanna.page.getByRole('button', { name: joanna.t('events_register_submit') }))).toBe(303);
			await joanna.waitFor(joanna.page.getByRole('status'), 'the "registered" notice', joanna.t('events_notice_registered'));
			await joanna.waitFor(joanna.page.getByText(joanna.t('events_registered_notice')), '"you are registered"');
			expect(await joanna.page.getByRole('link', { name: joanna.t('events_meeting_link') }).getAttribute('href')).toBe(meeting);

			// Tomasz finds it full, joins the waiting list, and does not get the link.
			const tomaszSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const tomasz = new Journey(tomaszSession, locale);
			await tomasz.logIn(TOMASZ, DEMO_PASSWORD);
			await tomasz.go(eventPath);
			await tomasz.waitFor(tomasz.page.getByText(tomasz.t('events_full_notice')), 'the "full" notice');
			expect(await tomasz.submit(tomasz.page.getByRole('button', { name: tomasz.t('events_join_waitlist_submit') }))).toBe(303);
			await tomasz.waitFor(tomasz.page.getByRole('status'), 'the "waitlisted" notice', tomasz.t('events_notice_waitlisted'));
			await tomasz.waitFor(tomasz.page.getByText(tomasz.t('events_waitlisted_notice', { n: 1 })), '"number 1 on the waiting list"');
			expect(await tomasz.page.content()).not.toContain(meeting);
			expect(await tomasz.page.getByRole('link', { name: tomasz.t('events_meeting_link') }).count()).toBe(0);

			// Joanna cancels; the place goes to Tomasz, who is told by mail.
			expect(await joanna.submit(joanna.page.getByRole('button', { name: joanna.t('events_cancel_registration') }))).toBe(303);
			await joanna.waitFor(joanna.page.getByRole('status'), 'the "cancelled" notice', joanna.t('events_notice_cancelled'));
			expect(await joanna.page.content()).not.toContain(meeting);
			const mail = await waitForMail(TOMASZ, { matching: new RegExp(escapeRegExp(title)) });
			expect(mail.text).toContain(eventPath.replace(`/${locale}/`, '/'));
			expect(mail.subject).toMatch(/Masz miejsce|A place is yours/);

			await tomasz.go(eventPath);
			await tomasz.waitFor(tomasz.page.getByText(tomasz.t('events_registered_notice')), '"you are registered", after the promotion');
			expect(await tomasz.page.getByRole('link', { name: tomasz.t('events_meeting_link') }).getAttribute('href')).toBe(meeting);

			// Ewa's list agrees: Tomasz registered, Joanna gone.
			await ewa.follow(page.getByRole('link', { name: ewa.t('events_participants_link') }), /\/participants$/);
			const rows = page.getByRole('table').getByRole('row');
			await ewa.waitFor(rows.filter({ hasText: 'Tomasz Lewandowski' }), 'Tomasz in the list', ewa.t('events_status_registered'));
			expect(await rows.filter({ hasText: 'Joanna Mazur' }).count()).toBe(0);

			for (const session of [ewaSession, joannaSession, tomaszSession]) {
				session.assertClean();
				await session.close();
			}

			// A visitor finds the public workshop in its month.
			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(visitorSession, locale);
			await visitor.go(`/${locale}/events?view=month&month=${start.slice(0, 7)}&mode=online`);
			const cell = visitor.page.getByRole('table').getByRole('link', { name: new RegExp(escapeRegExp(title)) });
			await visitor.waitFor(cell, 'the workshop in the month grid');
			visitorSession.assertClean();
			await visitorSession.close();
		});
	}
});
