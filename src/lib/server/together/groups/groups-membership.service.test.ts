/** Joining open groups, asking to join closed ones, invitations, and coordinators running the membership. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { listAuditFor } from '../../platform/audit';
import { getGroup, groupForDocuments } from './groups.service';
import {
	answerInvitation,
	decideRequest,
	getGroupMembers,
	invitePerson,
	joinGroup,
	leaveGroup,
	removeMember,
	requestToJoin,
	setRole
} from './groups-membership.service';
import { codeOf, fieldError, groupWorlds, makeGroup, memberIn } from './groups.testing';

const t = useTestDatabase();
const { standing, follows } = groupWorlds(t);

const activities = (groupId: number) =>
	t.db
		.selectFrom('activity_events')
		.select(['kind', 'actor_id', 'subject_id', 'mentioned'])
		.where('context_type', '=', 'group')
		.where('context_id', '=', groupId)
		.orderBy('created_at')
		.execute();

describe('open groups', () => {
	it('lets a network member join at once (following it, with an activity) and leave', async () => {
		const { group } = await makeGroup(t.db, 'open');
		const me = await memberIn(t.db, null);
		const before = await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(before.can).toMatchObject({ join: true, request: false, readContent: true, takePart: false });
		await joinGroup(me.actor, { slug: group.slug }, t.deps);
		await joinGroup(me.actor, { slug: group.slug }, t.deps); // twice changes nothing
		expect(await standing(group.id, me.person.id)).toEqual({ status: 'active', role: 'member' });
		expect(await follows(me.person.id, group.id)).toBe(true);
		expect((await activities(group.id)).filter((a) => a.kind === 'group_joined')).toHaveLength(1);
		expect((await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps)).can).toMatchObject({
			takePart: true,
			leave: true,
			join: false
		});

		await leaveGroup(me.actor, { slug: group.slug }, t.deps);
		expect(await standing(group.id, me.person.id)).toBeNull();
		expect(await follows(me.person.id, group.id)).toBe(false);
		expect((await listAuditFor(t.db, 'group', group.id)).map((a) => a.action)).toEqual(
			expect.arrayContaining(['group.join', 'group.leave'])
		);
	});

	it('refuses joining to people outside the network and joining closed or secret groups', async () => {
		const open = await makeGroup(t.db, 'open');
		expect(await codeOf(joinGroup(actorOf(await makePerson(t.db)), { slug: open.group.slug }, t.deps))).toBe('not_found');
		expect(await codeOf(joinGroup(null, { slug: open.group.slug }, t.deps))).toBe('unauthenticated');
		const closed = await makeGroup(t.db, 'closed');
		const me = await memberIn(t.db, null);
		expect(await codeOf(joinGroup(me.actor, { slug: closed.group.slug }, t.deps))).toBe('forbidden:groups_error_not_open');
		const secret = await makeGroup(t.db, 'secret');
		expect(await codeOf(joinGroup(me.actor, { slug: secret.group.slug }, t.deps))).toBe('not_found');
	});
});

describe('closed groups', () => {
	it('takes a request with a message; a coordinator accepts it and the person is told by mail in their language', async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'closed', { name: 'Ramy sieci' });
		const me = await memberIn(t.db, null);
		expect((await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps)).can).toMatchObject({
			request: true,
			join: false,
			readContent: false
		});
		expect(await codeOf(groupForDocuments(me.actor, group.slug, t.deps))).toBe('not_found');
		expect(await requestToJoin(me.actor, { slug: group.slug, values: { message: 'Pracuję nad tym w Bytomiu.' } }, t.deps)).toBe(
			'requested'
		);
		expect(await codeOf(requestToJoin(me.actor, { slug: group.slug, values: {} }, t.deps))).toBe('conflict:groups_error_already_requested');
		const waiting = await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(waiting).toMatchObject({ standing: 'requested', can: { readContent: false, withdraw: true, request: false } });
		expect((await activities(group.id)).map((a) => a.kind)).toEqual(['group_request']);
		expect((await getGroup(coordinatorActor, { slug: group.slug, locale: 'en' }, t.deps)).pendingCount).toBe(1);
		const members = await getGroupMembers(coordinatorActor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(members.requests.map((r) => [r.personId, r.message])).toEqual([[me.person.id, 'Pracuję nad tym w Bytomiu.']]);

		// a plain member cannot decide
		const other = await memberIn(t.db, group.id);
		expect(
			await codeOf(decideRequest(other.actor, { slug: group.slug, values: { person_id: me.person.id, decision: 'accept' } }, t.deps))
		).toBe('forbidden');
		expect((await getGroupMembers(other.actor, { slug: group.slug, locale: 'en' }, t.deps)).requests).toEqual([]);

		await decideRequest(coordinatorActor, { slug: group.slug, values: { person_id: String(me.person.id), decision: 'accept' } }, t.deps);
		expect(await standing(group.id, me.person.id)).toEqual({ status: 'active', role: 'member' });
		expect(await follows(me.person.id, group.id)).toBe(true);
		expect((await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps)).can).toMatchObject({ readContent: true, takePart: true });
		const [mail] = await findMailTo(t.db, me.person.email);
		// the group's name (written by its creator) is in the body, never in the subject
		expect(mail.subject).toBe('You are now a member of a working group');
		expect(mail.text_body).toContain('“Ramy sieci”');
		expect(mail.text_body).toContain(`/en/groups/${group.slug}`);
		expect((await activities(group.id)).map((a) => a.kind)).toEqual(['group_request', 'group_joined']);
		expect((await listAuditFor(t.db, 'group', group.id)).map((a) => a.action)).toContain('group.request_accept');
		// deciding twice: the request is gone
		expect(
			await codeOf(decideRequest(coordinatorActor, { slug: group.slug, values: { person_id: me.person.id, decision: 'accept' } }, t.deps))
		).toBe('not_found');
	});

	it('declines a request with a mail, and lets a person withdraw their own request', async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'closed');
		const me = await memberIn(t.db, null);
		await t.db.updateTable('people').set({ locale: 'pl' }).where('id', '=', me.person.id).execute();
		await requestToJoin(me.actor, { slug: group.slug, values: {} }, t.deps);
		await decideRequest(coordinatorActor, { slug: group.slug, values: { person_id: me.person.id, decision: 'decline' } }, t.deps);
		expect(await standing(group.id, me.person.id)).toBeNull();
		expect((await findMailTo(t.db, me.person.email))[0].subject).toContain('Twoja prośba o przyjęcie do grupy');

		await requestToJoin(me.actor, { slug: group.slug, values: {} }, t.deps);
		await leaveGroup(me.actor, { slug: group.slug }, t.deps);
		expect(await standing(group.id, me.person.id)).toBeNull();
		expect((await listAuditFor(t.db, 'group', group.id)).map((a) => a.action)).toEqual(
			expect.arrayContaining(['group.request_decline', 'group.request_withdraw'])
		);
	});

	it('shows a closed group and its members to network members, its content to its members only', async () => {
		const { group } = await makeGroup(t.db, 'closed');
		const outsider = await memberIn(t.db, null);
		const page = await getGroup(outsider.actor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(page.members).toHaveLength(1);
		expect(page.can.readContent).toBe(false);
		expect(await codeOf(getGroup(actorOf(await makePerson(t.db)), { slug: group.slug, locale: 'en' }, t.deps))).toBe('not_found');
		expect(await codeOf(getGroup(null, { slug: group.slug, locale: 'en' }, t.deps))).toBe('unauthenticated');
	});
});

describe('invitations', () => {
	it('invites a network member by handle or e-mail to a secret group; they see it, accept and join', async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'secret', { name: 'Zaplecze' });
		const guest = await memberIn(t.db, null);
		expect(await codeOf(getGroup(guest.actor, { slug: group.slug, locale: 'en' }, t.deps))).toBe('not_found');
		const result = await invitePerson(
			coordinatorActor,
			{ slug: group.slug, values: { who: `@${guest.person.handle}`, message: 'Zapraszam!' } },
			t.deps
		);
		expect(result).toEqual({ name: guest.person.name, joined: false });
		const [mail] = await findMailTo(t.db, guest.person.email);
		expect(mail.subject).toBe('An invitation to a working group');
		expect(mail.text_body).toContain(`${coordinatorActor.name} invites you to the working group “Zaplecze”`);
		expect(mail.text_body).toContain('Zapraszam!');
		const [invited] = (await activities(group.id)).filter((a) => a.kind === 'group_invited');
		expect(invited.mentioned).toEqual([guest.person.id]);

		const page = await getGroup(guest.actor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(page).toMatchObject({
			standing: 'invited',
			invitation: { invitedBy: coordinatorActor.name, message: 'Zapraszam!' },
			can: { answerInvitation: true, readContent: false }
		});
		// invited is not in yet: no members list, no content, no members page
		expect(page.members).toEqual([]);
		expect(await codeOf(getGroupMembers(guest.actor, { slug: group.slug, locale: 'en' }, t.deps))).toBe('not_found');

		await answerInvitation(guest.actor, { slug: group.slug, values: { decision: 'accept' } }, t.deps);
		expect(await standing(group.id, guest.person.id)).toEqual({ status: 'active', role: 'member' });
		expect(await follows(guest.person.id, group.id)).toBe(true);
		expect((await getGroup(guest.actor, { slug: group.slug, locale: 'en' }, t.deps)).members).toHaveLength(2);

		// by e-mail, in any case
		const second = await memberIn(t.db, null);
		await invitePerson(coordinatorActor, { slug: group.slug, values: { who: second.person.email.toUpperCase() } }, t.deps);
		await answerInvitation(second.actor, { slug: group.slug, values: { decision: 'decline' } }, t.deps);
		expect(await standing(group.id, second.person.id)).toBeNull();
		expect(await codeOf(getGroup(second.actor, { slug: group.slug, locale: 'en' }, t.deps))).toBe('not_found');
	});

	it('refuses unknown people, people outside the network, members and people already invited, with the same words for the first two', async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'closed');
		const invite = (who: string) => fieldError(invitePerson(coordinatorActor, { slug: group.slug, values: { who } }, t.deps));
		expect((await invite('nobody-here')).who.key).toBe('groups_error_invitee_not_found');
		expect((await invite((await makePerson(t.db)).email)).who.key).toBe('groups_error_invitee_not_found');
		expect((await invite(coordinatorActor.handle)).who.key).toBe('groups_error_already_member');
		const guest = await memberIn(t.db, null);
		await invitePerson(coordinatorActor, { slug: group.slug, values: { who: guest.person.handle } }, t.deps);
		expect((await invite(guest.person.handle)).who.key).toBe('groups_error_already_invited');
		// inviting someone who asked to join lets them in
		const asker = await memberIn(t.db, group.id, 'requested');
		expect(await invitePerson(coordinatorActor, { slug: group.slug, values: { who: asker.person.handle } }, t.deps)).toMatchObject({
			joined: true
		});
		expect(await standing(group.id, asker.person.id)).toMatchObject({ status: 'active' });
		// a plain member cannot invite
		expect(await codeOf(invitePerson(asker.actor, { slug: group.slug, values: { who: guest.person.handle } }, t.deps))).toBe('forbidden');
	});

	it('lets someone invited to a closed group in when they ask, and a coordinator withdraw an invitation', async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'closed');
		const guest = await memberIn(t.db, group.id, 'invited');
		expect(await requestToJoin(guest.actor, { slug: group.slug, values: {} }, t.deps)).toBe('joined');
		const other = await memberIn(t.db, group.id, 'invited');
		await removeMember(coordinatorActor, { slug: group.slug, values: { person_id: other.person.id } }, t.deps);
		expect(await standing(group.id, other.person.id)).toBeNull();
		expect((await listAuditFor(t.db, 'group', group.id)).map((a) => a.action)).toContain('group.invitation_withdraw');
	});
});

describe('roles and members', () => {
	it('names and removes coordinators, always keeping one, and removes members', async () => {
		const { group, coordinator, coordinatorActor } = await makeGroup(t.db, 'open');
		const member = await memberIn(t.db, group.id);
		// the only coordinator cannot leave, step down or be removed
		expect(await codeOf(leaveGroup(coordinatorActor, { slug: group.slug }, t.deps))).toBe('conflict:groups_error_last_coordinator');
		expect(
			await codeOf(setRole(coordinatorActor, { slug: group.slug, values: { person_id: coordinator.id, role: 'member' } }, t.deps))
		).toBe('conflict:groups_error_last_coordinator');
		expect(await codeOf(removeMember(coordinatorActor, { slug: group.slug, values: { person_id: coordinator.id } }, t.deps))).toBe(
			'conflict:groups_error_last_coordinator'
		);

		await setRole(coordinatorActor, { slug: group.slug, values: { person_id: member.person.id, role: 'coordinator' } }, t.deps);
		expect(await standing(group.id, member.person.id)).toEqual({ status: 'active', role: 'coordinator' });
		await leaveGroup(coordinatorActor, { slug: group.slug }, t.deps);
		expect(await standing(group.id, coordinator.id)).toBeNull();
		expect((await getGroupMembers(member.actor, { slug: group.slug, locale: 'en' }, t.deps)).coordinatorCount).toBe(1);

		const third = await memberIn(t.db, group.id);
		await removeMember(member.actor, { slug: group.slug, values: { person_id: third.person.id } }, t.deps);
		expect(await standing(group.id, third.person.id)).toBeNull();
		expect(await codeOf(removeMember(member.actor, { slug: group.slug, values: { person_id: third.person.id } }, t.deps))).toBe(
			'not_found'
		);
		const audit = await listAuditFor(t.db, 'group', group.id);
		expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['group.role', 'group.remove', 'group.leave']));
	});

	it('keeps one coordinator when two step down at once', async () => {
		const { group, coordinator, coordinatorActor } = await makeGroup(t.db, 'open');
		const second = await memberIn(t.db, group.id, 'active', 'coordinator');
		const results = await Promise.all([
			codeOf(setRole(coordinatorActor, { slug: group.slug, values: { person_id: coordinator.id, role: 'member' } }, t.deps)),
			codeOf(setRole(second.actor, { slug: group.slug, values: { person_id: second.person.id, role: 'member' } }, t.deps))
		]);
		expect(results.sort()).toEqual(['conflict:groups_error_last_coordinator', 'ok']);
		const rows = await t.db
			.selectFrom('group_members')
			.select('role')
			.where('group_id', '=', group.id)
			.where('role', '=', 'coordinator')
			.execute();
		expect(rows).toHaveLength(1);
	});

	it('lets network coordinators run open and closed groups but not secret ones', async () => {
		const staff = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const closed = await makeGroup(t.db, 'closed');
		const asker = await memberIn(t.db, closed.group.id, 'requested');
		await decideRequest(staff, { slug: closed.group.slug, values: { person_id: asker.person.id, decision: 'accept' } }, t.deps);
		expect(await standing(closed.group.id, asker.person.id)).toMatchObject({ status: 'active' });
		const secret = await makeGroup(t.db, 'secret');
		const insider = await memberIn(t.db, secret.group.id);
		expect(await codeOf(removeMember(staff, { slug: secret.group.slug, values: { person_id: insider.person.id } }, t.deps))).toBe(
			'not_found'
		);
	});
});
