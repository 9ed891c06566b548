/**
 * Working groups in the browser. A network member (Krzysztof in Polish, Sabine in English: each
 * language its own person, so the runs never meet) joins an open thematic group at once; asks to
 * join the closed founding working group with a message; Magda, its coordinator, accepts on the
 * members page; the member is told by mail and now sees the group's discussion. The secret
 * group's address answers 404 to a visitor and to the member, as an unknown address does.
 */
import { describe, expect, it } from 'vitest';
import { newSession, useBrowser } from './support/browser';
import { DEMO_PASSWORD, demo, locales, unique, type Locale } from './support/env';
import { Journey } from './support/journey';
import { acceptLanguage } from './support/knowledge';
import { linkIn, waitForMail } from './support/mailbox';

const chromium = useBrowser();

const FOUNDING_GROUP = "Working group: the network's frame and priorities";
const FOUNDING_THREAD = 'Which areas should come first? Arguments before the vote';
const SECRET_GROUP_PATH = 'groups/coordinators-back-office';
const JOINER: Record<Locale, { email: string; name: string }> = {
	pl: { email: 'krzysztof.nowicki@headframe.example', name: 'Krzysztof Nowicki (demo)' },
	en: { email: 'sabine.hoffmann@headframe.example', name: 'Sabine Hoffmann (demo)' }
};

async function signedIn(email: string, locale: Locale) {
	const session = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
	const journey = new Journey(session, locale);
	await journey.logIn(email, DEMO_PASSWORD);
	return journey;
}

