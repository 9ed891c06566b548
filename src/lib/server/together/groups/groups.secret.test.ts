/**
 * A secret group's content never reaches people outside it: not by its address (page,
 * members, edit, documents, a thread, a reply link, proposals), not by the list of groups and
 * not by search. Checked for a member of the network who is not in the group, a coordinator of
 * the network and a visitor; the person invited sees that the group exists, and once in, all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import type { MaybeActor } from '../../platform/auth';
import { AppError } from '../../platform/core';
import type { FilesDeps } from '../../platform/files';
import * as s from '../../platform/files/testing/samples';
import { deleteDocument, documentsFor, openDocument, uploadDocument } from '../documents';
import { createThread, getThreadPage, listThreads, locateReply, threadForViewer } from '../discussions';
import { listProposals } from '../proposals';
import { reindexAll, searchSite } from '../../knowledge/search';
import { getGroup, getGroupEditForm, groupForDocuments, listGroups } from './groups.service';
import { answerInvitation, getGroupMembers, invitePerson, joinGroup, requestToJoin } from './groups-membership.service';
import { makeGroup, memberIn } from './groups.testing';

const t = useTestDatabase();
let deps: FilesDeps;
let dir: string;

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-groups-'));
	deps = { ...t.deps, uploadsDir: dir };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

/** A word nobody else uses, in the group's description and its thread. */
const WORD = 'Kwarcytowiec';

async function secretWorld() {
	const { group, coordinatorActor } = await makeGroup(t.db, 'secret', {
		name: `Zaplecze ${WORD}`,
		description: `Budżet ${WORD} na jesień.`
	});
	const insider = await memberIn(t.db, group.id);
	const thread = await createThread(
		insider.actor,
		{ groupId: group.id, values: { title: `Plan ${WORD}`, body: `Poufne liczby: ${WORD} 6500 EUR.` } },
		t.deps
	);
	const doc = await uploadDocument(
		insider.actor,
		{ ownerType: 'group', ownerId: group.id, title: `Budżet ${WORD}`, file: new File([new Uint8Array(s.samplePdf())], 'budzet.pdf') },
		deps
	);
	await reindexAll(t.db);
	const outsiders: [string, MaybeActor][] = [
		['a network member outside the group', (await memberIn(t.db, null)).actor],
		['a coordinator of the network', actorOf(await makePerson(t.db, { role: 'coordinator' }))],
		['an admin of the network', actorOf(await makePerson(t.db, { role: 'admin' }))],
		['a visitor', null]
	];
	return { group, coordinatorActor, insider, thread, doc, outsiders };
}

describe('a secret group, for people outside it', () => {
	it('answers "not found" at every address, exactly like a group that does not exist', async () => {
		const { group, thread, doc, outsiders } = await secretWorld();
		for (const [who, actor] of outsiders) {
			const slug = group.slug;
			const input = { slug, locale: 'en' as const };
			expect(await codeOf(getGroup(actor, input, t.deps)), `${who}: page`).toBe('not_found');
			expect(await codeOf(getGroup(actor, { slug: 'no-such-group', locale: 'en' }, t.deps)), `${who}: unknown page`).toBe('not_found');
			expect(await codeOf(getGroupMembers(actor, input, t.deps)), `${who}: members`).toBe('not_found');
			expect(await codeOf(getGroupEditForm(actor, input, t.deps)), `${who}: edit`).toMatch(/not_found|unauthenticated/);
			expect(await codeOf(groupForDocuments(actor, slug, t.deps)), `${who}: documents`).toBe('not_found');
			expect(await documentsFor(actor, 'group', group.id, deps), `${who}: document list`).toEqual([]);
			expect(await codeOf(openDocument(actor, doc.id, deps)), `${who}: download`).toBe('not_found');
			expect(await codeOf(listThreads(actor, { groupId: group.id }, t.deps)), `${who}: threads`).toBe(
				await codeOf(listThreads(actor, { groupId: 2_000_000_000 }, t.deps))
			);
			expect(await codeOf(getThreadPage(actor, { slug: thread.slug, groupSlug: slug }, t.deps)), `${who}: thread`).toBe('not_found');
			expect(await codeOf(getThreadPage(actor, { slug: 'no-such-thread', groupSlug: slug }, t.deps)), `${who}: unknown thread`).toBe(
				'not_found'
			);
			expect(await codeOf(getThreadPage(actor, { slug: thread.slug }, t.deps)), `${who}: thread by its slug alone`).toBe('not_found');
			expect(await codeOf(locateReply(actor, { slug: thread.slug, number: 1 }, t.deps)), `${who}: reply link`).toBe('not_found');
			expect(await threadForViewer(actor, thread.threadId, 'en', t.deps), `${who}: thread title`).toBeUndefined();
			// the proposals service asks visitors to sign in first, for any group: the same answer as for none
			const proposals = await codeOf(listProposals(actor, { groupId: group.id }, t.deps));
			expect(proposals, `${who}: proposals`).toBe(await codeOf(listProposals(actor, { groupId: 2_000_000_000 }, t.deps)));
			expect(proposals).toMatch(/^(not_found|unauthenticated)$/);
			expect(await codeOf(joinGroup(actor, { slug }, t.deps)), `${who}: join`).toMatch(/not_found|unauthenticated/);
			expect(await codeOf(requestToJoin(actor, { slug, values: {} }, t.deps)), `${who}: request`).toMatch(/not_found|unauthenticated/);
			const list = actor ? (await listGroups(actor, { locale: 'en' }, t.deps)).groups : [];
			expect(
				list.some((g) => g.slug === slug),
				`${who}: list`
			).toBe(false);
		}
	});

	it('gives nothing in search: neither its name, description, thread nor document is found', async () => {
		const { insider, outsiders } = await secretWorld();
		for (const [who, actor] of [...outsiders, ['the member', insider.actor] as [string, MaybeActor]]) {
			const page = await searchSite(actor, { query: new URLSearchParams({ q: WORD }), locale: 'pl' }, t.deps);
			expect(page.total, who).toBe(0);
			const fuzzy = await searchSite(actor, { query: new URLSearchParams({ q: WORD.slice(0, -1) }), locale: 'pl' }, t.deps);
			expect(fuzzy.hits.map((h) => `${h.titleHtml} ${h.snippetHtml}`).join(' '), who).not.toContain(WORD);
		}
		// nothing of it is in the index at all (groups and threads are not indexed)
		const indexed = await sql<{
			n: number;
		}>`select count(*)::int as n from search_documents where title ilike ${`%${WORD}%`} or body ilike ${`%${WORD}%`}`.execute(t.db);
		expect(indexed.rows[0].n).toBe(0);
	});

	it('shows the invited person that the group exists, and everything once they accept', async () => {
		const { group, coordinatorActor, thread, doc } = await secretWorld();
		const guest = await memberIn(t.db, null);
		await invitePerson(coordinatorActor, { slug: group.slug, values: { who: guest.person.handle } }, t.deps);
		const invited = await getGroup(guest.actor, { slug: group.slug, locale: 'en' }, t.deps);
		expect(invited).toMatchObject({ name: group.name, standing: 'invited', members: [], can: { readContent: false } });
		expect(await codeOf(getThreadPage(guest.actor, { slug: thread.slug, groupSlug: group.slug }, t.deps))).toBe('not_found');
		expect(await codeOf(openDocument(guest.actor, doc.id, deps))).toBe('not_found');

		await answerInvitation(guest.actor, { slug: group.slug, values: { decision: 'accept' } }, t.deps);
		expect((await getGroup(guest.actor, { slug: group.slug, locale: 'en' }, t.deps)).can).toMatchObject({
			readContent: true,
			takePart: true
		});
		expect((await getThreadPage(guest.actor, { slug: thread.slug, groupSlug: group.slug }, t.deps)).thread.title).toBe(`Plan ${WORD}`);
		expect((await listThreads(guest.actor, { groupId: group.id }, t.deps)).threads.map((x) => x.slug)).toEqual([thread.slug]);
		expect((await documentsFor(guest.actor, 'group', group.id, deps)).map((d) => d.title)).toEqual([`Budżet ${WORD}`]);
		expect(await codeOf(openDocument(guest.actor, doc.id, deps))).toBe('ok');
		expect((await getGroupMembers(guest.actor, { slug: group.slug, locale: 'en' }, t.deps)).members).toHaveLength(3);
	});
});

