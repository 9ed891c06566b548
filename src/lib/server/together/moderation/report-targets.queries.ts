/** The reported things themselves (posts, answers, challenges, threads, profiles): what moderators see of them, hiding and restoring. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, ReportTarget } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { visibleTo } from '../../directory/people';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Everything moderation needs to know about one reported thing, whatever its type: the text
 * to show as an excerpt, its author (for the mail), where it lives (group, challenge) and its
 * hidden state. Built by `findTargets` with one query per type.
 */
export interface TargetRow {
	type: ReportTarget;
	id: number;
	title: string | null;
	text: string;
	authorId: number | null;
	author: { name: string; handle: string; email: string; locale: string } | null;
	hiddenAt: Date | null;
	hiddenReason: string | null;
	deletedAt: Date | null;
	/** Posts and threads in a working group. */
	group: { id: number; slug: string; name: string; kind: 'open' | 'closed' | 'secret' } | null;
	/** Posts: their thread. Threads: themselves. */
	thread: { slug: string; hiddenAt: Date | null } | null;
	postNumber: number | null;
	/** Challenges: themselves; answers: their challenge. */
	challenge: { slug: string; visibility: 'public' | 'members'; authorId: number | null; hiddenAt: Date | null } | null;
	/** Profiles: the person's handle (for the link). */
	handle: string | null;
}

const authorJson = (alias: string) =>
	sql<TargetRow['author']>`case when ${sql.ref(`${alias}.id`)} is null then null else json_build_object(
		'name', ${sql.ref(`${alias}.name`)}, 'handle', ${sql.ref(`${alias}.handle`)},
		'email', ${sql.ref(`${alias}.email`)}, 'locale', ${sql.ref(`${alias}.locale`)}) end`;

const groupJson = sql<TargetRow['group']>`case when g.id is null then null else json_build_object(
	'id', g.id, 'slug', g.slug, 'name', g.name, 'kind', g.kind) end`;

const key = (type: ReportTarget, id: number) => `${type}:${id}`;
export const targetKey = key;

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