describe('working groups', () => {
	for (const locale of locales) {
		it(`${locale}: a member joins an open group, asks to join the founding group, is accepted and sees its discussion`, async () => {
			const joiner = JOINER[locale];
			const message =
				locale === 'pl' ? `Pracuję nad strefą ekonomiczną w Wałbrzychu (${unique()}).` : `I run skills programmes in Essen (${unique()}).`;
			const member = await signedIn(joiner.email, locale);
			const { page } = member;

			// An open thematic group: joined at once.
			await member.go(`/${locale}/groups`);
			await member.expectHeading(member.t('groups_title'));
			const list = page.getByRole('list', { name: member.t('groups_list_label') });
			const openCard = list
				.getByRole('listitem')
				.filter({ hasText: member.t('groups_kind_open') })
				.filter({ hasNotText: member.t('groups_standing_member') })
				.filter({ hasNotText: member.t('groups_standing_coordinator') })
				.first();
			const openLink = openCard.getByRole('heading').getByRole('link');
			const openName = (await openLink.innerText()).trim();
			await member.follow(openLink, new RegExp(`^/${locale}/groups/[a-z0-9-]+$`));
			await member.expectHeading(openName);
			expect(await member.submit(page.getByRole('button', { name: member.t('groups_join_button') }))).toBe(303);
			await member.waitFor(page.getByRole('status'), 'the "joined" notice', member.t('groups_notice_joined'));
			await member.waitFor(
				page.getByRole('region', { name: member.t('groups_members_title') }).getByRole('link', { name: joiner.name }),
				'the member among the members'
			);
			await member.waitFor(page.getByRole('link', { name: member.t('groups_discussion_start') }), 'the link to start a discussion');

			// The founding group is closed: its discussion is not readable yet; ask to join.
			await member.go(`/${locale}/groups`);
			await member.follow(page.getByRole('link', { name: FOUNDING_GROUP }), new RegExp(`^/${locale}/groups/[a-z0-9-]+$`));
			await member.expectHeading(FOUNDING_GROUP);
			const foundingPath = new URL(page.url()).pathname;
			expect(await page.getByRole('link', { name: FOUNDING_THREAD }).count()).toBe(0);
			await member.waitFor(page.getByText(member.t('groups_content_closed_notice')), 'the "for members" notice');
			await member.field(member.t('groups_request_message')).fill(message);
			expect(await member.submit(page.getByRole('button', { name: member.t('groups_request_button') }))).toBe(303);
			await member.waitFor(page.getByRole('status'), 'the "request sent" notice', member.t('groups_notice_requested'));
			await member.waitFor(page.getByText(member.t('groups_requested_notice')), 'the waiting request');

			// Not a member of the secret group: its address is not found, as an unknown one.
			await member.go(`/${locale}/${SECRET_GROUP_PATH}`, { status: 404 });
			await member.go(`/${locale}/${SECRET_GROUP_PATH}/members`, { status: 404 });
			await member.go(`/${locale}/groups/no-such-group-${unique()}`, { status: 404 });

			// Magda accepts the request on the members page.
			const magda = await signedIn(demo.coordinator, locale);
			await magda.go(foundingPath);
			await magda.follow(magda.page.getByRole('link', { name: magda.t('groups_members_link') }), /\/members$/);
			await magda.expectHeading(magda.t('groups_members_page_title', { group: FOUNDING_GROUP }));
			const requests = magda.page.getByRole('region', { name: magda.t('groups_requests_title') });
			const row = requests.getByRole('row').filter({ hasText: joiner.name });
			await magda.waitFor(row, 'the request', message);
			expect(await magda.submit(row.getByRole('button', { name: magda.t('groups_accept') }))).toBe(303);
			await magda.waitFor(magda.page.getByRole('status'), 'the "accepted" notice', magda.t('groups_notice_request_accept'));
			const members = magda.page.getByRole('region', { name: magda.t('groups_members_title') });
			await magda.waitFor(members.getByRole('row').filter({ hasText: joiner.name }), 'the new member', magda.t('groups_role_member'));
			magda.session.assertClean();
			await magda.session.close();

			// The member is told by mail, follows its link and reads the discussion.
			const mail = await waitForMail(joiner.email, { matching: new RegExp(FOUNDING_GROUP.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
			const link = linkIn(mail, /\/groups\//);
			expect(link).toBe(foundingPath);
			await member.go(link);
			await member.waitFor(page.getByText(member.t('groups_standing_member')).first(), 'the new standing');
			const thread = page.getByRole('region', { name: member.t('groups_discussions_title') }).getByRole('link', { name: FOUNDING_THREAD });
			await member.waitFor(thread, "the group's discussion");
			expect(await thread.getAttribute('href')).toMatch(new RegExp(`^${foundingPath}/discussions/[a-z0-9-]+$`));
			await member.waitFor(page.getByRole('link', { name: member.t('groups_discussion_start') }), 'the link to start a discussion');
			member.session.assertClean();
			await member.session.close();

			// A visitor: the secret group is not found either.
			const visitorSession = await newSession(chromium.browser, { locale: acceptLanguage[locale] });
			const visitor = new Journey(visitorSession, locale);
			await visitor.go(`/${locale}/${SECRET_GROUP_PATH}`, { status: 404 });
			await visitor.go(`/${locale}/groups`);
			await visitor.waitFor(visitor.page.getByText(visitor.t('groups_visitor_notice')), 'the "log in" notice');
			visitorSession.assertClean();
			await visitorSession.close();
		});

		it(`${locale}: a member creates a secret group and invites someone, who accepts on the group's page`, async () => {
			const id = unique();
			const name = locale === 'pl' ? `Zaplecze rewitalizacji ${id}` : `Regeneration back room ${id}`;
			const ewa = await signedIn(demo.member, locale);
			const { page } = ewa;
			await ewa.go(`/${locale}/groups`);
			await ewa.follow(page.getByRole('link', { name: ewa.t('groups_create_link') }), /\/groups\/new$/);
			await ewa.expectHeading(ewa.t('groups_new_title'));
			// a name of blanks only is refused by the server; what was typed stays
			await ewa.field(ewa.t('groups_field_name')).fill('   ');
			await ewa.field(ewa.t('groups_field_description')).fill('Budżet i sprawy poufne.');
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('groups_new_submit') }))).toBe(400);
			await ewa.waitFor(page.locator('#field-name-error'), 'the name error');
			expect(await ewa.field(ewa.t('groups_field_description')).inputValue()).toBe('Budżet i sprawy poufne.');
			await ewa.field(ewa.t('groups_field_name')).fill(name);
			await page.getByRole('radio', { name: new RegExp(`^${ewa.t('groups_kind_secret')}:`) }).check();
			expect(await ewa.submit(page.getByRole('button', { name: ewa.t('groups_new_submit') }))).toBe(303);
			await ewa.expectHeading(name);
			await ewa.waitFor(page.getByRole('status'), 'the "created" notice', ewa.t('groups_notice_created'));
			const groupPath = new URL(page.url()).pathname;

			// The invited member does not know of it yet.
			const guest = await signedIn(JOINER[locale].email, locale);
			await guest.go(groupPath, { status: 404 });

			await ewa.follow(page.getByRole('link', { name: ewa.t('groups_members_link') }), /\/members$/);
			const invite = page.getByRole('region', { name: ewa.t('groups_invite_title') });
			await ewa.field(ewa.t('groups_field_who'), invite).fill(`nobody-${id}@example.org`);
			expect(await ewa.submit(invite.getByRole('button', { name: ewa.t('groups_invite_submit') }))).toBe(400);
			await ewa.waitFor(page.locator('#field-who-error'), 'the "no such member" error', ewa.t('groups_error_invitee_not_found'));
			await ewa.field(ewa.t('groups_field_who'), invite).fill(JOINER[locale].email);
			expect(await ewa.submit(invite.getByRole('button', { name: ewa.t('groups_invite_submit') }))).toBe(303);
			await ewa.waitFor(page.getByRole('status'), 'the "invited" notice', ewa.t('groups_notice_invited', { name: JOINER[locale].name }));
			ewa.session.assertClean();
			await ewa.session.close();

			const mail = await waitForMail(JOINER[locale].email, { matching: new RegExp(id) });
			expect(linkIn(mail, /\/groups\//)).toBe(groupPath);
			await guest.go(groupPath);
			await guest.expectHeading(name);
			await guest.waitFor(guest.page.getByText(guest.t('groups_invitation_notice')), 'the invitation');
			expect(await guest.submit(guest.page.getByRole('button', { name: guest.t('groups_invitation_accept') }))).toBe(303);
			await guest.waitFor(guest.page.getByRole('status'), 'the welcome', guest.t('groups_notice_invitation_accepted'));
			await guest.waitFor(
				guest.page.getByRole('region', { name: guest.t('groups_members_title') }).getByRole('link', { name: JOINER[locale].name }),
				'the guest among the members'
			);
			guest.session.assertClean();
			await guest.session.close();
		});
	}
});
