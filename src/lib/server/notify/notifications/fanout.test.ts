import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { makeArea, makeMember, makePerson } from '../../platform/db/testing/factories';
import { insertFollow } from '../follows';
import { recordActivity } from './activity.sql';
import { backoffSeconds, processPendingActivity } from './fanout';
import { contextKey, contextLinks } from '../registry';
import { makeChallenge, makeGroup, makePost, makeThread, notificationsOf } from './notifications.testing';

const t = useTestDatabase();

const member = async () => (await makeMember(t.db)).person;

/** Marks every pending event of earlier tests processed, so counts here are this test's own. */
async function drain() {
	while ((await processPendingActivity(t.db, new Date(Date.now() + 365 * 86400_000))) > 0) {
		/* keep going */
	}
	await t.db.updateTable('activity_events').set({ processed_at: new Date() }).where('processed_at', 'is', null).execute();
}

async function reply(threadId: number, authorId: number, extra: { mentioned?: number[]; related?: { type: 'group'; id: number }[] } = {}) {
	const post = await makePost(t.db, threadId, authorId);
	return recordActivity(t.db, {
		kind: 'reply_posted',
		actorId: authorId,
		subjectType: 'post',
		subjectId: post.id,
		contextType: 'thread',
		contextId: threadId,
		mentioned: extra.mentioned,
		related: extra.related,
		payload: { number: post.number }
	});
}

