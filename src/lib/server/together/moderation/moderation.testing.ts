/**
 * Builders for moderation tests: threads, posts, challenges and answers written straight to the
 * tables, so these tests do not depend on the discussions or challenges services.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db';
import { makeCity } from '../../platform/db/testing/factories';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function makeGroup(db: Kysely<DB>, kind: 'open' | 'closed' | 'secret' = 'open') {
	const id = unique();
	return db
		.insertInto('groups')
		.values({ slug: `group-${id}`, name: `Group ${id}`, kind, updated_at: new Date() })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function addToGroup(db: Kysely<DB>, groupId: number, personId: number, role: 'coordinator' | 'member' = 'member') {
	await db.insertInto('group_members').values({ group_id: groupId, person_id: personId, role, status: 'active' }).execute();
}

/** A thread with its opening post (number 1) by `authorId`. */
export async function makeThread(
	db: Kysely<DB>,
	authorId: number,
	overrides: { groupId?: number | null; title?: string; body?: string; createdAt?: Date } = {}
) {
	const id = unique();
	const thread = await db
		.insertInto('threads')
		.values({
			slug: `thread-${id}`,
			group_id: overrides.groupId ?? null,
			title: overrides.title ?? `Thread ${id}`,
			author_id: authorId,
			post_count: 1,
			last_post_at: new Date(),
			updated_at: new Date()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	const post = await db
		.insertInto('posts')
		.values({
			thread_id: thread.id,
			number: 1,
			author_id: authorId,
			body: overrides.body ?? `Opening post ${id}`,
			...(overrides.createdAt ? { created_at: overrides.createdAt } : {})
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	return { thread, post };
}

/** A reply in a thread, numbered after the thread's last post. */
export async function makePost(db: Kysely<DB>, threadId: number, authorId: number, body = 'A reply', createdAt?: Date) {
	const thread = await db
		.updateTable('threads')
		.set((eb) => ({ post_count: eb('post_count', '+', 1) }))
		.where('id', '=', threadId)
		.returning('post_count')
		.executeTakeFirstOrThrow();
	return db
		.insertInto('posts')
		.values({ thread_id: threadId, number: thread.post_count, author_id: authorId, body, ...(createdAt ? { created_at: createdAt } : {}) })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function makeChallenge(
	db: Kysely<DB>,
	authorId: number,
	overrides: { visibility?: 'public' | 'members'; title?: string; cityId?: number } = {}
) {
	const id = unique();
	const cityId = overrides.cityId ?? (await makeCity(db)).id;
	return db
		.insertInto('challenges')
		.values({
			slug: `challenge-${id}`,
			title: overrides.title ?? `Challenge ${id}`,
			description: `What we face ${id}`,
			city_id: cityId,
			help_wanted: ['experience'],
			visibility: overrides.visibility ?? 'public',
			author_id: authorId,
			updated_at: new Date()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function makeAnswer(db: Kysely<DB>, challengeId: number, authorId: number, body = 'Our answer') {
	return db
		.insertInto('challenge_answers')
		.values({ challenge_id: challengeId, author_id: authorId, body })
		.returningAll()
		.executeTakeFirstOrThrow();
}
