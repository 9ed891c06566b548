/**
 * Ewa puts an event in her calendar: she creates a members-only online event for her city
 * hall, registers for it, downloads its .ics (with the meeting link, since she is registered),
 * then creates her personal feed address. A calendar app, without any session, reads the event
 * from it; once she turns the feed off, the old address answers 404.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, baseUrl, demo, unique } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

/** "YYYY-MM-DDT10:00", `days` from now: the wall-clock value a datetime-local field takes. */
function localDay(days: number, time: string): string {
	return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

const summaries = (text: string) =>
	new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));

describe('events in a calendar', () => {
	// One language: the parts specific to this journey are files and addresses, not words.
	const locale = 'pl' as const;
	it(`${locale}: an event's .ics, then a personal feed read without a session, then revoked`, async () => {
		const id = unique();
		const title = `Spotkanie sieci: rewitalizacja, etap ${id}`;
		const meeting = `https://meet.example.org/headframe-${id}`;
		const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
		const ewa = new Journey(session, locale);
		const { page } = ewa;

		await ewa.logIn(demo.member, DEMO_PASSWORD);

		// A members-only online meeting hosted by her city hall, three weeks ahead.
		await ewa.go(`/${locale}/events/new`);
		await ewa.field(ewa.t('events_field_type')).selectOption('meeting');
		await ewa.field(ewa.t('events_field_title')).fill(title);
		await ewa.field(ewa.t('events_field_starts')).fill(localDay(21, '10:00'));
		await ewa.field(ewa.t('events_field_ends')).fill(localDay(21, '12:00'));
		await page.getByLabel(ewa.t('events_field_online')).check();
		await ewa.field(ewa.t('events_field_meeting_url')).fill(meeting);
		await page.getByRole('radio', { name: ewa.t('events_visibility_members') }).check();
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('events_form_create') }))).toBe(303);
		await ewa.expectHeading(title);
		const eventPath = new URL(page.url()).pathname;

		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('events_register_submit') }))).toBe(303);

		// The .ics link, fetched with her session: the event, with its meeting link.
		const icsHref = await page.getByRole('link', { name: ewa.t('events_calendar_file') }).getAttribute('href');
		expect(icsHref).toBe(`${eventPath}/calendar.ics`);
		const ics = await page.evaluate(async (href) => {
			const response = await fetch(href);
			return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
		}, icsHref!);
		expect(ics.status).toBe(200);
		expect(ics.type).toContain('text/calendar');
		expect(summaries(ics.text)).toEqual([title]);
		expect(ics.text.replace(/\r\n /g, '')).toContain(meeting);
		// Without a session the members-only event is not there at all.
		expect((await fetch(`${baseUrl}${icsHref}`)).status).toBe(404);

		// Her feed address, from the account page.
		await ewa.go(`/${locale}/account`);
		await ewa.follow(page.getByRole('link', { name: ewa.t('calendar_page_title') }), /\/account\/calendar$/);
		await ewa.expectHeading(ewa.t('calendar_page_title'));
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('calendar_create') }))).toBe(200);
		await ewa.waitFor(page.getByRole('status'), 'the "address created" notice', ewa.t('calendar_created'));
		const address = await ewa.field(ewa.t('calendar_address_label')).inputValue();
		expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
		const feedPath = new URL(address).pathname;

		// A calendar app: no cookies at all.
		const feed = await fetch(`${baseUrl}${feedPath}`);
		expect(feed.status).toBe(200);
		expect(feed.headers.get('cache-control')).toContain('no-store');
		const feedText = await feed.text();
		expect(summaries(feedText)).toContain(title);
		expect(feedText.replace(/\r\n /g, '')).toContain(meeting);

		// Turned off: the old address is gone.
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('calendar_revoke') }))).toBe(200);
		await ewa.waitFor(page.getByRole('status'), 'the "feed turned off" notice', ewa.t('calendar_revoked'));
		expect((await fetch(`${baseUrl}${feedPath}`)).status).toBe(404);
		await ewa.expectHeading(ewa.t('calendar_page_title'));
		expect(await page.getByRole('button', { name: ewa.t('calendar_create') }).count()).toBe(1);

		session.assertClean();
		await session.close();
	});
});
