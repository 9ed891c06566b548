/**
 * Organising with the demo content: Ewa (Polish only) opens the full demo workshop of her city
 * office, saves its edit form unchanged (the programme and times come back as they were), looks
 * at the participants with their answers, downloads the list for a spreadsheet and writes to
 * everyone registered. A visitor reads the archive: a past meeting with its notes.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, unique } from './support/env';
import { Journey } from './support/journey';
import { waitForMail } from './support/mailbox';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();
const FULL = 'warsztat-haldy-dla-mieszkancow';
const PAST = 'spotkanie-sieci-mieszkanie-za-remont';

describe('organising an event', () => {
	it('pl: edit, participants with answers, CSV, a message to all; the archive with notes', async () => {
		const locale = 'pl';
		const id = unique();
		const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
		const ewa = new Journey(session, locale);
		const { page } = ewa;
		await ewa.logIn(demo.member, DEMO_PASSWORD);

		await ewa.go(`/${locale}/events/${FULL}`);
		await ewa.waitFor(page.getByText(ewa.t('events_waitlist_count', { count: 2 })), 'the waiting list count');
		await ewa.follow(page.getByRole('link', { name: ewa.t('events_edit') }), /\/edit$/);
		expect(
			await ewa.field(ewa.t('events_agenda_item'), page.getByRole('group', { name: ewa.t('events_agenda_row', { n: 2 }) })).inputValue()
		).toContain('Porozumienie');
		const starts = await ewa.field(ewa.t('events_field_starts')).inputValue();
		expect(starts).toMatch(/T10:00$/);
		// "add more rows" posts back with what is typed and more empty rows
		const rowsBefore = await page.getByRole('group', { name: /^Punkt programu \d+$/ }).count();
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('events_agenda_more') }))).toBe(200);
		expect(await page.getByRole('group', { name: /^Punkt programu \d+$/ }).count()).toBe(rowsBefore + 3);
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('events_form_save') }))).toBe(303);
		await ewa.waitFor(page.getByRole('status'), 'the "saved" notice', ewa.t('events_notice_saved'));

		await ewa.follow(page.getByRole('link', { name: ewa.t('events_participants_link') }), /\/participants$/);
		const table = page.getByRole('table');
		await ewa.waitFor(table.getByRole('row').filter({ hasText: 'Joanna Mazur' }), 'Joanna and her answer', 'wegetariańska');
		await ewa.waitFor(
			table.getByRole('row').filter({ hasText: 'Barbara Grabowska' }),
			'Barbara on the waiting list',
			ewa.t('events_status_waitlisted_n', { n: 1 })
		);

		const csvHref = await page.getByRole('link', { name: ewa.t('events_csv_download') }).getAttribute('href');
		const csv = await page.request.get(csvHref!);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const bytes = await csv.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('"Agnieszka Wójcik (demo)"');

		const subject = `Parking ${id}`;
		await ewa.field(ewa.t('events_field_subject')).fill(subject);
		await ewa.field(ewa.t('events_field_body')).fill('Parking za urzędem, wjazd od ul. Słowackiego.');
		expect(await ewa.submit(page.getByRole('button', { name: ewa.t('events_message_submit') }))).toBe(303);
		await ewa.waitFor(page.getByRole('status'), 'the "sent" notice', ewa.t('events_notice_message', { count: 3 }));
		const mail = await waitForMail('agnieszka.wojcik@headframe.example', { matching: new RegExp(subject) });
		expect(mail.text).toContain('wjazd od ul. Słowackiego');
		session.assertClean();
		await session.close();

		// A visitor cannot open the organisers' pages, and reads the archive.
		const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
		const visitor = new Journey(visitorSession, locale);
		expect((await visitor.page.request.get(`/${locale}/events/${PAST}/participants.csv`)).status()).toBe(404);
		await visitor.go(`/${locale}/events?when=past`);
		await visitor.follow(
			visitor.page.getByRole('link', { name: 'Spotkanie sieci: mieszkanie za remont w praktyce' }),
			new RegExp(`/events/${PAST}$`)
		);
		await visitor.waitFor(visitor.page.getByRole('heading', { name: 'Co ustaliliśmy' }), 'the notes');
		await visitor.waitFor(visitor.page.getByText(visitor.t('events_state_ended')), '"this event has ended"');
		visitorSession.assertClean();
		await visitorSession.close();
	});
});
