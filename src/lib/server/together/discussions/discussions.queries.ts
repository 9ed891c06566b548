/**
 * Threads and their numbered posts. A page of a thread is a range of numbers
 * (`number between a and b` on the unique (thread_id, number) index), so the last page of a
 * thread with 5,000 replies costs what the first one does.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';

type Db = Kysely<DB> | Transaction<DB>;

const THREAD_COLUMNS = [
	't.id',
	't.slug',
	't.group_id',
	't.title',
	't.author_id',
	't.post_count',
	't.last_post_at',
	't.locked',
	't.hidden_at',
	't.hidden_reason',
	't.created_at'
] as const;

export function findThreadBySlug(db: Db, slug: string) {
	return db.selectFrom('threads as t').select(THREAD_COLUMNS).where('t.slug', '=', slug).executeTakeFirst();
}

export function findThreadById(db: Db, id: number) {
	return db.selectFrom('threads as t').select(THREAD_COLUMNS).where('t.id', '=', id).executeTakeFirst();
}

export type ThreadRow = NonNullable<Awaited<ReturnType<typeof findThreadById>>>;

/** The thread row, locked until the transaction ends: the next post number is taken under it. */
export function lockThread(trx: Transaction<DB>, id: number) {
	return trx.selectFrom('threads').select(['id', 'post_count', 'locked']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

/** Inserts a thread with its opening post (number 1); undefined when the slug was taken meanwhile. */
export async function insertThread(
	trx: Transaction<DB>,
	values: { slug: string; groupId: number | null; title: string; authorId: number; body: string; now: Date }
) {
	const thread = await trx
		.insertInto('threads')
		.values({
			slug: values.slug,
			group_id: values.groupId,
			title: values.title,
			author_id: values.authorId,
			post_count: 1,
			last_post_at: values.now,
			updated_at: values.now
		})
		.onConflict((oc) => oc.column('slug').doNothing())
		.returning(['id', 'slug'])
		.executeTakeFirst();
	if (!thread) return undefined;
	const post = await trx
		.insertInto('posts')
		.values({ thread_id: thread.id, number: 1, author_id: values.authorId, body: values.body, created_at: values.now })
		.returning(['id', 'number'])
		.executeTakeFirstOrThrow();
	return { thread, post };
}

/** Adds post number `number` (the caller holds the thread's lock) and moves the thread's counters. */
export async function insertPost(
	trx: Transaction<DB>,
	values: { threadId: number; number: number; authorId: number; body: string; now: Date }
) {
	const post = await trx
		.insertInto('posts')
		.values({ thread_id: values.threadId, number: values.number, author_id: values.authorId, body: values.body, created_at: values.now })
		.returning(['id', 'number'])
		.executeTakeFirstOrThrow();
	await trx
		.updateTable('threads')
		.set({ post_count: values.number, last_post_at: values.now, updated_at: values.now })
		.where('id', '=', values.threadId)
		.execute();
	return post;
}

export function findPost(db: Db, threadId: number, number: number) {
	return db
		.selectFrom('posts as p')
		.leftJoin('people as a', 'a.id', 'p.author_id')
		.select([
			'p.id',
			'p.thread_id',
			'p.number',
			'p.author_id',
			'p.body',
			'p.edited_at',
			'p.deleted_at',
			'p.hidden_at',
			'p.hidden_reason',
			'a.name as author_name',
			'a.handle as author_handle'
		])
		.where('p.thread_id', '=', threadId)
		.where('p.number', '=', number)
		.executeTakeFirst();
}

export function updatePostBody(db: Db, postId: number, body: string, now: Date) {
	return db.updateTable('posts').set({ body, edited_at: now }).where('id', '=', postId).execute();
}

/** The author's deletion: the text goes, the number and place stay. */
export function markPostDeleted(db: Db, postId: number, now: Date) {
	return db.updateTable('posts').set({ body: '', deleted_at: now }).where('id', '=', postId).execute();
}

/**
 * Posts numbered `from`..`to` with their authors; `author_visible` says whether the viewer
 * may see the author's profile (people visibility, hidden profiles).
 */
export function listPostRange(db: Db, actor: MaybeActor, threadId: number, from: number, to: number) {
	return db
		.selectFrom('posts as p')
		.leftJoin('people as a', 'a.id', 'p.author_id')
		.select([
			'p.id',
			'p.number',
			'p.author_id',
			'p.body',
			'p.created_at',
			'p.edited_at',
			'p.deleted_at',
			'p.hidden_at',
			'p.hidden_reason',
			'a.name as author_name',
			'a.handle as author_handle',
			sql<boolean>`(a.id is not null and a.hidden_at is null and ${visibleTo(actor, 'profile', 'a')})`.as('author_visible')
		])
		.where('p.thread_id', '=', threadId)
		.where('p.number', '>=', from)
		.where('p.number', '<=', to)
		.orderBy('p.number')
		.execute();
}

/** Existing people by handle, with whether the viewer may see their profile. */
export async function findPeopleByHandles(db: Db, actor: MaybeActor, handles: string[]) {
	if (handles.length === 0) return [];
	return db
		.selectFrom('people as p')
		.select(['p.id', 'p.handle', sql<boolean>`(p.hidden_at is null and ${visibleTo(actor, 'profile', 'p')})`.as('visible')])
		.where('p.handle', 'in', handles)
		.execute();
}

/** Thread list of one place (general: groupId null), newest activity first. Hidden threads only for their author and coordinators. */
export async function listThreads(
	db: Db,
	actor: MaybeActor,
	options: { groupId: number | null; seeHidden: boolean; limit: number; offset: number }
) {
	let query = db.selectFrom('threads as t');
	query = options.groupId === null ? query.where('t.group_id', 'is', null) : query.where('t.group_id', '=', options.groupId);
	if (!options.seeHidden) {
		const viewerId = actor?.id ?? null;
		query = query.where((eb) =>
			viewerId === null ? eb('t.hidden_at', 'is', null) : eb.or([eb('t.hidden_at', 'is', null), eb('t.author_id', '=', viewerId)])
		);
	}
	const [rows, total] = await Promise.all([
		query
			.leftJoin('people as a', 'a.id', 't.author_id')
			.select([
				...THREAD_COLUMNS,
				'a.name as author_name',
				'a.handle as author_handle',
				sql<boolean>`(a.id is not null and a.hidden_at is null and ${visibleTo(actor, 'profile', 'a')})`.as('author_visible')
			])
			.orderBy('t.last_post_at', 'desc')
			.orderBy('t.id', 'desc')
			.limit(options.limit)
			.offset(options.offset)
			.execute(),
		query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(total.n) };
}

/** Which of `personIds` are active members of the group. */
export async function activeGroupMemberIds(db: Db, groupId: number, personIds: number[]): Promise<number[]> {
	if (personIds.length === 0) return [];
	const rows = await db
		.selectFrom('group_members')
		.select('person_id')
		.where('group_id', '=', groupId)
		.where('person_id', 'in', personIds)
		.where('status', '=', 'active')
		.execute();
	return rows.map((r) => r.person_id);
}

/** For the notification registry: what a thread's notifications show (title, path) and need (group, hidden, author). */
export function listThreadLinks(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('threads as t')
		.leftJoin('groups as g', 'g.id', 't.group_id')
		.select(['t.id', 't.slug', 't.title', 't.group_id', 't.hidden_at', 't.author_id', 'g.slug as group_slug'])
		.where('t.id', 'in', ids)
		.execute();
}

/** For the notification registry: whether a post is hidden or deleted, and its author. */
export function findPostState(db: Db, id: number) {
	return db.selectFrom('posts').select(['hidden_at', 'deleted_at', 'author_id']).where('id', '=', id).executeTakeFirst();
}
