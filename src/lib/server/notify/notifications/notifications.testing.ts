/**
 * Minimal rows for notification tests: groups, threads with posts, challenges. Straight
 * inserts (not the owning domains' services) so these tests stand on their own.
 */
import type { Kysely } from 'kysely';
import type { DB, GroupKind, GroupMemberStatus } from '../../platform/db';
import { makeCity } from '../../platform/db/testing/factories';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function makeGroup(
	db: Kysely<DB>,
	kind: GroupKind = 'open',
	members: { id: number; status?: GroupMemberStatus; coordinator?: boolean }[] = []
) {
	const id = unique();
	const group = await db
		.insertInto('groups')
		.values({ slug: `group-${id}`, name: `Group ${id}`, kind })
		.returningAll()
		.executeTakeFirstOrThrow();
	for (const m of members) {
		await db
			.insertInto('group_members')
			.values({ group_id: group.id, person_id: m.id, status: m.status ?? 'active', role: m.coordinator ? 'coordinator' : 'member' })
			.execute();
	}
	return group;
}

export async function makeThread(db: Kysely<DB>, authorId: number, overrides: { groupId?: number | null; title?: string } = {}) {
	const id = unique();
	const thread = await db
		.insertInto('threads')
		.values({
			slug: `thread-${id}`,
			title: overrides.title ?? `Thread ${id}`,
			group_id: overrides.groupId ?? null,
			author_id: authorId,
			post_count: 1,
			last_post_at: new Date()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	await db.insertInto('posts').values({ thread_id: thread.id, number: 1, author_id: authorId, body: 'Opening post' }).execute();
	return thread;
}

/** Adds a reply (next number) and returns it. */
export async function makePost(db: Kysely<DB>, threadId: number, authorId: number, body = 'A reply') {
	const thread = await db
		.updateTable('threads')
		.set((eb) => ({ post_count: eb('post_count', '+', 1), last_post_at: new Date() }))
		.where('id', '=', threadId)
		.returning('post_count')
		.executeTakeFirstOrThrow();
	return db
		.insertInto('posts')
		.values({ thread_id: threadId, number: thread.post_count, author_id: authorId, body })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function makeChallenge(
	db: Kysely<DB>,
	authorId: number,
	overrides: { visibility?: 'public' | 'members'; cityId?: number } = {}
) {
	const id = unique();
	const cityId = overrides.cityId ?? (await makeCity(db)).id;
	return db
		.insertInto('challenges')
		.values({
			slug: `challenge-${id}`,
			title: `Challenge ${id}`,
			description: 'What we face',
			city_id: cityId,
			help_wanted: ['experience'],
			visibility: overrides.visibility ?? 'public',
			author_id: authorId
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** Notifications of one person, oldest first. */
export function notificationsOf(db: Kysely<DB>, personId: number) {
	return db.selectFrom('notifications').selectAll().where('person_id', '=', personId).orderBy('id').execute();
}
