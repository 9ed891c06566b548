/**
 * Offer and run a study visit. Ewa, of the Wałbrzych city hall, offers a visit through the form
 * (a wrong end time first: refused, everything typed kept); a member of another town's
 * organisation applies with a motivation; Ewa, told by mail, accepts; the applicant is told by
 * mail and sees "accepted". Then, after a past demo visit to Sheffield, a participant says what
 * they take home and starts the transfer of a practice they saw to their own city.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { linkIn, mailTo, waitForMail } from './support/mailbox';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

/** A member of another organisation, in another town, per language. */
const APPLICANT: Record<Locale, { email: string; name: string }> = {
	pl: { email: 'tomasz.lewandowski@headframe.example', name: 'Tomasz Lewandowski (demo)' },
	en: { email: 'thomas.becker@headframe.example', name: 'Thomas Becker (demo)' }
};
/** An accepted participant of the past demo visit to Sheffield, and their city. */
const PARTICIPANT: Record<Locale, { email: string; city: string }> = {
	pl: { email: demo.member, city: 'Wałbrzych' },
	en: { email: 'thomas.becker@headframe.example', city: 'Essen' }
};
const PAST_VISIT = 'study-visit-sheffield-steel-workshops';

/** "YYYY-MM-DDTHH:MM" `days` from now, the value a datetime-local input takes. */
function localInput(days: number, time: string): string {
	return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

/** The same path in the journey's language. */
const inLocale = (path: string, locale: Locale) => path.replace(/^\/(pl|en)\//, `/${locale}/`);

describe('offer and run a study visit', () => {
	for (const locale of locales) {
		it(`${locale}: Ewa offers a visit, a member applies, Ewa accepts; a participant takes a practice home`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Wizyta studyjna: hałdy Wałbrzycha ${id}` : `Study visit: Wałbrzych spoil heaps ${id}`;
			const applicant = APPLICANT[locale];

			// Ewa offers a visit on behalf of her city hall.
			const hostSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const ewa = new Journey(hostSession, locale);
			const { page } = ewa;
			await ewa.logIn(demo.member, DEMO_PASSWORD);
			await ewa.go(`/${locale}/study-visits`);
			await ewa.expectHeading(ewa.t('visits_list_title'));
			await ewa.follow(page.getByRole('link', { name: ewa.t('visits_offer_link') }), /\/study-visits\/new$/);
			await ewa.expectHeading(ewa.t('visits_new_title'));
			expect(await ewa.field(ewa.t('visits_field_host')).locator('option:checked').innerText()).toContain('Urząd Miasta Wałbrzych (demo)');
			await ewa.field(ewa.t('visits_field_title')).fill(title);
			await ewa
				.field(ewa.t('visits_field_description'))
				.fill(locale === 'pl' ? 'Spacer po hałdach z wolontariuszami.' : 'A walk on the spoil heaps with volunteers.');
			await ewa.field(ewa.t('visits_field_sites')).fill('- Stara Kopalnia\n- hałda przy ul. Przemysłowej');
			const practices = page.getByRole('group', { name: ewa.t('visits_field_practices') });
			await practices.getByRole('checkbox').first().check();
			const practiceLabel = (await practices.locator('label.choice').first().innerText()).replace(/\s*\([^)]*\)\s*$/, '').trim();
			expect(await ewa.field(ewa.t('visits_field_time_zone')).inputValue()).toBe('Europe/Warsaw');
			await ewa.field(ewa.t('visits_field_starts')).fill(localInput(21, '10:00'));
			// ends before it starts: refused
			await ewa.field(ewa.t('visits_field_ends')).fill(localInput(20, '16:00'));
			await ewa.field(ewa.t('visits_field_place')).fill('ul. Wysockiego 29, Wałbrzych');
			await ewa.field(ewa.t('visits_field_capacity')).fill('2');
			await ewa.field(ewa.t('visits_field_costs')).fill(locale === 'pl' ? 'Obiad po naszej stronie.' : 'Lunch is on us.');
			await page.getByRole('radio', { name: ewa.t('visits_paid_by_host'), exact: true }).check();
			await ewa.field(ewa.t('visits_field_deadline')).fill(localInput(14, '23:00'));
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('visits_new_submit') }))).toBe(400);
			await ewa.waitFor(page.getByRole('alert'), 'the error summary', ewa.t('events_error_ends_before_start'));
			expect(await ewa.field(ewa.t('visits_field_title')).inputValue()).toBe(title);
			expect(await page.getByRole('radio', { name: ewa.t('visits_paid_by_host'), exact: true }).isChecked()).toBe(true);
			expect(await practices.getByRole('checkbox').first().isChecked()).toBe(true);
			await ewa.field(ewa.t('visits_field_ends')).fill(localInput(21, '16:00'));
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('visits_new_submit') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(page.getByRole('status').first(), 'the "visit offered" notice', ewa.t('visits_notice_created'));
			await ewa.waitFor(page.getByRole('link', { name: practiceLabel }), 'the linked practice');
			const visitPath = new URL(page.url()).pathname;
			expect(visitPath).toMatch(new RegExp(`^/${locale}/study-visits/[a-z0-9-]+$`));
			await ewa.waitFor(
				page.getByRole('region', { name: ewa.t('visits_applications_title') }),
				'the applications',
				ewa.t('visits_applications_none')
			);

			// The visit is listed with its places.
			await ewa.go(`/${locale}/study-visits`);
			const card = page.getByRole('listitem').filter({ hasText: title });
			await ewa.waitFor(card, 'the new visit in the list', ewa.t('visits_places_left', { left: 2, capacity: 2 }));

			// A member of another town's organisation applies.
			const applicantSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const member = new Journey(applicantSession, locale);
			await member.logIn(applicant.email, DEMO_PASSWORD);
			await member.go(visitPath);
			await member.expectHeading(title);
			const motivation =
				locale === 'pl'
					? `Bytom ma hałdy przy osiedlach; chcemy zobaczyć umowy z właścicielami (${id}).`
					: `Essen has spoil heaps too; we want to see the volunteer model (${id}).`;
			const applyForm = member.page.getByRole('form', { name: member.t('visits_apply_title') });
			await member.field(member.t('visits_field_motivation'), applyForm).fill(motivation);
			expect(await member.submit(applyForm.getByRole('button', { name: member.t('visits_apply_submit') }))).toBe(303);
			await member.waitFor(member.page.getByRole('status').first(), 'the "applied" notice', member.t('visits_notice_applied'));
			await member.waitFor(member.page.getByText(member.t('visits_status_pending')), 'the pending status');

			// Ewa hears of it by mail and accepts from the visit page.
			const told = await waitForMail(demo.member, { matching: new RegExp(id) });
			expect(told.text).toContain(motivation);
			// (the mail is in Ewa's language, Polish; the journey stays in its own)
			await ewa.go(inLocale(linkIn(told, /\/study-visits\//), locale));
			await ewa.expectHeading(title);
			const row = page.getByRole('row').filter({ hasText: applicant.name });
			await ewa.waitFor(row, 'the application', motivation);
			await row
				.getByLabel(ewa.t('visits_field_decision_message', { name: applicant.name }))
				.fill(locale === 'pl' ? 'Do zobaczenia przy bramie!' : 'See you at the gate!');
			expect(await ewa.submit(row.getByRole('button', { name: ewa.t('visits_accept_submit', { name: applicant.name }) }))).toBe(303);
			await ewa.waitFor(page.getByRole('status').first(), 'the "decided" notice', ewa.t('visits_notice_decided'));
			await ewa.waitFor(page.getByText(ewa.t('visits_places_summary', { accepted: 1, capacity: 2, left: 1 })), 'the places left');
			await ewa.waitFor(page.getByRole('region', { name: ewa.t('visits_participants_title') }), 'the participants', applicant.name);
			hostSession.assertClean();
			await hostSession.close();

			// The applicant is told by mail, in their language, and sees "accepted".
			const accepted = await waitForMail(applicant.email, { matching: new RegExp(`${id}`) });
			expect(accepted.text).toMatch(locale === 'pl' ? /Do zobaczenia przy bramie!/ : /See you at the gate!/);
			await member.go(inLocale(linkIn(accepted, /\/study-visits\//), locale));
			await member.waitFor(member.page.getByText(member.t('visits_status_accepted'), { exact: true }), 'the accepted status');
			await member.waitFor(member.page.getByRole('link', { name: member.t('visits_calendar_link') }), 'the calendar link');
			applicantSession.assertClean();
			await applicantSession.close();

			// After the past visit to Sheffield, a participant says what they take home.
			const participant = PARTICIPANT[locale];
			const afterSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(afterSession, locale);
			const p = visitor.page;
			await visitor.logIn(participant.email, DEMO_PASSWORD);
			await visitor.go(`/${locale}/study-visits`);
			const past = p.getByRole('region', { name: visitor.t('visits_past_title') });
			await visitor.follow(past.getByRole('link', { name: /Sheffield/ }), new RegExp(`/study-visits/${PAST_VISIT}`));
			const note =
				locale === 'pl'
					? `Tanie pracownie i dni otwarte: spróbujemy w Starej Kopalni (${id}).`
					: `Cheap workshops with open days: we will try this in Essen (${id}).`;
			const takeawayForm = p.getByRole('form', { name: visitor.t('visits_takeaway_form_title') });
			await visitor.field(visitor.t('visits_field_note'), takeawayForm).fill(note);
			const practice = visitor.field(visitor.t('visits_field_takeaway_practice'), takeawayForm);
			const kelham = await practice.locator('option', { hasText: 'Kelham Island' }).getAttribute('value');
			await practice.selectOption(kelham!);
			expect(await visitor.submit(takeawayForm.getByRole('button', { name: visitor.t('visits_takeaway_submit') }))).toBe(303);
			await visitor.waitFor(p.getByRole('status').first(), 'the "saved" notice', visitor.t('visits_notice_takeaway'));
			const mine = p.getByRole('listitem').filter({ hasText: note });
			await visitor.waitFor(mine, 'my note among the takeaways', visitor.t('visits_takeaway_mine'));

			// Start the transfer (a rerun on the same database finds it already started).
			const start = p.getByRole('button', { name: visitor.t('visits_start_transfer_submit') });
			if ((await start.count()) > 0) {
				expect(await visitor.submit(start)).toBe(303);
				await visitor.waitFor(
					p.getByRole('status').first(),
					'the "transfer" notice',
					new RegExp(`${visitor.t('visits_notice_transfer')}|${visitor.t('visits_notice_transfer_existing').slice(0, 20)}`)
				);
			}
			await visitor.follow(
				p
					.getByRole('listitem')
					.filter({ hasText: note })
					.getByRole('link', { name: visitor.t('visits_transfer_link') }),
				/\/transfers\/\d+$/
			);
			await visitor.expectHeading(visitor.t('transfer_heading', { city: participant.city }));
			await visitor.waitFor(p.getByRole('link', { name: /Kelham Island/ }), 'the practice of the transfer');
			afterSession.assertClean();
			await afterSession.close();
			expect(mailTo(applicant.email).length).toBeGreaterThan(0);
		});
	}
});
