import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../platform/files/testing/samples';
import { deleteDocument, uploadDocument } from '../documents';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeMember, makePerson } from '../../platform/db/testing/factories';
import { findMailTo } from '../../platform/mail/outbox.testing';
import { listAuditFor } from '../../platform/audit';
import { findFollow } from '../../notify/follows';
import { AppError } from '../../platform/core';
import {
	answerInvitation,
	createGroup,
	decideRequest,
	getGroup,
	getGroupEditForm,
	getGroupMembers,
	groupForDocuments,
	invitePerson,
	joinGroup,
	leaveGroup,
	listGroups,
	removeMember,
	requestToJoin,
	setRole,
	updateGroup
} from './groups.service';
import { addGroupMember, makeGroup, memberIn } from './groups.testing';

const t = useTestDatabase();

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? `${e.code}${e.messageKey.startsWith('groups_') ? `:${e.messageKey}` : ''}` : `unexpected: ${String(e)}`)
	);

async function fieldError(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return (error as AppError).fieldErrors;
}

const standing = async (groupId: number, personId: number) =>
	(await t.db.selectFrom('group_members').select(['status', 'role']).where('group_id', '=', groupId).where('person_id', '=', personId).executeTakeFirst()) ?? null;

const activities = (groupId: number) =>
	t.db.selectFrom('activity_events').select(['kind', 'actor_id', 'subject_id', 'mentioned']).where('context_type', '=', 'group').where('context_id', '=', groupId).orderBy('created_at').execute();

const follows = async (personId: number, groupId: number) => (await findFollow(t.db, personId, { type: 'group', id: groupId })) !== undefined;

describe('creating and editing', () => {
	it('lets any network member create a group of any kind and makes them its coordinator, following it', async () => {
		const { person } = await makeMember(t.db);
		const me = actorOf(person, true);
		const area = await makeArea(t.db);
		for (const kind of ['open', 'closed', 'secret'] as const) {
			const created = await createGroup(me, { values: { name: `Rewitalizacja ${kind}`, description: 'O czym **mówimy**', kind, area_ids: [String(area.id)] } }, t.deps);
			expect(created.slug).toMatch(/^rewitalizacja-/);
			expect(await standing(created.id, person.id)).toEqual({ status: 'active', role: 'coordinator' });
			expect(await follows(person.id, created.id)).toBe(true);
			const page = await getGroup(me, { slug: created.slug, locale: 'en' }, t.deps);
			expect(page).toMatchObject({ kind, standing: 'coordinator', memberCount: 1, can: { manage: true, readContent: true, takePart: true, leave: true } });
			expect(page.areas.map((a) => a.id)).toEqual([area.id]);
			expect(page.descriptionHtml).toContain('<strong>mówimy</strong>');
			expect((await listAuditFor(t.db, 'group', created.id)).map((a) => a.action)).toContain('group.create');
		}
		// the same name again gets the next free address
		const again = await createGroup(me, { values: { name: 'Rewitalizacja open', kind: 'open' } }, t.deps);
		expect(again.slug).toMatch(/-2$/);
		// "new" is the address of the form, never a group's
		expect((await createGroup(me, { values: { name: 'New', kind: 'open' } }, t.deps)).slug).toBe('new-2');
	});

	it('refuses visitors, people outside the network, bad fields and unknown areas', async () => {
		expect(await codeOf(createGroup(null, { values: { name: 'X', kind: 'open' } }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(createGroup(actorOf(await makePerson(t.db)), { values: { name: 'X', kind: 'open' } }, t.deps))).toBe('forbidden:groups_error_members_only');
		const me = actorOf((await makeMember(t.db)).person, true);
		expect(Object.keys(await fieldError(createGroup(me, { values: { name: ' ', kind: 'public' } }, t.deps))).sort()).toEqual(['kind', 'name']);
		expect(await fieldError(createGroup(me, { values: { name: 'Y', kind: 'open', area_ids: ['999999'] } }, t.deps))).toHaveProperty('area_ids');
	});

	it('lets group coordinators (and network coordinators, except in secret groups) edit; not members', async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'closed');
		const member = await memberIn(t.db, group.id);
		const staff = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const values = { name: 'Nowa nazwa', description: 'Opis', kind: 'open' };
		await updateGroup(coordinatorActor, { slug: group.slug, values }, t.deps);
		expect((await getGroupEditForm(coordinatorActor, { slug: group.slug, locale: 'en' }, t.deps)).group).toMatchObject({ name: 'Nowa nazwa', kind: 'open' });
		expect(await codeOf(updateGroup(member.actor, { slug: group.slug, values }, t.deps))).toBe('forbidden');
		expect(await codeOf(updateGroup(staff, { slug: group.slug, values: { ...values, name: 'Staff' } }, t.deps))).toBe('ok');
		const secret = await makeGroup(t.db, 'secret');
		expect(await codeOf(updateGroup(staff, { slug: secret.group.slug, values }, t.deps))).toBe('not_found');
		expect(await codeOf(getGroupEditForm(staff, { slug: secret.group.slug, locale: 'en' }, t.deps))).toBe('not_found');
		const audit = await listAuditFor(t.db, 'group', group.id);
		expect(audit.filter((a) => a.action === 'group.update').map((a) => a.details)).toEqual(expect.arrayContaining([{ from: 'closed', to: 'open' }, {}]));
	});
});

