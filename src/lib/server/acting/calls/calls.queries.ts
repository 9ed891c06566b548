import { sql, type Kysely, type Transaction } from 'kysely';
import type { CallStatus, DB } from '../../platform/db';
import type { CallState } from './calls.schemas';
import { areaName } from '../../shared';
export { existingAreaIds } from '../../knowledge/areas';

type Db = Kysely<DB> | Transaction<DB>;

const CALL_COLUMNS = [
	'c.id',
	'c.slug',
	'c.title',
	'c.funder',
	'c.programme',
	'c.url',
	'c.deadline',
	'c.time_zone',
	'c.budget',
	'c.eligibility',
	'c.description',
	'c.countries',
	'c.status',
	'c.created_by',
	'c.checked_at',
	'c.version'
] as const;

export type CallRow = NonNullable<Awaited<ReturnType<typeof findCallBySlug>>>;

/** The person who added the call comes with what deciding whether the reader may see them needs. */
const ADDER_COLUMNS = [
	'p.name as adder_name',
	'p.handle as adder_handle',
	'p.visibility as adder_visibility',
	'p.hidden_at as adder_hidden_at'
] as const;

export function findCallBySlug(db: Db, slug: string) {
	return db
		.selectFrom('funding_calls as c')
		.leftJoin('people as p', 'p.id', 'c.created_by')
		.select([...CALL_COLUMNS, ...ADDER_COLUMNS])
		.where('c.slug', '=', slug)
		.executeTakeFirst();
}

export function findCallById(db: Db, id: number) {
	return db
		.selectFrom('funding_calls as c')
		.leftJoin('people as p', 'p.id', 'c.created_by')
		.select([...CALL_COLUMNS, ...ADDER_COLUMNS])
		.where('c.id', '=', id)
		.executeTakeFirst();
}

export interface CallListQuery {
	area: string;
	country: string;
	state: CallState;
	now: Date;
	limit: number;
	offset: number;
}

function listQuery(db: Db, query: Omit<CallListQuery, 'limit' | 'offset'>) {
	let q = db.selectFrom('funding_calls as c').where('c.status', '=', 'checked');
	if (query.state === 'open') q = q.where('c.deadline', '>=', query.now);
	if (query.state === 'closed') q = q.where('c.deadline', '<', query.now);
	if (query.area)
		q = q.where((eb) =>
			eb.exists(
				eb
					.selectFrom('funding_call_areas as ca')
					.innerJoin('areas as a', 'a.id', 'ca.area_id')
					.select('ca.call_id')
					.whereRef('ca.call_id', '=', 'c.id')
					.where('a.key', '=', query.area)
			)
		);
	// a call naming no countries is open to applicants from anywhere
	if (query.country) q = q.where(sql<boolean>`(c.countries = '{}' or ${query.country} = any(c.countries))`);
	return q;
}

/** Checked calls: open ones by nearest deadline, closed ones most recent first. */
export async function listCheckedCalls(db: Db, query: CallListQuery) {
	const base = listQuery(db, query);
	const [rows, total] = await Promise.all([
		base
			.leftJoin('people as p', 'p.id', 'c.created_by')
			.select([...CALL_COLUMNS, ...ADDER_COLUMNS])
			.orderBy(sql`c.deadline < ${query.now}`)
			.orderBy(sql`case when c.deadline >= ${query.now} then c.deadline end`, 'asc')
			.orderBy('c.deadline', 'desc')
			.orderBy('c.id')
			.limit(query.limit)
			.offset(query.offset)
			.execute(),
		base
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.executeTakeFirstOrThrow()
			.then((r) => Number(r.n))
	]);
	return { rows, total };
}

/** Calls not (yet) checked: all of them for coordinators, or those one person added. */
export function listUncheckedCalls(db: Db, filter: { addedBy?: number; statuses: CallStatus[] }) {
	let q = db
		.selectFrom('funding_calls as c')
		.leftJoin('people as p', 'p.id', 'c.created_by')
		.select([...CALL_COLUMNS, ...ADDER_COLUMNS])
		.where('c.status', 'in', filter.statuses);
	if (filter.addedBy !== undefined) q = q.where('c.created_by', '=', filter.addedBy);
	return q.orderBy('c.created_at').orderBy('c.id').limit(200).execute();
}

