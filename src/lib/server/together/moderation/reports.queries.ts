import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, ReportStatus, ReportTarget } from '../../platform/db';
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
				'p.id', 'p.body', 'p.number', 'p.author_id', 'p.hidden_at', 'p.hidden_reason', 'p.deleted_at',
				't.title', 't.slug as thread_slug', 't.hidden_at as thread_hidden_at',
				groupJson.as('grp'), authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('post', r.id), {
				...empty, type: 'post', id: r.id, title: r.title, text: r.body, authorId: r.author_id, author: r.author,
				hiddenAt: date(r.hidden_at), hiddenReason: r.hidden_reason, deletedAt: date(r.deleted_at), group: r.grp,
				thread: { slug: r.thread_slug, hiddenAt: date(r.thread_hidden_at) }, postNumber: r.number
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
				't.id', 't.title', 't.slug', 't.author_id', 't.hidden_at', 't.hidden_reason', 'p.body',
				groupJson.as('grp'), authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('thread', r.id), {
				...empty, type: 'thread', id: r.id, title: r.title, text: r.body ?? '', authorId: r.author_id, author: r.author,
				hiddenAt: date(r.hidden_at), hiddenReason: r.hidden_reason, group: r.grp,
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
				'c.id', 'c.title', 'c.slug', 'c.description', 'c.visibility', 'c.author_id', 'c.hidden_at', 'c.hidden_reason',
				authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('challenge', r.id), {
				...empty, type: 'challenge', id: r.id, title: r.title, text: r.description, authorId: r.author_id, author: r.author,
				hiddenAt: date(r.hidden_at), hiddenReason: r.hidden_reason,
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
				'ca.id', 'ca.body', 'ca.author_id', 'ca.hidden_at', 'ca.hidden_reason', 'ca.deleted_at',
				'c.title', 'c.slug', 'c.visibility', 'c.author_id as challenge_author_id', 'c.hidden_at as challenge_hidden_at',
				authorJson('a').as('author')
			])
			.execute();
		for (const r of rows) {
			result.set(key('answer', r.id), {
				...empty, type: 'answer', id: r.id, title: r.title, text: r.body, authorId: r.author_id, author: r.author,
				hiddenAt: date(r.hidden_at), hiddenReason: r.hidden_reason, deletedAt: date(r.deleted_at),
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
				...empty, type: 'profile', id: r.id, title: r.name, text: r.bio, authorId: r.id,
				author: { name: r.name, handle: r.handle, email: r.email, locale: r.locale },
				hiddenAt: date(r.hidden_at), hiddenReason: r.hidden_reason, handle: r.handle
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

/** Serialises reports by one person: two quick clicks cannot file two open reports. */
export async function lockReporter(trx: Transaction<DB>, personId: number) {
	await trx.selectFrom('people').where('id', '=', personId).select('id').forUpdate().executeTakeFirst();
}

export async function findOpenReport(db: Db, reporterId: number, type: ReportTarget, id: number) {
	return db
		.selectFrom('reports')
		.select(['id', 'created_at'])
		.where('reporter_id', '=', reporterId)
		.where('target_type', '=', type)
		.where('target_id', '=', id)
		.where('status', '=', 'open')
		.executeTakeFirst();
}

export async function insertReport(db: Db, report: { reporterId: number; type: ReportTarget; id: number; reason: string }) {
	const row = await db
		.insertInto('reports')
		.values({ reporter_id: report.reporterId, target_type: report.type, target_id: report.id, reason: report.reason })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Closes a target's reports in `from` statuses with a decision; returns how many. */
export async function decideReports(
	db: Db,
	target: { type: ReportTarget; id: number },
	from: ReportStatus[],
	decision: { status: ReportStatus; by: number; note: string }
): Promise<number> {
	const rows = await db
		.updateTable('reports')
		.set({ status: decision.status, decided_by: decision.by, decided_at: sql`now()`, decision_note: decision.note })
		.where('target_type', '=', target.type)
		.where('target_id', '=', target.id)
		.where('status', 'in', from)
		.returning('id')
		.execute();
	return rows.length;
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

/**
 * Which reports a moderator sees: network coordinators everything outside secret groups; the
 * coordinators of a group (secret ones included) what was reported in their group. The group
 * of a report is that of its post's or thread's thread; other types have none.
 */
export interface QueueScope {
	network: boolean;
	personId: number;
}

const reportGroupId = sql<number | null>`case r.target_type
	when 'post' then (select t.group_id from posts x join threads t on t.id = x.thread_id where x.id = r.target_id)
	when 'thread' then (select t.group_id from threads t where t.id = r.target_id)
	else null end`;

function scoped(db: Db, scope: QueueScope) {
	const coordinated = sql`(select gm.group_id from group_members gm
		where gm.person_id = ${scope.personId} and gm.role = 'coordinator' and gm.status = 'active')`;
	const secret = sql`(select g.id from groups g where g.kind = 'secret')`;
	const condition = scope.network
		? sql<boolean>`(coalesce(${reportGroupId} not in ${secret}, true) or ${reportGroupId} in ${coordinated})`
		: sql<boolean>`(${reportGroupId} in ${coordinated})`;
	return db.selectFrom('reports as r').where(condition);
}

/** Whether the person coordinates any working group (they then have a queue of their own). */
export async function coordinatesAnyGroup(db: Db, personId: number): Promise<boolean> {
	const row = await db
		.selectFrom('group_members')
		.where('person_id', '=', personId)
		.where('role', '=', 'coordinator')
		.where('status', '=', 'active')
		.select('group_id')
		.executeTakeFirst();
	return row !== undefined;
}

export interface QueueRow {
	target_type: ReportTarget;
	target_id: number;
	open_count: number;
	reporters: number;
	last_reported_at: Date;
	last_decided_at: Date | null;
	/** Statuses of the target's reports, e.g. ['hidden', 'open']. */
	statuses: ReportStatus[];
}

/**
 * Reported targets for the queue, one row per target: those with open reports first (oldest
 * report first: it has waited longest), then decided ones, latest decision first.
 */
export async function listQueue(db: Db, scope: QueueScope, show: 'open' | 'decided', limit: number, offset: number) {
	const base = scoped(db, scope)
		.groupBy(['r.target_type', 'r.target_id'])
		.having(
			show === 'open'
				? sql<boolean>`count(*) filter (where r.status = 'open') > 0`
				: sql<boolean>`count(*) filter (where r.status = 'open') = 0`
		);
	const rows = await base
		.select([
			'r.target_type',
			'r.target_id',
			sql<number>`count(*) filter (where r.status = 'open')::int`.as('open_count'),
			sql<number>`count(distinct r.reporter_id)::int`.as('reporters'),
			sql<Date>`max(r.created_at)`.as('last_reported_at'),
			sql<Date | null>`max(r.decided_at)`.as('last_decided_at'),
			sql<ReportStatus[]>`array_agg(distinct r.status)`.as('statuses'),
			sql<Date>`min(r.created_at) filter (where r.status = 'open')`.as('first_open_at')
		])
		.orderBy(show === 'open' ? sql`min(r.created_at) filter (where r.status = 'open')` : sql`max(r.decided_at) desc nulls last`)
		.orderBy('r.target_type')
		.orderBy('r.target_id')
		.limit(limit)
		.offset(offset)
		.execute();
	return rows as unknown as QueueRow[];
}

export async function countQueue(db: Db, scope: QueueScope, show: 'open' | 'decided'): Promise<number> {
	const row = await db
		.selectFrom(
			scoped(db, scope)
				.groupBy(['r.target_type', 'r.target_id'])
				.having(
					show === 'open'
						? sql<boolean>`count(*) filter (where r.status = 'open') > 0`
						: sql<boolean>`count(*) filter (where r.status = 'open') = 0`
				)
				.select('r.target_type')
				.as('q')
		)
		.select((eb) => eb.fn.countAll<string>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** The latest reasons given for targets (newest first, a few each), with who gave them. */
export async function listReasons(db: Db, refs: { type: ReportTarget; id: number }[], perTarget: number) {
	if (refs.length === 0) return [];
	const rows = await db
		.selectFrom((eb) =>
			eb
				.selectFrom('reports as r')
				.leftJoin('people as p', 'p.id', 'r.reporter_id')
				.where((w) => w.or(refs.map((ref) => w.and([w('r.target_type', '=', ref.type), w('r.target_id', '=', ref.id)]))))
				.select([
					'r.id', 'r.target_type', 'r.target_id', 'r.reason', 'r.status', 'r.created_at', 'r.decision_note',
					'p.name as reporter_name', 'p.handle as reporter_handle',
					sql<number>`row_number() over (partition by r.target_type, r.target_id order by r.created_at desc, r.id desc)`.as('n')
				])
				.as('x')
		)
		.selectAll()
		.where('x.n', '<=', perTarget)
		.orderBy('x.created_at', 'desc')
		.execute();
	return rows;
}