describe('listing', () => {
	it('lists open and closed groups to network members, secret ones to their members and invitees only, never counting them', async () => {
		const open = await makeGroup(t.db, 'open');
		const closed = await makeGroup(t.db, 'closed');
		const secret = await makeGroup(t.db, 'secret');
		const insider = await memberIn(t.db, secret.group.id);
		const invited = await memberIn(t.db, secret.group.id, 'invited');
		const requested = await memberIn(t.db, closed.group.id, 'requested');
		const outsider = await memberIn(t.db, null);
		const staff = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const slugs = async (actor: Parameters<typeof listGroups>[0]) => (await listGroups(actor, { locale: 'en' }, t.deps)).groups.map((g) => g.slug);

		for (const viewer of [outsider.actor, staff]) {
			const seen = await slugs(viewer);
			expect(seen).toEqual(expect.arrayContaining([open.group.slug, closed.group.slug]));
			expect(seen).not.toContain(secret.group.slug);
		}
		expect(await slugs(insider.actor)).toContain(secret.group.slug);
		expect(await slugs(invited.actor)).toContain(secret.group.slug);
		expect(await slugs(null)).toEqual([]);
		expect(await slugs(actorOf(await makePerson(t.db)))).toEqual([]);

		const list = (await listGroups(insider.actor, { locale: 'en' }, t.deps)).groups;
		expect(list.find((g) => g.slug === secret.group.slug)).toMatchObject({ kind: 'secret', memberCount: 2, standing: 'member' });
		const requestedView = (await listGroups(requested.actor, { locale: 'en' }, t.deps)).groups;
		expect(requestedView.find((g) => g.slug === closed.group.slug)).toMatchObject({ memberCount: 1, standing: 'requested' });
		expect((await listGroups(invited.actor, { locale: 'en' }, t.deps)).groups.find((g) => g.slug === secret.group.slug)?.standing).toBe('invited');
	});
});

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
		expect((await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps)).can).toMatchObject({ takePart: true, leave: true, join: false });

		await leaveGroup(me.actor, { slug: group.slug }, t.deps);
		expect(await standing(group.id, me.person.id)).toBeNull();
		expect(await follows(me.person.id, group.id)).toBe(false);
		expect((await listAuditFor(t.db, 'group', group.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['group.join', 'group.leave']));
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
		expect((await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps)).can).toMatchObject({ request: true, join: false, readContent: false });
		expect(await codeOf(groupForDocuments(me.actor, group.slug, t.deps))).toBe('not_found');
		expect(await requestToJoin(me.actor, { slug: group.slug, values: { message: 'Pracuję nad tym w Bytomiu.' } }, t.deps)).toBe('requested');
		expect(await codeOf(requestToJoin(me.actor, { slug: group.slug, values: {} }, t.deps))).toBe('conflict:groups_error_already_requested');
		const waiting = await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(waiting).toMatchObject({ standing: 'requested', can: { readContent: false, withdraw: true, request: false } });
		expect((await activities(group.id)).map((a) => a.kind)).toEqual(['group_request']);
		expect((await getGroup(coordinatorActor, { slug: group.slug, locale: 'en' }, t.deps)).pendingCount).toBe(1);
		const members = await getGroupMembers(coordinatorActor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(members.requests.map((r) => [r.personId, r.message])).toEqual([[me.person.id, 'Pracuję nad tym w Bytomiu.']]);

		// a plain member cannot decide
		const other = await memberIn(t.db, group.id);
		expect(await codeOf(decideRequest(other.actor, { slug: group.slug, values: { person_id: me.person.id, decision: 'accept' } }, t.deps))).toBe('forbidden');
		expect((await getGroupMembers(other.actor, { slug: group.slug, locale: 'en' }, t.deps)).requests).toEqual([]);

		await decideRequest(coordinatorActor, { slug: group.slug, values: { person_id: String(me.person.id), decision: 'accept' } }, t.deps);
		expect(await standing(group.id, me.person.id)).toEqual({ status: 'active', role: 'member' });
		expect(await follows(me.person.id, group.id)).toBe(true);
		expect((await getGroup(me.actor, { slug: group.slug, locale: 'en' }, t.deps)).can).toMatchObject({ readContent: true, takePart: true });
		const [mail] = await findMailTo(t.db, me.person.email);
		expect(mail.subject).toBe('You are now a member of “Ramy sieci”');
		expect(mail.text_body).toContain(`/en/groups/${group.slug}`);
		expect((await activities(group.id)).map((a) => a.kind)).toEqual(['group_request', 'group_joined']);
		expect((await listAuditFor(t.db, 'group', group.id)).map((a) => a.action)).toContain('group.request_accept');
		// deciding twice: the request is gone
		expect(await codeOf(decideRequest(coordinatorActor, { slug: group.slug, values: { person_id: me.person.id, decision: 'accept' } }, t.deps))).toBe('not_found');
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
		expect((await listAuditFor(t.db, 'group', group.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['group.request_decline', 'group.request_withdraw']));
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
		const result = await invitePerson(coordinatorActor, { slug: group.slug, values: { who: `@${guest.person.handle}`, message: 'Zapraszam!' } }, t.deps);
		expect(result).toEqual({ name: guest.person.name, joined: false });
		const [mail] = await findMailTo(t.db, guest.person.email);
		expect(mail.subject).toBe(`${coordinatorActor.name} invites you to the working group “Zaplecze”`);
		expect(mail.text_body).toContain('Zapraszam!');
		const [invited] = (await activities(group.id)).filter((a) => a.kind === 'group_invited');
		expect(invited.mentioned).toEqual([guest.person.id]);

		const page = await getGroup(guest.actor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(page).toMatchObject({ standing: 'invited', invitation: { invitedBy: coordinatorActor.name, message: 'Zapraszam!' }, can: { answerInvitation: true, readContent: false } });
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
		expect(await invitePerson(coordinatorActor, { slug: group.slug, values: { who: asker.person.handle } }, t.deps)).toMatchObject({ joined: true });
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
		expect(await codeOf(setRole(coordinatorActor, { slug: group.slug, values: { person_id: coordinator.id, role: 'member' } }, t.deps))).toBe(
			'conflict:groups_error_last_coordinator'
		);
		expect(await codeOf(removeMember(coordinatorActor, { slug: group.slug, values: { person_id: coordinator.id } }, t.deps))).toBe('conflict:groups_error_last_coordinator');

		await setRole(coordinatorActor, { slug: group.slug, values: { person_id: member.person.id, role: 'coordinator' } }, t.deps);
		expect(await standing(group.id, member.person.id)).toEqual({ status: 'active', role: 'coordinator' });
		await leaveGroup(coordinatorActor, { slug: group.slug }, t.deps);
		expect(await standing(group.id, coordinator.id)).toBeNull();
		expect((await getGroupMembers(member.actor, { slug: group.slug, locale: 'en' }, t.deps)).coordinatorCount).toBe(1);

		const third = await memberIn(t.db, group.id);
		await removeMember(member.actor, { slug: group.slug, values: { person_id: third.person.id } }, t.deps);
		expect(await standing(group.id, third.person.id)).toBeNull();
		expect(await codeOf(removeMember(member.actor, { slug: group.slug, values: { person_id: third.person.id } }, t.deps))).toBe('not_found');
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
		const rows = await t.db.selectFrom('group_members').select('role').where('group_id', '=', group.id).where('role', '=', 'coordinator').execute();
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
		expect(await codeOf(removeMember(staff, { slug: secret.group.slug, values: { person_id: insider.person.id } }, t.deps))).toBe('not_found');
	});
});

