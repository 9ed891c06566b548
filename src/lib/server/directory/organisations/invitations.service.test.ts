/**
 * Invitations mail any address in the platform's name: they must not be a way to send mail to
 * strangers on anyone's behalf (limits, no repeats, only from organisations in the network,
 * nothing the inviter wrote in the subject).
 */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { formAction } from '../../platform/http';
import { formRequest } from '../accounts/testing/account-helpers';
import { inviteMember } from './invitations.service';
import { revokeInvitation } from './members.service';

const t = useTestDatabase();

let n = 0;
const address = (name = 'invitee') => `${name}-${Date.now().toString(36)}-${++n}@example.org`;

/** An organisation with its admin (approved unless said otherwise). */
async function organisationWithAdmin(options: { approved?: boolean; name?: string } = {}) {
	const org = await makeOrganisation(t.db, { approved: options.approved ?? true, name: options.name });
	const admin = await makePerson(t.db, { locale: 'en' });
	await addToOrganisation(t.db, org.id, admin.id, 'admin');
	return { org, admin: actorOf(admin, options.approved ?? true) };
}

const invite = (admin: ReturnType<typeof actorOf>, slug: string, email: string, locale: 'pl' | 'en' = 'en') =>
	formAction(formRequest({ email, role: 'member' }), locale, (values) => inviteMember(admin, slug, values, t.deps));

describe('invitations are not a way to mail strangers', () => {
	it('keeps what the inviter wrote out of the subject', async () => {
		const { org, admin } = await organisationWithAdmin({ name: 'URGENT: your password expires, log in at evil.example' });
		const email = address();
		await inviteMember(admin, org.slug, { email, role: 'member' }, t.deps);
		const [mail] = await findMailTo(t.db, email);
		expect(mail.subject).toBe('An invitation to join an organisation on Headframe');
		expect(mail.text_body).toContain(org.name);
		expect(mail.text_body).toContain(admin.name);
	});

	it('is refused for an organisation the coordinators have not accepted, and nothing is mailed', async () => {
		const { org, admin } = await organisationWithAdmin({ approved: false });
		const email = address();
		const result = await invite(admin, org.slug, email);
		expect(result).toMatchObject({ status: 403, data: { message: expect.stringContaining('accepted into the network') } });
		expect(await findMailTo(t.db, email)).toEqual([]);
	});

	it('does not mail an address again while its invitation is open, not even twice at the same moment', async () => {
		const { org, admin } = await organisationWithAdmin();
		const email = address();
		const outcomes = await Promise.all(
			Array.from({ length: 5 }, () =>
				inviteMember(admin, org.slug, { email, role: 'member' }, t.deps).then(
					() => 'sent',
					(error: { messageKey: string }) => error.messageKey
				)
			)
		);
		expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
		expect(outcomes.filter((outcome) => outcome === 'org_error_already_invited')).toHaveLength(4);
		expect(await findMailTo(t.db, email)).toHaveLength(1);
		const again = await invite(admin, org.slug, email.toUpperCase());
		expect(again).toMatchObject({ status: 409, data: { errors: { email: expect.stringContaining('still waiting') } } });
		expect(await findMailTo(t.db, email)).toHaveLength(1);
	});

	it('mails one address at most 3 times a week, whoever invites it', async () => {
		const email = address('popular');
		for (let i = 0; i < 3; i++) {
			const { org, admin } = await organisationWithAdmin();
			await inviteMember(admin, org.slug, { email, role: 'member' }, t.deps);
		}
		const { org, admin } = await organisationWithAdmin();
		const fourth = await invite(admin, org.slug, email);
		expect(fourth).toMatchObject({ status: 429, data: { message: expect.stringContaining('3 invitations this week') } });
		expect(await findMailTo(t.db, email)).toHaveLength(3);
	});

	it('sends at most 20 invitations a day from one person; withdrawn ones still count', async () => {
		const { org, admin } = await organisationWithAdmin();
		for (let i = 0; i < 20; i++) {
			const email = address('batch');
			await inviteMember(admin, org.slug, { email, role: 'member' }, t.deps);
			if (i === 0) {
				const [row] = await t.db.selectFrom('organisation_invitations').select('id').where('email', '=', email).execute();
				await revokeInvitation(admin, org.slug, { invitation_id: row.id }, t.deps);
			}
		}
		const email = address('one-too-many');
		const result = await invite(admin, org.slug, email, 'pl');
		expect(result).toMatchObject({ status: 429, data: { message: expect.stringContaining('20 zaproszeń') } });
		expect(await findMailTo(t.db, email)).toEqual([]);
		// another admin of the same organisation has a count of their own
		const colleague = await makePerson(t.db);
		await addToOrganisation(t.db, org.id, colleague.id, 'admin');
		await expect(inviteMember(actorOf(colleague, true), org.slug, { email, role: 'member' }, t.deps)).resolves.toEqual({ email });
	});

	it('does not count refused invitations', async () => {
		const { org, admin } = await organisationWithAdmin();
		const member = await makePerson(t.db);
		await addToOrganisation(t.db, org.id, member.id, 'member');
		for (let i = 0; i < 25; i++) {
			await expect(inviteMember(admin, org.slug, { email: member.email, role: 'member' }, t.deps)).rejects.toMatchObject({
				messageKey: 'org_error_already_member'
			});
		}
		await expect(inviteMember(admin, org.slug, { email: address(), role: 'member' }, t.deps)).resolves.toBeTruthy();
	});
});
