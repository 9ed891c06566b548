import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { startSession, resolveSession } from '../../platform/auth';
import { changeMemberRole, getOrganisationMembers, leaveOrganisation, removeMember, revokeInvitation } from './members.service';
import { acceptInvitation, getInvitation, inviteMember } from './invitations.service';
import { getOrganisation } from './organisations.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

/** An approved organisation with an admin and a member. */
async function team() {
	const org = await makeOrganisation(t.db, { approved: true });
	const admin = await makePerson(t.db);
	const member = await makePerson(t.db);
	await addToOrganisation(t.db, org.id, admin.id, 'admin');
	await addToOrganisation(t.db, org.id, member.id, 'member');
	return { org, admin: actorOf(admin, true), member: actorOf(member, true) };
}

const tokenIn = (text: string) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

describe('inviting people', () => {
	it('mails a 14-day link that any signed-in account can accept once', async () => {
		const { org, admin } = await team();
		const known = await makePerson(t.db, { email: `known-${Date.now()}@example.org`, locale: 'pl' });
		await inviteMember(admin, org.slug, { email: known.email.toUpperCase(), role: 'admin' }, t.deps);

		const [mail] = await findMailTo(t.db, known.email);
		// the organisation's name (written by whoever created it) is in the body, not the subject
		expect(mail.subject).not.toContain(org.name);
		expect(mail.text_body).toContain(org.name);
		expect(mail.text_body).toContain('zaprasza'); // in the invitee's language
		const token = tokenIn(mail.text_body);
		expect(mail.text_body).toContain(`${t.deps.origin}/pl/invitations/${token}`);
		const stored = await t.db
			.selectFrom('organisation_invitations')
			.selectAll()
			.where('organisation_id', '=', org.id)
			.executeTakeFirstOrThrow();
		expect(stored.token_hash).not.toContain(token);
		const days = (stored.expires_at.getTime() - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(13.9);
		expect(days).toBeLessThanOrEqual(14);

		// Someone else's account accepts it: allowed, and the invited address is shown.
		const accepter = await makePerson(t.db);
		const view = await getInvitation(actorOf(accepter), token, t.deps, 'en');
		expect(view).toMatchObject({
			email: known.email,
			role: 'admin',
			state: 'open',
			alreadyMember: false,
			organisation: { slug: org.slug }
		});
		expect((await failure(acceptInvitation(null, token, t.deps))).code).toBe('unauthenticated');
		expect(await acceptInvitation(actorOf(accepter), token, t.deps)).toEqual({ slug: org.slug });
		const page = await getOrganisation(actorOf(accepter, true), org.slug, t.deps, 'en');
		expect(page.viewerRole).toBe('admin');

		// The approved organisation makes the accepter a network member.
		const { token: session } = await startSession(t.db, accepter.id);
		expect((await resolveSession(t.db, session))?.isMember).toBe(true);

		expect((await getInvitation(null, token, t.deps, 'en')).state).toBe('used');
		expect((await failure(acceptInvitation(actorOf(await makePerson(t.db)), token, t.deps))).messageKey).toBe('org_invitation_used');
		expect((await failure(getInvitation(null, 'x'.repeat(43), t.deps, 'en'))).code).toBe('not_found');
	});

	it('refuses expired links, invitations by non-admins, and people already in', async () => {
		const { org, admin, member } = await team();
		await inviteMember(admin, org.slug, { email: 'late@example.org', role: 'member' }, t.deps);
		const token = tokenIn((await findMailTo(t.db, 'late@example.org'))[0].text_body);
		await t.db
			.updateTable('organisation_invitations')
			.set({ expires_at: new Date(Date.now() - 1000) })
			.where('email', '=', 'late@example.org')
			.execute();
		expect((await failure(acceptInvitation(member, token, t.deps))).messageKey).toBe('org_invitation_expired');

		expect((await failure(inviteMember(member, org.slug, { email: 'x@example.org', role: 'admin' }, t.deps))).code).toBe('forbidden');
		const outsider = await makeMember(t.db, { orgRole: 'admin' });
		expect(
			(await failure(inviteMember(actorOf(outsider.person, true), org.slug, { email: 'x@example.org', role: 'admin' }, t.deps))).code
		).toBe('forbidden');
		expect((await findMailTo(t.db, 'x@example.org')).length).toBe(0);

		const already = await failure(inviteMember(admin, org.slug, { email: member.email, role: 'member' }, t.deps));
		expect(already.fieldErrors.email?.key).toBe('org_error_already_member');
		const bad = await failure(inviteMember(admin, org.slug, { email: 'not-an-address', role: 'owner' }, t.deps));
		expect(Object.keys(bad.fieldErrors).sort()).toEqual(['email', 'role']);
	});

	it('lets an admin see and withdraw open invitations', async () => {
		const { org, admin, member } = await team();
		await inviteMember(admin, org.slug, { email: 'withdrawn@example.org', role: 'member' }, t.deps);
		const list = await getOrganisationMembers(admin, org.slug, t.deps);
		expect(list.members).toHaveLength(2);
		expect(list.invitations.map((i) => i.email)).toEqual(['withdrawn@example.org']);
		expect((await failure(getOrganisationMembers(member, org.slug, t.deps))).code).toBe('forbidden');
		expect((await failure(revokeInvitation(member, org.slug, { invitation_id: list.invitations[0].id }, t.deps))).code).toBe('forbidden');
		await revokeInvitation(admin, org.slug, { invitation_id: list.invitations[0].id }, t.deps);
		expect((await getOrganisationMembers(admin, org.slug, t.deps)).invitations).toEqual([]);
	});
});

describe('roles and leaving', () => {
	it('never leaves an organisation without an admin', async () => {
		const { org, admin, member } = await team();
		expect((await failure(changeMemberRole(admin, org.slug, { person_id: admin.id, role: 'member' }, t.deps))).messageKey).toBe(
			'org_error_last_admin'
		);
		expect((await failure(removeMember(admin, org.slug, { person_id: admin.id }, t.deps))).messageKey).toBe('org_error_last_admin');
		expect((await failure(leaveOrganisation(admin, org.slug, t.deps))).messageKey).toBe('org_error_last_admin_leave');

		await changeMemberRole(admin, org.slug, { person_id: member.id, role: 'admin' }, t.deps);
		await leaveOrganisation(admin, org.slug, t.deps);
		const left = await getOrganisationMembers(member, org.slug, t.deps);
		expect(left.members.map((p) => [p.personId, p.role])).toEqual([[member.id, 'admin']]);
		// The organisation stays after people leave.
		expect((await getOrganisation(null, org.slug, t.deps, 'en')).name).toBe(org.name);
		const audit = await t.db
			.selectFrom('audit_log')
			.select('action')
			.where('subject_id', '=', String(org.id))
			.where('subject_type', '=', 'organisation')
			.execute();
		expect(audit.map((a) => a.action).sort()).toEqual(['organisation.leave', 'organisation.role_change']);
	});

	it('lets only admins of this organisation change roles or remove people', async () => {
		const { org, admin, member } = await team();
		const other = await team();
		// An admin of organisation B has no say in organisation A.
		expect((await failure(changeMemberRole(other.admin, org.slug, { person_id: member.id, role: 'admin' }, t.deps))).code).toBe(
			'forbidden'
		);
		expect((await failure(removeMember(other.admin, org.slug, { person_id: member.id }, t.deps))).code).toBe('forbidden');
		expect((await failure(changeMemberRole(member, org.slug, { person_id: member.id, role: 'admin' }, t.deps))).code).toBe('forbidden');
		// Someone outside organisation B cannot touch a person of B through A's page.
		expect((await failure(removeMember(admin, org.slug, { person_id: other.member.id }, t.deps))).code).toBe('not_found');
		expect((await failure(changeMemberRole(null, org.slug, { person_id: member.id, role: 'admin' }, t.deps))).code).toBe('unauthenticated');

		await removeMember(admin, org.slug, { person_id: member.id }, t.deps);
		expect((await getOrganisationMembers(admin, org.slug, t.deps)).members.map((p) => p.personId)).toEqual([admin.id]);
		expect((await failure(leaveOrganisation(member, org.slug, t.deps))).code).toBe('not_found');
	});
});
