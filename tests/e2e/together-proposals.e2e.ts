/**
 * Deciding together. Ewa joins an open thematic group and opens a consent proposal whose results
 * show after voting (a deadline in the past is refused first, with her text kept); the admin
 * sees no results until he agrees; Magda blocks with a reason and sees both votes; Ewa closes
 * voting early, sees the results, and records the outcome, which then leads the page. Then Ewa, a member of the founding working group, votes for three priority
 * areas in its seeded poll (or changes her vote, when the other language ran first).
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';

const chromium = useBrowser();

const FOUNDING_GROUP = "Working group: the network's frame and priorities";
const PRIORITY_POLL = 'Priority areas of the network for the next two years';

/** A datetime-local value `days` from now (read in the zone chosen in the form). */
const localInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

async function signedIn(email: string, locale: Locale) {
	const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
	const journey = new Journey(session, locale);
	await journey.logIn(email, DEMO_PASSWORD);
	return journey;
}

/** Opens the group's page and joins it when not a member yet (open groups take anyone from the network). */
async function joinGroup(j: Journey, groupPath: string) {
	await j.go(groupPath);
	const join = j.page.getByRole('button', { name: j.t('groups_join_button') });
	if ((await join.count()) > 0) expect(await j.submit(join)).toBe(303);
}

