/**
 * Reports and the moderation queue: filing, deciding, who sees which reports, the reasons given.
 * The reported things themselves: report-targets.queries.ts.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, ReportStatus, ReportTarget } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

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
					'r.id',
					'r.target_type',
					'r.target_id',
					'r.reason',
					'r.status',
					'r.created_at',
					'r.decision_note',
					'p.name as reporter_name',
					'p.handle as reporter_handle',
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
