/**
 * Notifications in the browser. Magda (the coordinator) follows Wałbrzych with the city page's
 * follow button; Ewa posts a challenge there and Magda's header soon shows an unread count; her
 * list has the new challenge, which she marks read. She follows the challenge, another member
 * answers it twice, and the two answers are ONE item ("2 new answers ..."); "mark all as read"
 * clears the header's count; the settings list what she follows and keep her mail choice. The worker that fans activity out runs every few seconds in the
 * server, so the page is reloaded until the notification is there.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

const HELPER: Record<Locale, string> = { pl: 'pawel.kaminski@headframe.example', en: 'claire.dubois@headframe.example' };
/** The plural message of two answers (the e2e catalogue reader skips plural variants). */
const TWO_ANSWERS: Record<Locale, (title: string) => string> = {
	pl: (title) => `2 nowe odpowiedzi na wyzwanie „${title}”`,
	en: (title) => `2 new answers to the challenge “${title}”`
};

async function signedIn(email: string, locale: Locale) {
	const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
	const journey = new Journey(session, locale);
	await journey.logIn(email, DEMO_PASSWORD);
	return journey;
}

/** Reloads the notifications page until an item with the text is there (the worker runs every 5 s). */
async function waitForItem(journey: Journey, text: string) {
	const item = journey.page.getByRole('listitem').filter({ hasText: text });
	const deadline = Date.now() + 40_000;
	for (;;) {
		await journey.go(`/${journey.locale}/notifications`);
		if ((await item.count()) > 0) return item;
		if (Date.now() > deadline) throw new Error(`No notification "${text}" on ${journey.page.url()}`);
		await journey.page.waitForTimeout(1_000);
	}
}