/** The results table's row for one option or position: [votes, share]. */
async function resultRow(j: Journey, name: string): Promise<string[]> {
	const table = j.page.getByRole('table', { name: /./ }).first();
	const row = table.getByRole('row').filter({ has: j.page.getByRole('rowheader', { name, exact: true }) });
	return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

async function voteWith(j: Journey, form: Locator, position: string, reason: string) {
	await form.getByRole('radio', { name: j.t(`proposals_position_${position}`), exact: true }).check();
	if (reason) await j.field(j.t('proposals_field_reason'), form).fill(reason);
	expect(await j.submit(form.getByRole('button', { name: j.t('proposals_vote_submit') }))).toBe(303);
	await j.waitFor(j.page.getByRole('status'), 'the "vote recorded" notice', j.t('proposals_voted'));
}

describe('proposals in a working group', () => {
	for (const locale of locales) {
		it(`${locale}: a consent proposal is opened, agreed, blocked with a reason, closed early and its outcome recorded`, async () => {
			const id = unique();
			const title = locale === 'pl' ? `Wspólna mapa terenów poprzemysłowych ${id}` : `A shared map of brownfield sites ${id}`;
			const reason = locale === 'pl' ? 'Najpierw ustalmy, kto utrzyma mapę.' : 'First agree who keeps the map up to date.';
			const outcome = locale === 'pl' ? `Odłożone: najpierw opiekun mapy (${id}).` : `Postponed: first someone to keep the map (${id}).`;

			// Ewa finds an open thematic group and joins it.
			const ewa = await signedIn(demo.member, locale);
			await ewa.go(`/${locale}/groups`);
			const groupLink = ewa.page.getByRole('link', { name: /^Thematic group:/ }).first();
			const groupPath = (await groupLink.getAttribute('href'))!;
			expect(groupPath).toMatch(new RegExp(`^/${locale}/groups/[a-z0-9-]+$`));
			await joinGroup(ewa, groupPath);
			await ewa.go(`${groupPath}/proposals`);
			await ewa.expectHeading(ewa.t('proposals_list_title'));
			await ewa.follow(ewa.page.getByRole('link', { name: ewa.t('proposals_new_link') }), /\/proposals\/new$/);
			await ewa.expectHeading(ewa.t('proposals_new_title'));

			// A deadline in the past is refused, with what she typed kept.
			const { page } = ewa;
			await ewa.field(ewa.t('proposals_field_title')).fill(title);
			await ewa.field(ewa.t('proposals_field_body')).fill('**Proposal:** one map of all our brownfield sites, kept by the group.');
			await page.getByRole('radio', { name: ewa.t('proposals_field_kind_consent') }).check();
			await page.getByRole('radio', { name: ewa.t('proposals_results_visible_after_vote') }).check();
			await ewa.field(ewa.t('proposals_field_closes_at')).fill(localInDays(-1));
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('proposals_new_submit') }))).toBe(400);
			await ewa.waitFor(page.locator('#field-closes_at-error'), 'the deadline error', ewa.t('proposals_error_closes_past'));
			expect(await ewa.field(ewa.t('proposals_field_title')).inputValue()).toBe(title);
			expect(await page.getByRole('radio', { name: ewa.t('proposals_results_visible_after_vote') }).isChecked()).toBe(true);

			await ewa.field(ewa.t('proposals_field_closes_at')).fill(localInDays(7));
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('proposals_new_submit') }))).toBe(303);
			await ewa.expectHeading(title);
			await ewa.waitFor(page.getByRole('status'), 'the "proposal open" notice', ewa.t('proposals_created'));
			const proposalPath = new URL(page.url()).pathname;
			expect(proposalPath).toMatch(new RegExp(`^${groupPath}/proposals/[a-z0-9-]+$`));
			await ewa.waitFor(page.getByText(ewa.t('proposals_status_open')), 'the open status');
			await ewa.waitFor(page.getByText(ewa.t('proposals_results_hidden_after_vote')), 'results hidden until voting');

			// The admin sees no results before voting; after agreeing he sees his vote counted.
			const admin = await signedIn(demo.admin, locale);
			await joinGroup(admin, groupPath);
			await admin.go(proposalPath);
			await admin.waitFor(admin.page.getByText(admin.t('proposals_results_hidden_after_vote')), 'results hidden before voting');
			await admin.waitFor(admin.page.getByText(admin.t('proposals_votes_public_note')).first(), 'the note that votes are not secret');
			await voteWith(admin, admin.page.getByRole('form', { name: admin.t('proposals_vote_title') }), 'agree', '');
			expect(await resultRow(admin, admin.t('proposals_position_agree'))).toEqual(['1', '100%']);
			await admin.waitFor(admin.page.getByRole('button', { name: admin.t('proposals_vote_change_submit') }), 'the change-vote button');
			admin.session.assertClean();
			await admin.session.close();

			// Magda blocks, with a reason; the block is called out in words, her reason listed by name.
			const magda = await signedIn(demo.coordinator, locale);
			await joinGroup(magda, groupPath);
			await magda.go(proposalPath);
			await voteWith(magda, magda.page.getByRole('form', { name: magda.t('proposals_vote_title') }), 'block', reason);
			expect(await resultRow(magda, magda.t('proposals_position_block'))).toEqual(['1', '50%']);
			await magda.waitFor(magda.page.getByText(magda.t('proposals_results_blocks', { count: 1 })), 'the block called out');
			const votes = magda.page.getByRole('table', { name: magda.t('proposals_votes_caption') });
			await magda.waitFor(
				votes.getByRole('row').filter({ hasText: reason }),
				'her reason in the votes table',
				magda.t('proposals_position_block')
			);
			magda.session.assertClean();
			await magda.session.close();

			// Ewa, the author, closes voting early: now everyone sees the results.
			await ewa.go(proposalPath);
			const close = page.getByRole('form', { name: ewa.t('proposals_close_title') });
			expect(await ewa.submit(close.getByRole('button', { name: ewa.t('proposals_close_submit') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "closed" notice', ewa.t('proposals_closed_notice'));
			await ewa.waitFor(page.getByText(ewa.t('proposals_status_ended')), 'the ended status');
			expect(await resultRow(ewa, ewa.t('proposals_position_agree'))).toEqual(['1', '50%']);
			expect(await resultRow(ewa, ewa.t('proposals_position_block'))).toEqual(['1', '50%']);
			expect(await page.getByRole('form', { name: ewa.t('proposals_vote_title') }).count()).toBe(0);

			// The outcome is recorded and leads the page.
			const outcomeForm = page.getByRole('form', { name: ewa.t('proposals_outcome_form_title') });
			await ewa.field(ewa.t('proposals_field_outcome'), outcomeForm).fill(outcome);
			expect(await ewa.submit(outcomeForm.getByRole('button', { name: ewa.t('proposals_outcome_submit') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "outcome recorded" notice', ewa.t('proposals_outcome_saved'));
			const recorded = page.getByRole('region', { name: ewa.t('proposals_outcome_heading') });
			await ewa.waitFor(recorded, 'the outcome', outcome);

			// The group's list shows it among the ended proposals, with its outcome.
			await ewa.go(`${groupPath}/proposals`);
			const ended = page.getByRole('list', { name: ewa.t('proposals_list_ended_heading') });
			await ewa.waitFor(
				ended.getByRole('listitem').filter({ hasText: title }),
				'the proposal among the ended',
				ewa.t('proposals_outcome_recorded')
			);
			ewa.session.assertClean();
			await ewa.session.close();
		});

		it(`${locale}: Ewa votes for three priority areas in the founding group's poll`, async () => {
			const ewa = await signedIn(demo.member, locale);
			const { page } = ewa;
			await ewa.go(`/${locale}/groups`);
			await ewa.follow(page.getByRole('link', { name: FOUNDING_GROUP, exact: true }), /\/groups\/[a-z0-9-]+$/);
			await ewa.follow(page.getByRole('link', { name: PRIORITY_POLL }), /\/proposals\/[a-z0-9-]+$/);
			await ewa.expectHeading(PRIORITY_POLL);

			const form = page.getByRole('form', { name: ewa.t('proposals_vote_title') });
			const group = form.getByRole('group', { name: ewa.t('proposals_vote_poll_multi') });
			await ewa.waitFor(group, 'the choices with their limit', ewa.t('proposals_vote_poll_multi_hint', { max: 3 }));
			const boxes = group.getByRole('checkbox');
			expect(await boxes.count()).toBeGreaterThan(3);
			// Too many is refused, with the ticks kept.
			for (let i = 0; i < 4; i++) await boxes.nth(i).check();
			const submit = form.getByRole('button', {
				name: new RegExp(`^(${ewa.t('proposals_vote_submit')}|${ewa.t('proposals_vote_change_submit')})$`)
			});
			expect(await ewa.submit(submit)).toBe(400);
			await ewa.waitFor(page.locator('#field-choices-error'), 'the limit error', ewa.t('proposals_error_too_many', { max: 3 }));
			expect(await boxes.nth(3).isChecked()).toBe(true);

			// Three areas, different in each language, so the second run changes the vote.
			const picks = locale === 'pl' ? [0, 2, 4] : [1, 3, 5];
			const count = await boxes.count();
			for (let i = 0; i < count; i++) await boxes.nth(i).setChecked(picks.includes(i));
			const names = await Promise.all(picks.map((i) => group.locator('label').nth(i).innerText()));
			expect(await ewa.submit(submit)).toBe(303);
			await ewa.waitFor(
				page.getByRole('status'),
				'the vote notice',
				new RegExp(`${ewa.t('proposals_voted')}|${ewa.t('proposals_vote_changed')}`)
			);
			await ewa.waitFor(
				page.getByText(ewa.t('proposals_your_vote', { vote: names.map((n) => n.trim()).join(', ') })),
				'her three areas as her vote'
			);
			// Results now visible to her (after voting): each of her areas has at least her vote.
			for (const name of names) expect(Number((await resultRow(ewa, name.trim()))[0])).toBeGreaterThanOrEqual(1);
			ewa.session.assertClean();
			await ewa.session.close();
		});
	}
});
