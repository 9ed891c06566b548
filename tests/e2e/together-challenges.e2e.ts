/**
 * A challenge in the browser. Ewa posts a problem of Wałbrzych (the city is hers by default);
 * another member (Paweł from Łódź in Polish, Claire from Charleroi in English) says "we face this
 * too" for their city, so the challenge's map and its list show both cities, and answers with a
 * practice from the knowledge base found by its title. Ewa marks the answer helpful and the
 * challenge solved. The challenge shows on Wałbrzych's page and search finds it.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

const HELPER: Record<Locale, { email: string; city: string }> = {
	pl: { email: 'pawel.kaminski@headframe.example', city: 'Łódź' },
	en: { email: 'claire.dubois@headframe.example', city: 'Charleroi' }
};
/** Words from the title of a public demo practice (Wałbrzych's Stara Kopalnia). */
const PRACTICE_WORDS = 'Stara Kopalnia';

async function signedIn(email: string, locale: Locale) {
	const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
	const journey = new Journey(session, locale);
	await journey.logIn(email, DEMO_PASSWORD);
	return journey;
}

describe('challenges', () => {
	for (const locale of locales) {
		it(`${locale}: Ewa posts a challenge, another city faces it too and answers with a practice, Ewa marks it helpful and solved`, async () => {
			const word = `Kamienice${unique().replace(/[0-9]/g, '')}`;
			const title = locale === 'pl' ? `Zimne kamienice ${word}` : `Cold tenements ${word}`;
			const helper = HELPER[locale];

			// Ewa posts the challenge.
			const ewa = await signedIn(demo.member, locale);
			await ewa.go(`/${locale}/challenges`);
			await ewa.expectHeading(ewa.t('challenges_list_title'));
			await ewa.follow(ewa.page.getByRole('link', { name: ewa.t('challenges_post') }), /\/challenges\/new$/);
			await ewa.expectHeading(ewa.t('challenges_new_title'));
			const city = ewa.field(ewa.t('challenges_field_city'));
			expect(await city.locator('option:checked').innerText()).toContain('Wałbrzych');
			await ewa.field(ewa.t('challenges_field_title')).fill(title);
			await ewa
				.field(ewa.t('challenges_field_description'))
				.fill(
					locale === 'pl'
						? 'W kamienicach Śródmieścia wciąż grzeje się **piecami węglowymi**.'
						: 'Tenements in the centre are still heated with **coal stoves**.'
				);
			await ewa.field(ewa.t('challenges_field_tried')).fill(locale === 'pl' ? 'Dopłaty do wymiany pieców.' : 'Grants for new boilers.');
			await ewa.page.getByRole('checkbox', { name: ewa.t('challenges_help_experience') }).check();
			await ewa.page.getByRole('checkbox', { name: ewa.t('challenges_help_expert') }).check();
			expect(await ewa.submit(ewa.page.getByRole('button', { name: ewa.t('challenges_new_submit') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(ewa.page.getByRole('status'), 'the "posted" notice', ewa.t('challenges_notice_posted'));
			const path = new URL(ewa.page.url()).pathname;
			expect(path).toMatch(new RegExp(`^/${locale}/challenges/zimne-kamienice|^/${locale}/challenges/cold-tenements`));
			await ewa.waitFor(
				ewa.page.getByRole('button', { name: ewa.t('notifications_following_stop') }),
				'the stop-following button (authors follow)'
			);

			// The other member: "we face this too" for their city, then an answer with a practice.
			const other = await signedIn(helper.email, locale);
			await other.go(path);
			const faceForm = other.page.getByRole('region', { name: other.t('challenges_face_title') });
			expect(await other.field(other.t('challenges_face_city'), faceForm).locator('option:checked').innerText()).toContain(helper.city);
			await other
				.field(other.t('challenges_face_note'), faceForm)
				.fill(locale === 'pl' ? 'U nas tysiące pieców w kamienicach.' : 'Same in our old workers’ houses.');
			expect(await other.submit(faceForm.getByRole('button', { name: other.t('challenges_face_submit') }))).toBe(303);
			await other.waitFor(other.page.getByRole('status'), 'the "faced" notice', other.t('challenges_notice_faced'));
			const map = other.page.getByRole('region', { name: other.t('challenges_map_title') });
			await other.waitFor(map.getByRole('link', { name: 'Wałbrzych' }), 'Wałbrzych on the challenge’s list');
			await other.waitFor(map.getByRole('link', { name: helper.city }), `${helper.city} on the challenge’s list`);
			expect(await map.locator('svg circle').count()).toBe(2 + 2); // two markers, two legend keys

			const search = other.page.getByRole('search', { name: other.t('challenges_practice_search_label') });
			await other.field(other.t('challenges_practice_search'), search).fill(PRACTICE_WORDS);
			await other.follow(search.getByRole('button', { name: other.t('challenges_practice_search_submit') }), /practice_q=/);
			const practice = other.field(other.t('challenges_answer_practice'));
			const option = practice.locator('option', { hasText: PRACTICE_WORDS }).first();
			await practice.selectOption((await option.getAttribute('value'))!);
			const answer =
				locale === 'pl' ? `W Wałbrzychu pomógł program osłonowy (${word}).` : `A support scheme for tenants helped us (${word}).`;
			await other.field(other.t('challenges_answer_body')).fill(answer);
			expect(await other.submit(other.page.getByRole('button', { name: other.t('challenges_answer_submit') }))).toBe(303);
			await other.waitFor(other.page.getByRole('status'), 'the "answered" notice', other.t('challenges_notice_answered'));
			const answerItem = other.page.getByRole('listitem').filter({ hasText: answer });
			await other.waitFor(answerItem.getByRole('link', { name: new RegExp(PRACTICE_WORDS) }), 'the linked practice as a card');
			other.session.assertClean();
			await other.session.close();

			// Ewa marks the answer helpful and the challenge solved.
			await ewa.go(path);
			const answered = ewa.page.getByRole('listitem').filter({ hasText: answer });
			expect(await ewa.submit(answered.getByRole('button', { name: ewa.t('challenges_mark_helpful') }))).toBe(303);
			await ewa.waitFor(ewa.page.getByRole('status'), 'the "helpful" notice', ewa.t('challenges_notice_helpful'));
			await ewa.waitFor(answered, 'the helpful mark', ewa.t('challenges_answer_helpful_mark'));
			expect(await ewa.submit(ewa.page.getByRole('button', { name: ewa.t('challenges_mark_solved') }))).toBe(303);
			await ewa.waitFor(ewa.page.getByRole('status'), 'the "solved" notice', ewa.t('challenges_notice_solved'));
			await ewa.waitFor(
				ewa.page.getByRole('region', { name: ewa.t('challenges_status_title') }),
				'the solved status',
				ewa.t('challenges_status_solved')
			);
			await ewa.waitFor(ewa.page.getByRole('button', { name: ewa.t('challenges_reopen') }), 'the "open again" button');

			// On Wałbrzych's page, and found by search.
			await ewa.go(`/${locale}/cities/walbrzych`);
			const onCity = ewa.page.getByRole('region', { name: ewa.t('challenges_activity_title_city') });
			await ewa.waitFor(onCity.getByRole('link', { name: title }), 'the challenge on Wałbrzych’s page');
			await ewa.go(`/${locale}/search?q=${encodeURIComponent(word)}`);
			const hit = ewa.page.getByRole('link', { name: title });
			await ewa.waitFor(hit, 'the challenge among the search results');
			expect(await hit.getAttribute('href')).toBe(path);
			ewa.session.assertClean();
			await ewa.session.close();
		});
	}
});