describe('processPendingActivity', () => {
	it('tells the followers of the context and of related targets, and the mentioned, never the actor', async () => {
		await drain();
		const [author, follower, groupFollower, mentioned, stranger] = await Promise.all([member(), member(), member(), member(), member()]);
		const group = await makeGroup(t.db, 'open');
		const thread = await makeThread(t.db, author.id, { groupId: group.id });
		await insertFollow(t.db, author.id, { type: 'thread', id: thread.id });
		await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		await insertFollow(t.db, groupFollower.id, { type: 'group', id: group.id });
		await insertFollow(t.db, stranger.id, { type: 'thread', id: thread.id + 100000 });

		const { id: eventId } = await reply(thread.id, author.id, {
			mentioned: [mentioned.id, author.id],
			related: [{ type: 'group', id: group.id }]
		});
		expect(await processPendingActivity(t.db)).toBe(1);

		for (const person of [follower, groupFollower, mentioned]) {
			const rows = await notificationsOf(t.db, person.id);
			expect(rows).toHaveLength(1);
			expect(rows[0]).toMatchObject({
				event_id: eventId,
				kind: 'reply_posted',
				context_type: 'thread',
				context_id: thread.id,
				read_at: null,
				mailed_at: null
			});
		}
		expect(await notificationsOf(t.db, author.id)).toHaveLength(0);
		expect(await notificationsOf(t.db, stranger.id)).toHaveLength(0);
		const event = await t.db.selectFrom('activity_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
		expect(event.processed_at).not.toBeNull();
	});

	it('gives nothing from a secret group to people outside it, mentioned or following', async () => {
		await drain();
		const [author, insider, outsider, invited, follower] = await Promise.all([member(), member(), member(), member(), member()]);
		const coordinator = await makePerson(t.db, { role: 'coordinator' });
		const group = await makeGroup(t.db, 'secret', [{ id: author.id }, { id: insider.id }, { id: invited.id, status: 'invited' }]);
		const thread = await makeThread(t.db, author.id, { groupId: group.id });
		// Following the thread or group from before, or by guessing ids, gives nothing either.
		await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		await insertFollow(t.db, follower.id, { type: 'group', id: group.id });
		await insertFollow(t.db, insider.id, { type: 'thread', id: thread.id });

		await reply(thread.id, author.id, {
			mentioned: [outsider.id, invited.id, coordinator.id, insider.id],
			related: [{ type: 'group', id: group.id }]
		});
		expect(await processPendingActivity(t.db)).toBe(1);

		expect(await notificationsOf(t.db, insider.id)).toHaveLength(1);
		for (const person of [outsider, invited, coordinator, follower]) expect(await notificationsOf(t.db, person.id)).toHaveLength(0);
	});

	it('keeps closed group content to active members and members-only challenges to network members', async () => {
		await drain();
		const [author, requester, active] = await Promise.all([member(), member(), member()]);
		const registered = await makePerson(t.db);
		const group = await makeGroup(t.db, 'closed', [{ id: author.id }, { id: active.id }, { id: requester.id, status: 'requested' }]);
		const thread = await makeThread(t.db, author.id, { groupId: group.id });
		await reply(thread.id, author.id, { mentioned: [requester.id, active.id, registered.id] });

		const challenge = await makeChallenge(t.db, author.id, { visibility: 'members' });
		const open = await makeChallenge(t.db, author.id, { visibility: 'public' });
		for (const c of [challenge, open]) {
			await insertFollow(t.db, registered.id, { type: 'challenge', id: c.id });
			await insertFollow(t.db, active.id, { type: 'challenge', id: c.id });
			await recordActivity(t.db, {
				kind: 'challenge_solved',
				actorId: author.id,
				subjectType: 'challenge',
				subjectId: c.id,
				contextType: 'challenge',
				contextId: c.id
			});
		}
		expect(await processPendingActivity(t.db)).toBe(3);

		expect((await notificationsOf(t.db, active.id)).map((n) => n.context_type).sort()).toEqual(['challenge', 'challenge', 'thread']);
		expect(await notificationsOf(t.db, requester.id)).toHaveLength(0);
		// Signed in but not a network member: the public challenge only.
		expect((await notificationsOf(t.db, registered.id)).map((n) => n.context_id)).toEqual([open.id]);
	});

	it("tells nobody but the author about hidden or deleted content, and reaches followers of a challenge's areas", async () => {
		await drain();
		const [author, follower, areaFollower] = await Promise.all([member(), member(), member()]);
		const thread = await makeThread(t.db, author.id);
		await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		const { id: hiddenEvent } = await reply(thread.id, author.id);
		await t.db
			.updateTable('posts')
			.set({ hidden_at: new Date(), hidden_reason: 'spam' })
			.where('number', '=', 2)
			.where('thread_id', '=', thread.id)
			.execute();
		await reply(thread.id, author.id);
		await t.db.updateTable('posts').set({ deleted_at: new Date() }).where('number', '=', 3).where('thread_id', '=', thread.id).execute();

		const area = await makeArea(t.db);
		const challenge = await makeChallenge(t.db, author.id);
		await insertFollow(t.db, areaFollower.id, { type: 'area', id: area.id });
		await recordActivity(t.db, {
			kind: 'challenge_posted',
			actorId: author.id,
			subjectType: 'challenge',
			subjectId: challenge.id,
			contextType: 'challenge',
			contextId: challenge.id,
			related: [{ type: 'area', id: area.id }]
		});

		expect(await processPendingActivity(t.db)).toBe(3);
		expect(await notificationsOf(t.db, follower.id)).toHaveLength(0);
		expect((await notificationsOf(t.db, areaFollower.id)).map((n) => n.context_id)).toEqual([challenge.id]);
		const processed = await t.db
			.selectFrom('activity_events')
			.select('processed_at')
			.where('id', '=', hiddenEvent)
			.executeTakeFirstOrThrow();
		expect(processed.processed_at).not.toBeNull();
	});

	it("tells only the group's coordinators that someone asks to join", async () => {
		await drain();
		const [coordinator, member1, asker] = [await member(), await member(), await member()];
		const group = await makeGroup(t.db, 'closed', [
			{ id: coordinator.id, coordinator: true },
			{ id: member1.id },
			{ id: asker.id, status: 'requested' }
		]);
		for (const person of [coordinator, member1]) await insertFollow(t.db, person.id, { type: 'group', id: group.id });
		await recordActivity(t.db, {
			kind: 'group_request',
			actorId: asker.id,
			subjectType: 'group',
			subjectId: group.id,
			contextType: 'group',
			contextId: group.id
		});
		await drain();
		expect(await notificationsOf(t.db, coordinator.id)).toHaveLength(1);
		expect(await notificationsOf(t.db, member1.id)).toHaveLength(0);
	});

	it('is idempotent: an event fanned out again adds nothing', async () => {
		await drain();
		const [author, follower] = await Promise.all([member(), member()]);
		const thread = await makeThread(t.db, author.id);
		await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		const { id } = await reply(thread.id, author.id);
		expect(await processPendingActivity(t.db)).toBe(1);
		expect(await processPendingActivity(t.db)).toBe(0);
		// As if a crash had lost the processed mark after the notifications were written.
		await t.db.updateTable('activity_events').set({ processed_at: null }).where('id', '=', id).execute();
		expect(await processPendingActivity(t.db)).toBe(1);
		expect(await notificationsOf(t.db, follower.id)).toHaveLength(1);
	});

	it('retries a failing event with growing backoff without holding up the others', async () => {
		await drain();
		const [author, follower] = await Promise.all([member(), member()]);
		const thread = await makeThread(t.db, author.id);
		await insertFollow(t.db, follower.id, { type: 'thread', id: thread.id });
		// A payload whose related target makes the follower query fail (an id beyond integer).
		const bad = await recordActivity(t.db, {
			kind: 'reply_posted',
			actorId: author.id,
			subjectType: 'post',
			subjectId: 1,
			contextType: 'thread',
			contextId: thread.id,
			related: [{ type: 'city', id: 2 ** 40 }]
		});
		const good = await reply(thread.id, author.id);
		// A second ahead: the events' times come from the database's clock, to the microsecond.
		const now = new Date(Date.now() + 1000);

		expect(await processPendingActivity(t.db, now)).toBe(1);
		const failed = await t.db.selectFrom('activity_events').selectAll().where('id', '=', bad.id).executeTakeFirstOrThrow();
		expect(failed).toMatchObject({ attempts: 1, processed_at: null });
		expect(failed.last_error).toBeTruthy();
		expect(failed.next_attempt_at.getTime()).toBe(now.getTime() + backoffSeconds(1) * 1000);
		expect((await notificationsOf(t.db, follower.id)).map((n) => n.event_id)).toEqual([good.id]);

		// Not due yet: left alone; once due, tried again with a longer wait.
		expect(await processPendingActivity(t.db, new Date(now.getTime() + 10_000))).toBe(0);
		const later = new Date(now.getTime() + backoffSeconds(1) * 1000);
		expect(await processPendingActivity(t.db, later)).toBe(0);
		const again = await t.db.selectFrom('activity_events').selectAll().where('id', '=', bad.id).executeTakeFirstOrThrow();
		expect(again.attempts).toBe(2);
		expect(again.next_attempt_at.getTime()).toBe(later.getTime() + backoffSeconds(2) * 1000);
		expect(backoffSeconds(2)).toBeGreaterThan(backoffSeconds(1));
		expect(backoffSeconds(50)).toBe(6 * 3600);
		await t.db.updateTable('activity_events').set({ processed_at: new Date() }).where('id', '=', bad.id).execute();
	});

	it('never notifies twice when two workers run at once', async () => {
		await drain();
		const author = await member();
		const followers = await Promise.all(Array.from({ length: 4 }, member));
		const thread = await makeThread(t.db, author.id);
		for (const f of followers) await insertFollow(t.db, f.id, { type: 'thread', id: thread.id });
		for (let i = 0; i < 30; i++) await reply(thread.id, author.id);

		const counts = await Promise.all([
			processPendingActivity(t.db, undefined, 7),
			processPendingActivity(t.db, undefined, 7),
			processPendingActivity(t.db, undefined, 7)
		]);
		let total = counts.reduce((a, b) => a + b, 0);
		while (total < 30) {
			const more = await Promise.all([processPendingActivity(t.db, undefined, 7), processPendingActivity(t.db, undefined, 7)]);
			const sum = more.reduce((a, b) => a + b, 0);
			if (sum === 0) break;
			total += sum;
		}
		// Each event processed by exactly one worker, each follower told of each once.
		expect(total).toBe(30);
		for (const f of followers) {
			const rows = await notificationsOf(t.db, f.id);
			expect(rows).toHaveLength(30);
			expect(new Set(rows.map((r) => r.event_id)).size).toBe(30);
		}
	});
});

describe('contextLinks', () => {
	it('gives titles and paths without the language prefix', async () => {
		const author = await member();
		const group = await makeGroup(t.db, 'closed');
		const general = await makeThread(t.db, author.id, { title: 'General' });
		const inGroup = await makeThread(t.db, author.id, { groupId: group.id, title: 'In a group' });
		const challenge = await makeChallenge(t.db, author.id);
		const proposal = await t.db
			.insertInto('proposals')
			.values({
				slug: `p-${group.id}`,
				group_id: group.id,
				title: 'Priorities',
				kind: 'consent',
				options: JSON.stringify([]),
				closes_at: new Date()
			})
			.returningAll()
			.executeTakeFirstOrThrow();
		const refs = [
			{ type: 'thread' as const, id: general.id },
			{ type: 'thread' as const, id: inGroup.id },
			{ type: 'challenge' as const, id: challenge.id },
			{ type: 'group' as const, id: group.id },
			{ type: 'proposal' as const, id: proposal.id },
			{ type: 'thread' as const, id: 987654321 }
		];
		const links = await contextLinks(t.db, refs);
		expect(links.size).toBe(5);
		expect(links.get(contextKey(refs[0]))).toMatchObject({
			title: 'General',
			path: `discussions/${general.slug}`,
			groupId: null,
			hidden: false
		});
		expect(links.get(contextKey(refs[1]))).toMatchObject({ path: `groups/${group.slug}/discussions/${inGroup.slug}`, groupId: group.id });
		expect(links.get(contextKey(refs[2]))?.path).toBe(`challenges/${challenge.slug}`);
		expect(links.get(contextKey(refs[3]))).toMatchObject({ title: group.name, path: `groups/${group.slug}` });
		expect(links.get(contextKey(refs[4]))).toMatchObject({ title: 'Priorities', path: `groups/${group.slug}/proposals/${proposal.slug}` });
		expect(await contextLinks(t.db, [])).toEqual(new Map());
	});
});