/** Thematic areas of the calls, named in the locale. */
export function listCallAreas(db: Db, callIds: number[], locale: string) {
	if (callIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('funding_call_areas as ca')
		.innerJoin('areas as a', 'a.id', 'ca.area_id')
		.select(['ca.call_id', 'a.id', 'a.key', areaName(locale).as('name')])
		.where('ca.call_id', 'in', callIds)
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();
}

export function slugTaken(db: Db, slug: string) {
	return db
		.selectFrom('funding_calls')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

export interface CallFields {
	title: string;
	funder: string;
	programme: string;
	url: string | null;
	deadline: Date;
	time_zone: string;
	budget: string;
	eligibility: string;
	description: string;
	countries: string[];
}

export function insertCall(db: Db, row: CallFields & { slug: string; created_by: number; status: CallStatus }) {
	return db.insertInto('funding_calls').values(row).returning(['id', 'slug']).executeTakeFirstOrThrow();
}

/** Saves the fields; a new deadline clears the reminders so followers hear of it again. */
/** The call's row, locked until the transaction ends: saves of its form run one after another. */
export function lockCall(trx: Transaction<DB>, id: number) {
	return trx.selectFrom('funding_calls').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateCall(db: Db, id: number, fields: CallFields & { status?: CallStatus }) {
	return db
		.updateTable('funding_calls')
		.set({
			...fields,
			reminded_14_at: sql`case when deadline = ${fields.deadline} then reminded_14_at end`,
			reminded_3_at: sql`case when deadline = ${fields.deadline} then reminded_3_at end`,
			// the edit form's version: a save based on an older one is refused
			version: sql`version + 1`,
			updated_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
}

export async function setCallAreas(db: Db, callId: number, areaIds: number[]) {
	await db.deleteFrom('funding_call_areas').where('call_id', '=', callId).execute();
	if (areaIds.length)
		await db
			.insertInto('funding_call_areas')
			.values(areaIds.map((area_id) => ({ call_id: callId, area_id })))
			.execute();
}

/** Marks a pending call checked or rejected; undefined when someone decided first. */
export function decideCall(db: Db, id: number, status: 'checked' | 'rejected', checkedBy: number) {
	return db
		.updateTable('funding_calls')
		.set({ status, checked_by: checkedBy, checked_at: sql`now()`, updated_at: sql`now()` })
		.where('id', '=', id)
		.where('status', '=', 'pending')
		.returning(['id', 'created_by'])
		.executeTakeFirst();
}

export function findPerson(db: Db, id: number) {
	return db.selectFrom('people').select(['id', 'name', 'email', 'locale']).where('id', '=', id).executeTakeFirst();
}

/** Countries named by any checked call, for the list's filter. */
export function listCallCountries(db: Db) {
	return db
		.selectFrom('funding_calls')
		.select(sql<string>`unnest(countries)`.as('code'))
		.where('status', '=', 'checked')
		.distinct()
		.execute()
		.then((rows) => rows.map((r) => r.code));
}

const DAY_SECONDS = 86_400;

/**
 * Claims the reminders due `days` before the deadline, atomically: the UPDATE's row locks
 * make a second process (or a second run) skip rows already claimed, so each call is reminded
 * once per threshold. The 3-day claim also claims the 14-day one when it was never sent (a
 * call added late), so followers get one reminder, not two at once.
 */
export function claimReminders(db: Db, threshold: 14 | 3, now: Date) {
	const until = new Date(now.getTime() + threshold * DAY_SECONDS * 1000);
	const base = db.updateTable('funding_calls').where('status', '=', 'checked').where('deadline', '>', now).where('deadline', '<=', until);
	const claimed =
		threshold === 3
			? base.set({ reminded_3_at: now, reminded_14_at: sql`coalesce(reminded_14_at, ${now})` }).where('reminded_3_at', 'is', null)
			: base.set({ reminded_14_at: now }).where('reminded_14_at', 'is', null);
	return claimed.returning(['id', 'slug', 'title', 'funder', 'deadline', 'time_zone']).execute();
}

/** For the notification registry: calls' titles and slugs. */
export function listCallTitles(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db.selectFrom('funding_calls').select(['id', 'slug', 'title']).where('id', 'in', ids).execute();
}