describe('documents of a group', () => {
	it('lets members upload, managers delete, and nobody outside a closed group reach them', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-group-docs-'));
		const deps = { ...t.deps, uploadsDir: dir };
		const pdf = (name: string) => new File([new Uint8Array(samplePdf())], name);
		try {
			const { group, coordinatorActor } = await makeGroup(t.db, 'closed');
			const member = await memberIn(t.db, group.id);
			const owner = { ownerType: 'group' as const, ownerId: group.id };
			expect(await groupForDocuments(member.actor, group.slug, t.deps)).toEqual({ id: group.id });
			const plan = await uploadDocument(coordinatorActor, { ...owner, title: 'Plan', file: pdf('plan.pdf') }, deps);
			expect(await codeOf(uploadDocument(member.actor, { ...owner, title: 'Notatki', file: pdf('notatki.pdf') }, deps))).toBe('ok');
			const remove = (actor: typeof member.actor) => deleteDocument(actor, { ...owner, values: { document_id: String(plan.id), confirm: 'yes' } }, deps);
			expect(await codeOf(remove(member.actor))).toBe('not_found');
			const requested = await memberIn(t.db, group.id, 'requested');
			expect(await codeOf(groupForDocuments(requested.actor, group.slug, t.deps))).toBe('not_found');
			expect(await codeOf(uploadDocument(requested.actor, { ...owner, file: pdf('x.pdf') }, deps))).toBe('not_found');
			expect(await codeOf(remove(coordinatorActor))).toBe('ok');
			const open = await makeGroup(t.db, 'open');
			const passer = (await memberIn(t.db, null)).actor;
			expect(await groupForDocuments(passer, open.group.slug, t.deps)).toEqual({ id: open.group.id });
			expect(await codeOf(uploadDocument(passer, { ownerType: 'group', ownerId: open.group.id, file: pdf('x.pdf') }, deps))).toBe('not_found');
			await addGroupMember(t.db, open.group.id, requested.person.id);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