describe('documents of groups', () => {
	it("keeps a closed group's files to its members, versions them, and lets uploaders delete their own", async () => {
		const { group, coordinatorActor } = await makeGroup(t.db, 'closed');
		const member = await memberIn(t.db, group.id);
		const other = await memberIn(t.db, group.id);
		const up = (actor: typeof member.actor, name: string) =>
			uploadDocument(
				actor,
				{
					ownerType: 'group',
					ownerId: group.id,
					title: 'Karta sieci',
					audience: 'partners',
					file: new File([new Uint8Array(s.samplePdf())], name)
				},
				deps
			);
		const v1 = await up(member.actor, 'karta-1.pdf');
		const v2 = await up(other.actor, 'karta-2.pdf');
		expect([v1.version, v2.version]).toEqual([1, 2]);
		const [karta] = await documentsFor(member.actor, 'group', group.id, deps);
		expect(karta.current).toMatchObject({ version: 2, audience: 'members', uploaderId: other.person.id });
		expect(karta.older.map((v) => v.version)).toEqual([1]);
		// the delete buttons: a member's own version only; the group's coordinator every one
		expect([karta.current.mayDelete, karta.older[0].mayDelete]).toEqual([false, true]);
		const [forCoordinator] = await documentsFor(coordinatorActor, 'group', group.id, deps);
		expect([forCoordinator.current.mayDelete, forCoordinator.older[0].mayDelete]).toEqual([true, true]);
		// a network member who asked to join reads nothing yet
		const asker = await memberIn(t.db, group.id, 'requested');
		expect(await documentsFor(asker.actor, 'group', group.id, deps)).toEqual([]);
		expect(await codeOf(openDocument(asker.actor, v1.id, deps))).toBe('not_found');
		// downloads of group files are never cached as public
		const download = await openDocument(member.actor, v1.id, deps);
		expect(download.headers['Cache-Control']).toBe('private, no-cache');
		await download.body.cancel();

		const values = (id: number) => ({ document_id: String(id), confirm: 'yes' });
		// a member deletes their own version, not someone else's; a coordinator any
		expect(await codeOf(deleteDocument(member.actor, { ownerType: 'group', ownerId: group.id, values: values(v2.id) }, deps))).toBe(
			'not_found'
		);
		expect(await codeOf(deleteDocument(member.actor, { ownerType: 'group', ownerId: group.id, values: values(v1.id) }, deps))).toBe('ok');
		expect(await codeOf(deleteDocument(coordinatorActor, { ownerType: 'group', ownerId: group.id, values: values(v2.id) }, deps))).toBe(
			'ok'
		);
		expect(await documentsFor(member.actor, 'group', group.id, deps)).toEqual([]);
	});
});
