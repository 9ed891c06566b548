import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember } from '../../platform/db/testing/factories';
import { insertFollow } from '../follows';
import { recordActivity } from './activity.sql';
import { processPendingActivity } from './fanout';
import { listNotifications, markAllRead, markContextSeen, markRead, unreadCount } from './notifications.service';
import { makeGroup, makePost, makeThread } from './notifications.testing';

const t = useTestDatabase();

async function replies(threadId: number, authorId: number, n: number, mentioned: number[] = []) {
	for (let i = 0; i < n; i++) {
		const post = await makePost(t.db, threadId, authorId);
		await recordActivity(t.db, {
			kind: 'reply_posted',
			actorId: authorId,
			subjectType: 'post',
			subjectId: post.id,
			contextType: 'thread',
			contextId: threadId,
			mentioned: i === 0 ? mentioned : [],
			payload: { number: post.number }
		});
	}
}

describe('notifications on the site', () => {
	it('groups ten replies in one thread into one item, links to the first new one, and marks read', async () => {
		const reader = actorOf((await makeMember(t.db)).person, true);
		const writer = (await makeMember(t.db, { name: 'Zofia Writer' })).person;
		const busy = await makeThread(t.db, writer.id, { title: 'Busy thread' });
		const quiet = await makeThread(t.db, writer.id, { title: 'Quiet thread' });
		for (const thread of [busy, quiet]) await insertFollow(t.db, reader.id, { type: 'thread', id: thread.id });
		// 35 posts before the reader followed: the first new reply, number 37, is on page 2.
		for (let i = 0; i < 35; i++) await makePost(t.db, busy.id, writer.id);
		await replies(busy.id, writer.id, 10, [reader.id]);
		await replies(quiet.id, writer.id, 1);
		await processPendingActivity(t.db);

		expect(await unreadCount(reader, t.deps)).toBe(11);
		expect(await unreadCount(null, t.deps)).toBe(0);
		const list = await listNotifications(reader, t.deps);
		expect(list.read).toEqual([]);
		expect(list.unread).toHaveLength(2);
		const [first, second] = list.unread;
		expect(first).toMatchObject({
			type: 'thread',
			id: quiet.id,
			title: 'Quiet thread',
			unread: 1,
			kind: 'reply_posted',
			mentioned: false,
			latestActor: 'Zofia Writer'
		});
		expect(first.href).toBe(`discussions/${quiet.slug}#reply-2`);
		expect(second).toMatchObject({ id: busy.id, unread: 10, total: 10, kind: 'reply_posted', mentioned: true });
		expect(second.href).toBe(`discussions/${busy.slug}?page=2#reply-37`);

		await markRead(reader, { type: 'thread', id: String(busy.id) }, t.deps);
		expect(await unreadCount(reader, t.deps)).toBe(1);
		const after = await listNotifications(reader, t.deps);
		expect(after.unread.map((i) => i.id)).toEqual([quiet.id]);
		expect(after.read).toMatchObject([{ id: busy.id, unread: 0, total: 10, href: `discussions/${busy.slug}` }]);

		await markContextSeen(reader, { type: 'thread', id: quiet.id }, t.deps);
		await markContextSeen(null, { type: 'thread', id: quiet.id }, t.deps);
		expect(await unreadCount(reader, t.deps)).toBe(0);
		await replies(quiet.id, writer.id, 2);
		await processPendingActivity(t.db);
		expect((await listNotifications(reader, t.deps)).unread).toMatchObject([{ id: quiet.id, unread: 2, total: 3 }]);
		await markAllRead(reader, t.deps);
		expect(await unreadCount(reader, t.deps)).toBe(0);
	});

	it('refuses visitors and unknown contexts', async () => {
		const reader = actorOf((await makeMember(t.db)).person, true);
		await expect(listNotifications(null, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(markRead(null, { type: 'thread', id: '1' }, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(markRead(reader, { type: 'practice', id: '1' }, t.deps)).rejects.toMatchObject({ code: 'validation_failed' });
		await expect(markRead(reader, { type: 'thread', id: 'x' }, t.deps)).rejects.toMatchObject({ code: 'validation_failed' });
	});

	it('drops what the reader may no longer read: they left the secret group', async () => {
		const reader = actorOf((await makeMember(t.db)).person, true);
		const writer = (await makeMember(t.db)).person;
		const group = await makeGroup(t.db, 'secret', [{ id: reader.id }, { id: writer.id }]);
		const thread = await makeThread(t.db, writer.id, { groupId: group.id, title: 'Secret plans' });
		await insertFollow(t.db, reader.id, { type: 'thread', id: thread.id });
		await replies(thread.id, writer.id, 3);
		await processPendingActivity(t.db);
		expect((await listNotifications(reader, t.deps)).unread).toMatchObject([
			{ title: 'Secret plans', unread: 3, href: `groups/${group.slug}/discussions/${thread.slug}#reply-2` }
		]);

		await t.db.deleteFrom('group_members').where('group_id', '=', group.id).where('person_id', '=', reader.id).execute();
		expect(await listNotifications(reader, t.deps)).toEqual({ unread: [], read: [] });
		expect(await unreadCount(reader, t.deps)).toBe(0);
	});
});
