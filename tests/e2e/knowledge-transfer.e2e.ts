/**
 * A practice travels: Ewa, of the Wałbrzych city office, records that Wałbrzych is adopting a
 * practice of another country's city, notes what happened on a date, and moves the transfer
 * from "understand" to "adapt". The practice's page then shows where it travelled, to
 * visitors too; Wałbrzych's page lists what it took; the practice's author is told by mail.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { allMail } from './support/mailbox';
import { msgPattern } from './support/messages';
import { acceptLanguage, practiceSlug } from './support/knowledge';

const chromium = useBrowser();

const ADOPTING_CITY = 'Wałbrzych';
const ORGANISATION = 'Urząd Miasta Wałbrzych (demo)';
/** A different country per run, so the two languages adopt different practices. */
const FROM_COUNTRY: Record<Locale, string> = { en: 'DE', pl: 'CZ' };

/** Yesterday as YYYY-MM-DD: a note records what already happened. */
function yesterday(): string {
	return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

describe('a practice travels to another city', () => {
	for (const locale of locales) {
		it(`${locale}: Wałbrzych adopts a practice, with a dated note and the next stage`, async () => {
			const id = unique();
			const note =
				locale === 'pl'
					? `Wizyta studyjna: rozmawialiśmy z autorami o kosztach utrzymania (${id}).`
					: `Study visit: we talked to the authors about running costs (${id}).`;
			const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(session, locale);
			const { page } = ewa;
			const travelled = page.getByRole('region', { name: ewa.t('transfer_list_title') });
			const walbrzychRow = travelled.getByRole('row').filter({ hasText: ADOPTING_CITY });

			await ewa.logIn(demo.member, DEMO_PASSWORD);

			// A published practice from another country that Wałbrzych has not adopted yet.
			await ewa.go(`/${locale}/practices?country=${FROM_COUNTRY[locale]}&sort=newest`);
			// (members-only ones are left out: the visitor at the end must be able to see it)
			const candidates = await page
				.getByRole('list', { name: ewa.t('search_practices_list_label') })
				.getByRole('listitem')
				.filter({ hasNotText: ewa.t('search_members_only') })
				.locator('h3 a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
			expect(candidates.length).toBeGreaterThan(0);
			let practicePath = '';
			for (const href of candidates) {
				await ewa.go(href);
				await ewa.waitFor(travelled, 'the "where it travelled" section');
				if ((await walbrzychRow.count()) === 0) {
					practicePath = href;
					break;
				}
			}
			expect(practicePath, 'a practice not yet adopted by Wałbrzych').not.toBe('');
			const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
			const slug = practiceSlug(practicePath);

			// "We are adopting this": on behalf of her organisation, for its city.
			await ewa.follow(travelled.getByRole('link', { name: ewa.t('transfer_adopt_button') }), /\/transfers\/new$/);
			await ewa.expectHeading(ewa.t('transfer_new_title'));
			const organisation = ewa.field(ewa.t('transfer_field_organisation'));
			const organisationValue = await organisation.locator('option', { hasText: ORGANISATION }).getAttribute('value');
			await organisation.selectOption(organisationValue!);
			expect(await ewa.field(ewa.t('transfer_field_city')).inputValue()).toBe('');
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('transfer_new_submit') }))).toBe(303);
			await ewa.expectHeading(ewa.t('transfer_heading', { city: ADOPTING_CITY }));
			await ewa.waitFor(page.getByRole('status'), 'the "transfer recorded" notice', ewa.t('transfer_created'));
			const transferPath = new URL(page.url()).pathname;
			expect(transferPath).toMatch(new RegExp(`^/${locale}/practices/${slug}/transfers/\\d+$`));
			const current = page.locator('ol li[aria-current="step"]');
			await ewa.waitFor(current, 'the current stage', ewa.t('transfer_stage_understand'));

			// A dated note on the first stage.
			const noteForm = page.getByRole('form', { name: ewa.t('transfer_note_form_title') });
			const date = yesterday();
			await ewa.field(ewa.t('transfer_field_date'), noteForm).fill(date);
			expect(await ewa.field(ewa.t('transfer_field_stage'), noteForm).inputValue()).toBe('understand');
			await ewa.field(ewa.t('transfer_field_note'), noteForm).fill(note);
			expect(await ewa.submit(noteForm.getByRole('button', { name: ewa.t('transfer_note_submit') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "note added" notice', ewa.t('transfer_saved_note'));
			const understand = page
				.locator('ol > li')
				.filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(ewa.t('transfer_stage_understand')) }) });
			await ewa.waitFor(understand.getByText(note), 'the note under "understand"');
			expect(await understand.locator(`time[datetime="${date}"]`).count()).toBe(1);

			// On to the next stage.
			const next = ewa.t('transfer_move_next', { stage: ewa.t('transfer_stage_adapt') });
			expect(await ewa.submit(page.getByRole('button', { name: next }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "stage changed" notice', ewa.t('transfer_saved_stage'));
			await ewa.waitFor(current, 'the new current stage', ewa.t('transfer_stage_adapt'));
			await ewa.waitFor(understand, 'the first stage, done', ewa.t('transfer_stage_done'));

			// The practice shows where it travelled: Wałbrzych, at "adapt", with the note's date.
			await ewa.follow(page.getByRole('link', { name: ewa.t('transfer_back_to_practice') }), new RegExp(`/practices/${slug}$`));
			await ewa.expectHeading(title);
			await ewa.waitFor(walbrzychRow, 'Wałbrzych among the cities adopting it', ewa.t('transfer_stage_adapt'));
			expect(
				await walbrzychRow.getByRole('link', { name: ewa.t('transfer_list_open', { city: ADOPTING_CITY }) }).getAttribute('href')
			).toBe(transferPath);
			expect(await walbrzychRow.getByRole('cell').last().innerText()).not.toBe(ewa.t('transfer_list_no_notes'));

			// Wałbrzych's page: what it took from other cities.
			await ewa.go(`/${locale}/cities/walbrzych`);
			const took = page.getByRole('region', { name: ewa.t('transfer_city_took_title', { name: ADOPTING_CITY }) });
			await ewa.waitFor(took.getByRole('link', { name: title }), 'the practice among what Wałbrzych took');
			session.assertClean();
			await session.close();

			// A visitor sees it too, and can read the transfer with its note.
			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(visitorSession, locale);
			await visitor.go(practicePath);
			const seen = visitor.page
				.getByRole('region', { name: visitor.t('transfer_list_title') })
				.getByRole('row')
				.filter({ hasText: ADOPTING_CITY });
			await visitor.waitFor(seen, 'Wałbrzych, for a visitor', visitor.t('transfer_stage_adapt'));
			await visitor.follow(seen.getByRole('link'), /\/transfers\/\d+$/);
			await visitor.expectHeading(visitor.t('transfer_heading', { city: ADOPTING_CITY }));
			await visitor.waitFor(visitor.page.getByText(note), 'the note, for a visitor');
			expect(await visitor.page.getByRole('form', { name: visitor.t('transfer_note_form_title') }).count()).toBe(0);
			visitorSession.assertClean();
			await visitorSession.close();

			// The practice's author hears of it, in their language, with a link to the transfer.
			const link = new RegExp(`/(pl|en)/practices/${slug}/transfers/${transferPath.split('/').pop()}(?!\\d)`);
			const deadline = Date.now() + 20_000;
			let told = allMail().find((mail) => link.test(mail.text));
			while (!told && Date.now() < deadline) {
				await new Promise((resolve) => setTimeout(resolve, 250));
				told = allMail().find((mail) => link.test(mail.text));
			}
			expect(told, `a mail with a link to ${transferPath}`).toBeDefined();
			// the city is named in the body; subjects carry no user-written text
			expect(told!.text).toContain(ADOPTING_CITY);
			expect(locales.some((l) => msgPattern(l, 'transfer_mail_subject').test(told!.subject))).toBe(true);
		});
	}
});
