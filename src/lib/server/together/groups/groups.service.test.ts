/** Creating, editing and listing working groups, and their documents. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../platform/files/testing/samples';
import { deleteDocument, uploadDocument } from '../documents';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeMember, makePerson } from '../../platform/db/testing/factories';
import { listAuditFor } from '../../platform/audit';
import { slugify } from '../../shared';
import { createGroup, getGroup, getGroupEditForm, groupForDocuments, listGroups, updateGroup } from './groups.service';
import { addGroupMember, codeOf, fieldError, groupWorlds, makeGroup, memberIn } from './groups.testing';

const t = useTestDatabase();
const { standing, follows } = groupWorlds(t);

describe('creating and editing', () => {
	it('lets any network member create a group of any kind and makes them its coordinator, following it', async () => {
		const { person } = await makeMember(t.db);
		const me = actorOf(person, true);
		const area = await makeArea(t.db);
		for (const kind of ['open', 'closed', 'secret'] as const) {
			const created = await createGroup(
				me,
				{ values: { name: `Rewitalizacja ${kind}`, description: 'O czym **mówimy**', kind, area_ids: [String(area.id)] } },
				t.deps
			);
			expect(created.slug).toMatch(/^rewitalizacja-/);
			expect(await standing(created.id, person.id)).toEqual({ status: 'active', role: 'coordinator' });
			expect(await follows(person.id, created.id)).toBe(true);
			const page = await getGroup(me, { slug: created.slug, locale: 'en' }, t.deps);
			expect(page).toMatchObject({
				kind,
				standing: 'coordinator',
				memberCount: 1,
				can: { manage: true, readContent: true, takePart: true, leave: true }
			});
			expect(page.areas.map((a) => a.id)).toEqual([area.id]);
			expect(page.descriptionHtml).toContain('<strong>mówimy</strong>');
			expect((await listAuditFor(t.db, 'group', created.id)).map((a) => a.action)).toContain('group.create');
		}
		// the same name again gets an address of its own, made like any other
		const again = await createGroup(me, { values: { name: 'Rewitalizacja open', kind: 'open' } }, t.deps);
		expect(again.slug).toMatch(/^rewitalizacja-open-[a-z0-9]{5}$/);
		// "new" is the address of the form, never a group's
		expect((await createGroup(me, { values: { name: 'New', kind: 'open' } }, t.deps)).slug).toMatch(/^new-[a-z0-9]{5}$/);
	});

	it('gives a new group an address that says nothing of a secret or closed group of the same name', async () => {
		const name = `Budżet obywatelski ${Date.now()}`;
		const { group: secret } = await makeGroup(t.db, 'secret', { name });
		const { group: closed } = await makeGroup(t.db, 'closed', { name });
		await t.db
			.updateTable('groups')
			.set({ slug: slugify(name) })
			.where('id', '=', secret.id)
			.execute();
		await t.db
			.updateTable('groups')
			.set({ slug: `${slugify(name)}-2` })
			.where('id', '=', closed.id)
			.execute();
		const { actor: outsider } = await memberIn(t.db, null);
		const created = await createGroup(outsider, { values: { name, kind: 'open' } }, t.deps);
		// before: "budzet-obywatelski-…-3", telling the outsider that two groups they cannot see exist
		expect(created.slug).toMatch(new RegExp(`^${slugify(name)}-[a-z0-9]{5}$`));
		expect(created.slug).not.toMatch(/-\d+$/);
	});

	it('refuses visitors, people outside the network, bad fields and unknown areas', async () => {
		expect(await codeOf(createGroup(null, { values: { name: 'X', kind: 'open' } }, t.deps))).toBe('unauthenticated');
		expect(await codeOf(createGroup(actorOf(await makePerson(t.db)), { values: { name: 'X', kind: 'open' } }, t.deps))).toBe(
			'forbidden:groups_error_members_only'
		);
		const me = actorOf((await makeMember(t.db)).person, true);
		expect(Object.keys(await fieldError(createGroup(me, { values: { name: ' ', kind: 'public' } }, t.deps))).sort()).toEqual([
			'kind',
			'name'
		]);
		expect(await fieldError(createGroup(me, { values: { name: 'Y', kind: 'open', area_ids: ['999999'] } }, t.deps))).toHaveProperty(
			'area_ids'
		);
	});

	it('lets group coordinators (and network coordinators, except in secret groups) edit; not members', async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'closed');
		const member = await memberIn(t.db, group.id);
		const staff = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const values = { name: 'Nowa nazwa', description: 'Opis', kind: 'open' };
		await updateGroup(coordinatorActor, { slug: group.slug, values }, t.deps);
		expect((await getGroupEditForm(coordinatorActor, { slug: group.slug, locale: 'en' }, t.deps)).group).toMatchObject({
			name: 'Nowa nazwa',
			kind: 'open'
		});
		expect(await codeOf(updateGroup(member.actor, { slug: group.slug, values }, t.deps))).toBe('forbidden');
		expect(await codeOf(updateGroup(staff, { slug: group.slug, values: { ...values, name: 'Staff' } }, t.deps))).toBe('ok');
		const secret = await makeGroup(t.db, 'secret');
		expect(await codeOf(updateGroup(staff, { slug: secret.group.slug, values }, t.deps))).toBe('not_found');
		expect(await codeOf(getGroupEditForm(staff, { slug: secret.group.slug, locale: 'en' }, t.deps))).toBe('not_found');
		const audit = await listAuditFor(t.db, 'group', group.id);
		expect(audit.filter((a) => a.action === 'group.update').map((a) => a.details)).toEqual(
			expect.arrayContaining([{ from: 'closed', to: 'open' }, {}])
		);
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
		const slugs = async (actor: Parameters<typeof listGroups>[0]) =>
			(await listGroups(actor, { locale: 'en' }, t.deps)).groups.map((g) => g.slug);

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
		expect((await listGroups(invited.actor, { locale: 'en' }, t.deps)).groups.find((g) => g.slug === secret.group.slug)?.standing).toBe(
			'invited'
		);
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
			const remove = (actor: typeof member.actor) =>
				deleteDocument(actor, { ...owner, values: { document_id: String(plan.id), confirm: 'yes' } }, deps);
			expect(await codeOf(remove(member.actor))).toBe('not_found');
			const requested = await memberIn(t.db, group.id, 'requested');
			expect(await codeOf(groupForDocuments(requested.actor, group.slug, t.deps))).toBe('not_found');
			expect(await codeOf(uploadDocument(requested.actor, { ...owner, file: pdf('x.pdf') }, deps))).toBe('not_found');
			expect(await codeOf(remove(coordinatorActor))).toBe('ok');
			const open = await makeGroup(t.db, 'open');
			const passer = (await memberIn(t.db, null)).actor;
			expect(await groupForDocuments(passer, open.group.slug, t.deps)).toEqual({ id: open.group.id });
			expect(await codeOf(uploadDocument(passer, { ownerType: 'group', ownerId: open.group.id, file: pdf('x.pdf') }, deps))).toBe(
				'not_found'
			);
			await addGroupMember(t.db, open.group.id, requested.person.id);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