describe('notifications', () => {
	for (const locale of locales) {
		it(`${locale}: a followed city tells of a new challenge; two answers are one item; mark read clears the count`, async () => {
			const word = `Hałdy${unique().replace(/[0-9]/g, '')}`;
			const title = locale === 'pl' ? `Pylące hałdy ${word}` : `Dusty spoil heaps ${word}`;

			// Magda starts with nothing unread and follows Wałbrzych from its page.
			const magda = await signedIn(demo.coordinator, locale);
			const header = magda.page.getByRole('banner');
			await magda.go(`/${locale}/notifications`);
			await magda.expectHeading(magda.t('notifications_title'));
			const markAll = magda.page.getByRole('button', { name: magda.t('notifications_mark_all_read') });
			if ((await markAll.count()) > 0) expect(await magda.submit(markAll)).toBe(303);
			await magda.waitFor(
				header.getByRole('link', { name: magda.t('notifications_nav'), exact: true }),
				'the notifications link without a count'
			);
			await magda.go(`/${locale}/cities/walbrzych`);
			const follow = magda.page.getByRole('button', { name: magda.t('notifications_follow'), exact: true });
			if ((await follow.count()) > 0) expect(await magda.submit(follow)).toBe(303);
			await magda.waitFor(magda.page.getByRole('button', { name: magda.t('notifications_following_stop') }), 'the "following" button');

			// Ewa posts a challenge of Wałbrzych.
			const ewa = await signedIn(demo.member, locale);
			await ewa.go(`/${locale}/challenges/new`);
			await ewa.field(ewa.t('challenges_field_title')).fill(title);
			await ewa
				.field(ewa.t('challenges_field_description'))
				.fill(locale === 'pl' ? 'Pył z hałd nad osiedlem.' : 'Dust from the heaps over the estate.');
			await ewa.page.getByRole('checkbox', { name: ewa.t('challenges_help_data') }).check();
			expect(await ewa.submit(ewa.page.getByRole('button', { name: ewa.t('challenges_new_submit') }))).toBe(303);
			await ewa.expectHeading(title);
			const challengePath = new URL(ewa.page.url()).pathname;
			ewa.session.assertClean();
			await ewa.session.close();

			// Magda's header counts it; her list has it, linking to the challenge; she marks it read.
			const posted = await waitForItem(magda, magda.t('notifications_item_challenge_posted', { title }));
			await magda.waitFor(
				header.getByRole('link', {
					name: new RegExp(`^${magda.t('notifications_nav')}\\s*\\(1 ${magda.t('notifications_nav_unread')}\\)`)
				}),
				'the unread count'
			);
			expect(await posted.getByRole('link').first().getAttribute('href')).toBe(challengePath);
			expect(await magda.submit(posted.getByRole('button', { name: new RegExp(magda.t('notifications_mark_read')) }))).toBe(303);
			await magda.waitFor(magda.page.getByRole('status'), 'the "marked" notice', magda.t('notifications_marked'));
			await magda.waitFor(
				header.getByRole('link', { name: magda.t('notifications_nav'), exact: true }),
				'the notifications link without a count'
			);

			// She follows the challenge; another member answers twice.
			await magda.go(challengePath);
			expect(await magda.submit(magda.page.getByRole('button', { name: magda.t('notifications_follow'), exact: true }))).toBe(303);
			const helper = await signedIn(HELPER[locale], locale);
			for (const n of [1, 2]) {
				await helper.go(challengePath);
				const submit = helper.page.getByRole('button', { name: helper.t('challenges_answer_submit') });
				const answerForm = helper.page.locator('form', { has: submit });
				await helper
					.field(helper.t('challenges_answer_body'), answerForm)
					.fill(locale === 'pl' ? `Zraszanie i nasadzenia, odpowiedź ${n}.` : `Sprinkling and planting, answer ${n}.`);
				expect(await helper.submit(submit)).toBe(303);
			}
			helper.session.assertClean();
			await helper.session.close();

			// Two answers, one item; "mark all as read" clears the header's count.
			const grouped = await waitForItem(magda, TWO_ANSWERS[locale](title));
			expect(
				await magda.page
					.getByRole('region', { name: magda.t('notifications_unread_heading') })
					.getByRole('listitem')
					.filter({ hasText: title })
					.count()
			).toBe(1);
			expect(await grouped.count()).toBe(1);
			await magda.waitFor(
				header.getByRole('link', { name: new RegExp(`\\(2 ${magda.t('notifications_nav_unread')}\\)`) }),
				'the count of two'
			);
			expect(await magda.submit(magda.page.getByRole('button', { name: magda.t('notifications_mark_all_read') }))).toBe(303);
			await magda.waitFor(
				header.getByRole('link', { name: magda.t('notifications_nav'), exact: true }),
				'the notifications link without a count'
			);
			await magda.waitFor(magda.page.getByText(magda.t('notifications_none_unread')), 'the "nothing unread" line');

			// The settings: the challenge is among what she follows; she asks for a daily digest, then weekly again.
			await magda.follow(magda.page.getByRole('link', { name: magda.t('notifications_settings_link') }), /\/account\/notifications$/);
			await magda.expectHeading(magda.t('notifications_settings_title'));
			await magda.waitFor(magda.page.getByRole('link', { name: title }), 'the followed challenge');
			for (const [choice, label] of [
				['daily', 'notifications_frequency_daily'],
				['weekly', 'notifications_frequency_weekly']
			] as const) {
				await magda.page.getByRole('radio', { name: magda.t(label) }).check();
				expect(await magda.submit(magda.page.getByRole('button', { name: magda.t('notifications_settings_save'), exact: true }))).toBe(303);
				await magda.waitFor(magda.page.getByRole('status'), 'the "saved" notice', magda.t('notifications_settings_saved'));
				expect(await magda.page.getByRole('radio', { name: magda.t(label) }).isChecked(), choice).toBe(true);
			}

			// Stop following Wałbrzych again, from its page.
			await magda.go(`/${locale}/cities/walbrzych`);
			expect(await magda.submit(magda.page.getByRole('button', { name: magda.t('notifications_following_stop') }))).toBe(303);
			await magda.waitFor(magda.page.getByRole('button', { name: magda.t('notifications_follow'), exact: true }), 'the follow button');
			magda.session.assertClean();
			await magda.session.close();
		}, 240_000);
	}
});
