/**
 * Moderation: Elena, registered but not yet a network member, tries to put a link in her first
 * reply to a general discussion and is refused with a clear message, her text kept; she posts
 * without it. Ewa (a member) reports the reply; the coordinator hides it with a reason; Elena
 * sees why (on the page and by mail), Ewa sees only a note; the coordinator restores it.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique } from './support/env';
import { Journey } from './support/journey';
import { mailTo, waitForMail } from './support/mailbox';

const chromium = useBrowser();

/** Registered and confirmed, applying to join as an individual: not a member yet (people.data.ts). */
const NEWCOMER = 'elena.costa@headframe.example';

describe('moderating a discussion', () => {
	for (const locale of locales) {
		it(`${locale}: a newcomer's link refused, a reply reported, hidden with a reason, restored`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Rynek pracy po kopalni ${id}` : `Jobs after the mine ${id}`;

			// Ewa starts a general discussion.
			const ewaSession = await newSession(chromium.browser);
			const ewa = new Journey(ewaSession, locale);
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/discussions/new`);
			await ewa.field(ewa.t('discussions_field_title')).fill(title);
			await ewa
				.field(ewa.t('discussions_field_body'))
				.fill(locale === 'pl' ? `Jak to wygląda u was? (${id})` : `How is it where you are? (${id})`);
			expect(await ewa.submit(ewa.page.getByRole('button', { name: ewa.t('discussions_new_submit') }))).toBe(303);
			await ewa.expectHeading(title);
			const threadPath = new URL(ewa.page.url()).pathname;

			// Elena, not a member yet, may not put a link in her first posts: refused, text kept.
			const elenaSession = await newSession(chromium.browser);
			const elena = new Journey(elenaSession, locale);
			await elena.logIn(NEWCOMER, DEMO_PASSWORD);
			await elena.go(threadPath);
			const withLink = `Our data is at https://example.com/demography (${id})`;
			await elena.field(elena.t('discussions_field_reply')).fill(withLink);
			expect(await elena.submit(elena.page.getByRole('button', { name: elena.t('discussions_reply_submit') }))).toBe(400);
			await elena.waitFor(elena.page.getByRole('alert'), 'the refusal', elena.t('moderation_error_links'));
			expect(await elena.field(elena.t('discussions_field_reply')).inputValue()).toBe(withLink);
			const reply = `Buy my demographic reports, cheap! (${id})`;
			await elena.field(elena.t('discussions_field_reply')).fill(reply);
			expect(await elena.submit(elena.page.getByRole('button', { name: elena.t('discussions_reply_submit') }))).toBe(303);
			await elena.waitFor(elena.page.locator('#reply-2'), 'her reply, number 2', reply);

			// Ewa reports it.
			await ewa.go(threadPath);
			await ewa.follow(
				ewa.page.getByRole('link', { name: ewa.t('discussions_report_label', { number: 2 }) }),
				/\/report\?type=post&id=\d+$/
			);
			await ewa.expectHeading(ewa.t('moderation_report_title'));
			await ewa.waitFor(ewa.page.locator('blockquote'), 'what she reports', id);
			// no reason chosen: refused with her words kept
			const words = locale === 'pl' ? 'Reklama w dyskusji.' : 'Advertising in a discussion.';
			await ewa.field(ewa.t('moderation_report_details')).fill(words);
			expect(await ewa.submit(ewa.page.getByRole('button', { name: ewa.t('moderation_report_submit') }))).toBe(400);
			expect(await ewa.field(ewa.t('moderation_report_details')).inputValue()).toBe(words);
			await ewa.page.getByRole('radio', { name: ewa.t('moderation_reason_spam') }).check();
			expect(await ewa.submit(ewa.page.getByRole('button', { name: ewa.t('moderation_report_submit') }))).toBe(303);
			await ewa.waitFor(ewa.page.getByRole('status'), 'the "sent" notice', ewa.t('moderation_report_sent'));

			// The coordinator hides it with a reason.
			const coordinatorSession = await newSession(chromium.browser);
			const coordinator = new Journey(coordinatorSession, locale);
			await coordinator.logIn(demo.coordinator, DEMO_PASSWORD);
			await coordinator.go(`/${locale}/admin`);
			await coordinator.follow(coordinator.page.getByRole('link', { name: coordinator.t('moderation_admin_link') }), /\/admin\/reports$/);
			await coordinator.expectHeading(coordinator.t('moderation_queue_title'));
			const row = coordinator.page.getByRole('row').filter({ hasText: id });
			await coordinator.waitFor(row, 'the reported reply', coordinator.t('moderation_reason_spam'));
			expect(await row.innerText()).toContain(words);
			const reason = locale === 'pl' ? `Reklama usług (${id})` : `Advertising services (${id})`;
			await coordinator.field(coordinator.t('moderation_queue_hide_reason'), row).fill(reason);
			const mailsBefore = mailTo(NEWCOMER).length;
			expect(await coordinator.submit(row.getByRole('button', { name: coordinator.t('moderation_queue_hide') }))).toBe(303);
			await coordinator.waitFor(coordinator.page.getByRole('status'), 'the "hidden" notice', coordinator.t('moderation_queue_done_hidden'));

			// Elena sees why, on the page and by mail (in her language, English).
			const mail = await waitForMail(NEWCOMER, { skip: mailsBefore, matching: new RegExp(id) });
			expect(mail.text).toContain(reason);
			expect(mail.text).toContain(`/en${threadPath.slice(3)}#reply-2`);
			await elena.go(threadPath);
			await elena.waitFor(elena.page.locator('#reply-2'), 'the reason on her reply', elena.t('discussions_hidden_for_author', { reason }));

			// Ewa sees only a note in its place.
			await ewa.go(threadPath);
			await ewa.waitFor(ewa.page.locator('#reply-2'), 'the note', ewa.t('discussions_hidden_note'));
			expect(await ewa.page.locator('#reply-2').innerText()).not.toContain(id);

			// The coordinator restores it; Ewa sees it again.
			await coordinator.go(`/${locale}/admin/reports?show=decided`);
			const decided = coordinator.page.getByRole('row').filter({ hasText: id });
			await coordinator.waitFor(decided, 'the hidden reply', reason);
			expect(await coordinator.submit(decided.getByRole('button', { name: coordinator.t('moderation_queue_restore') }))).toBe(303);
			await coordinator.waitFor(
				coordinator.page.getByRole('status'),
				'the "restored" notice',
				coordinator.t('moderation_queue_done_restored')
			);
			await ewa.go(threadPath);
			await ewa.waitFor(ewa.page.locator('#reply-2'), 'the restored reply', reply);

			for (const session of [ewaSession, elenaSession, coordinatorSession]) {
				session.assertClean();
				await session.close();
			}
		});
	}
});