/** The reported things that still exist, keyed by `targetKey`. */
export async function findTargets(db: Db, refs: { type: ReportTarget; id: number }[]): Promise<Map<string, TargetRow>> {
	const ids = (type: ReportTarget) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
	const result = new Map<string, TargetRow>();
	const empty = { title: null, group: null, thread: null, postNumber: null, challenge: null, handle: null, deletedAt: null };

	const postIds = ids('post');
	if (postIds.length) {
		const rows = await db
			.selectFrom('posts as p')
			.innerJoin('threads as t', 't.id', 'p.thread_id')
			.leftJoin('groups as g', 'g.id', 't.group_id')
			.leftJoin('people as a', 'a.id', 'p.author_id')
			.where('p.id', 'in', postIds)
			.select([
				'p.id',
				'p.body',
				'p.number',
				'p.author_id',
				'p.hidden_at',
				'p.hidden_reason',
				'p.deleted_at',
				't.title',
				't.slug as thread_slug',
				't.hidden_at as thread_hidden_at',
				groupJson.as('grp'),
				authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('post', r.id), {
				...empty,
				type: 'post',
				id: r.id,
				title: r.title,
				text: r.body,
				authorId: r.author_id,
				author: r.author,
				hiddenAt: date(r.hidden_at),
				hiddenReason: r.hidden_reason,
				deletedAt: date(r.deleted_at),
				group: r.grp,
				thread: { slug: r.thread_slug, hiddenAt: date(r.thread_hidden_at) },
				postNumber: r.number
			});
		}
	}

	const threadIds = ids('thread');
	if (threadIds.length) {
		const rows = await db
			.selectFrom('threads as t')
			.leftJoin('groups as g', 'g.id', 't.group_id')
			.leftJoin('people as a', 'a.id', 't.author_id')
			.leftJoin('posts as p', (join) => join.onRef('p.thread_id', '=', 't.id').on('p.number', '=', 1))
			.where('t.id', 'in', threadIds)
			.select([
				't.id',
				't.title',
				't.slug',
				't.author_id',
				't.hidden_at',
				't.hidden_reason',
				'p.body',
				groupJson.as('grp'),
				authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('thread', r.id), {
				...empty,
				type: 'thread',
				id: r.id,
				title: r.title,
				text: r.body ?? '',
				authorId: r.author_id,
				author: r.author,
				hiddenAt: date(r.hidden_at),
				hiddenReason: r.hidden_reason,
				group: r.grp,
				thread: { slug: r.slug, hiddenAt: date(r.hidden_at) }
			});
		}
	}

	const challengeIds = ids('challenge');
	if (challengeIds.length) {
		const rows = await db
			.selectFrom('challenges as c')
			.leftJoin('people as a', 'a.id', 'c.author_id')
			.where('c.id', 'in', challengeIds)
			.select([
				'c.id',
				'c.title',
				'c.slug',
				'c.description',
				'c.visibility',
				'c.author_id',
				'c.hidden_at',
				'c.hidden_reason',
				authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('challenge', r.id), {
				...empty,
				type: 'challenge',
				id: r.id,
				title: r.title,
				text: r.description,
				authorId: r.author_id,
				author: r.author,
				hiddenAt: date(r.hidden_at),
				hiddenReason: r.hidden_reason,
				challenge: { slug: r.slug, visibility: r.visibility, authorId: r.author_id, hiddenAt: date(r.hidden_at) }
			});
		}
	}

	const answerIds = ids('answer');
	if (answerIds.length) {
		const rows = await db
			.selectFrom('challenge_answers as ca')
			.innerJoin('challenges as c', 'c.id', 'ca.challenge_id')
			.leftJoin('people as a', 'a.id', 'ca.author_id')
			.where('ca.id', 'in', answerIds)
			.select([
				'ca.id',
				'ca.body',
				'ca.author_id',
				'ca.hidden_at',
				'ca.hidden_reason',
				'ca.deleted_at',
				'c.title',
				'c.slug',
				'c.visibility',
				'c.author_id as challenge_author_id',
				'c.hidden_at as challenge_hidden_at',
				authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('answer', r.id), {
				...empty,
				type: 'answer',
				id: r.id,
				title: r.title,
				text: r.body,
				authorId: r.author_id,
				author: r.author,
				hiddenAt: date(r.hidden_at),
				hiddenReason: r.hidden_reason,
				deletedAt: date(r.deleted_at),
				challenge: { slug: r.slug, visibility: r.visibility, authorId: r.challenge_author_id, hiddenAt: date(r.challenge_hidden_at) }
			});
		}
	}

	const personIds = ids('profile');
	if (personIds.length) {
		const rows = await db
			.selectFrom('people as p')
			.where('p.id', 'in', personIds)
			.select(['p.id', 'p.name', 'p.handle', 'p.email', 'p.locale', 'p.bio', 'p.hidden_at', 'p.hidden_reason'])
			.execute();
		for (const r of rows) {
			result.set(key('profile', r.id), {
				...empty,
				type: 'profile',
				id: r.id,
				title: r.name,
				text: r.bio,
				authorId: r.id,
				author: { name: r.name, handle: r.handle, email: r.email, locale: r.locale },
				hiddenAt: date(r.hidden_at),
				hiddenReason: r.hidden_reason,
				handle: r.handle
			});
		}
	}
	return result;
}

/** Whether the viewer may see this person's profile (their visibility settings; not hidden). */
export async function profileVisibleTo(db: Db, viewer: MaybeActor, personId: number): Promise<boolean> {
	const row = await db
		.selectFrom('people as p')
		.where('p.id', '=', personId)
		.where(visibleTo(viewer, 'profile'))
		.select('p.id')
		.executeTakeFirst();
	return row !== undefined;
}

const HIDEABLE = {
	post: 'posts',
	answer: 'challenge_answers',
	challenge: 'challenges',
	thread: 'threads',
	profile: 'people'
} as const satisfies Record<ReportTarget, keyof DB>;

/** Locks the target row for a decision (hide/restore); undefined when it is gone. */
export async function lockTarget(trx: Transaction<DB>, type: ReportTarget, id: number) {
	return trx.selectFrom(HIDEABLE[type]).select(['id', 'hidden_at']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setHidden(db: Db, type: ReportTarget, id: number, reason: string | null) {
	await db
		.updateTable(HIDEABLE[type])
		.set({ hidden_at: reason === null ? null : sql<Date>`now()`, hidden_reason: reason })
		.where('id', '=', id)
		.execute();
}
