/** Test worlds for discussions: groups with members, and threads with many posts inserted in bulk. */
import type { Kysely } from 'kysely';
import type { DB, GroupKind, GroupMemberStatus, GroupRole } from '../../platform/db';

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

export async function makeDiscussionGroup(db: Kysely<DB>, kind: GroupKind, name = `Group ${unique()}`) {
	return db
		.insertInto('groups')
		.values({ slug: `group-${unique()}`, name, kind, updated_at: new Date() })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function joinGroup(
	db: Kysely<DB>,
	groupId: number,
	personId: number,
	status: GroupMemberStatus = 'active',
	role: GroupRole = 'member'
) {
	await db.insertInto('group_members').values({ group_id: groupId, person_id: personId, status, role }).execute();
}

/**
 * Appends `count` posts to a thread in bulk (chunks of 1,000 rows), numbered after its last
 * one, and moves the thread's counter: for pagination tests of long threads.
 */
export async function appendPosts(db: Kysely<DB>, threadId: number, authorId: number, count: number) {
	const thread = await db.selectFrom('threads').select('post_count').where('id', '=', threadId).executeTakeFirstOrThrow();
	const start = thread.post_count;
	for (let offset = 0; offset < count; offset += 1000) {
		const rows = [];
		for (let i = offset; i < Math.min(count, offset + 1000); i++) {
			const number = start + i + 1;
			rows.push({ thread_id: threadId, number, author_id: authorId, body: `Reply number ${number}` });
		}
		await db.insertInto('posts').values(rows).execute();
	}
	await db
		.updateTable('threads')
		.set({ post_count: start + count, last_post_at: new Date() })
		.where('id', '=', threadId)
		.execute();
}

export function activityOf(db: Kysely<DB>, contextId: number) {
	return db
		.selectFrom('activity_events')
		.selectAll()
		.where('context_type', '=', 'thread')
		.where('context_id', '=', contextId)
		.orderBy('created_at')
		.execute();
}
