import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, GroupKind, GroupMemberStatus, GroupRole } from '../../platform/db';
import { isNetworkMemberSql } from '../../platform/auth';
import { areaName } from '../../shared';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Every group with the viewer's standing in it and its count of active members. The service
 * keeps only those the access rules let the viewer see (group-access.ts), so no rule is
 * written twice; a network has tens of groups, not thousands.
 */
export function listGroupsWithStanding(db: Db, personId: number | null) {
	return db
		.selectFrom('groups as g')
		.leftJoin('group_members as mine', (join) => join.onRef('mine.group_id', '=', 'g.id').on('mine.person_id', '=', personId ?? -1))
		.select((eb) => [
			'g.id',
			'g.slug',
			'g.name',
			'g.description',
			'g.kind',
			'mine.status',
			'mine.role',
			eb
				.selectFrom('group_members as gm')
				.select(eb.fn.countAll<string>().as('n'))
				.whereRef('gm.group_id', '=', 'g.id')
				.where('gm.status', '=', 'active')
				.as('member_count')
		])
		.orderBy(sql`lower(g.name)`)
		.execute();
}

/** Areas of the given groups, named in the locale. */
export async function listGroupAreas(db: Db, groupIds: number[], locale: string) {
	if (groupIds.length === 0) return [];
	return db
		.selectFrom('group_areas as ga')
		.innerJoin('areas as a', 'a.id', 'ga.area_id')
		.select(['ga.group_id', 'a.id', 'a.key', areaName(locale).as('name')])
		.where('ga.group_id', 'in', groupIds)
		.orderBy('a.position')
		.orderBy('a.id')
		.execute();
}

export function findGroupRow(db: Db, slug: string) {
	return db
		.selectFrom('groups')
		.select(['id', 'slug', 'name', 'description', 'kind', 'created_by', 'updated_at', 'version'])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

/** Locks the group row until the transaction ends: membership changes and saves of its form queue up. */
export function lockGroup(trx: Transaction<DB>, groupId: number) {
	return trx.selectFrom('groups').select(['id', 'version']).where('id', '=', groupId).forUpdate().executeTakeFirst();
}

/** People in a group in any status, with who invited them; coordinators first, then by name. */
export function listMemberRows(db: Db, groupId: number, statuses: GroupMemberStatus[]) {
	return db
		.selectFrom('group_members as gm')
		.innerJoin('people as p', 'p.id', 'gm.person_id')
		.leftJoin('people as inviter', 'inviter.id', 'gm.invited_by')
		.select([
			'gm.person_id',
			'p.handle',
			'p.name',
			'p.email',
			'p.locale',
			'gm.role',
			'gm.status',
			'gm.message',
			'gm.created_at',
			'gm.decided_at',
			'inviter.name as inviter_name'
		])
		.where('gm.group_id', '=', groupId)
		.where('gm.status', 'in', statuses)
		.orderBy(sql`case when gm.role = 'coordinator' then 0 else 1 end`)
		.orderBy(sql`lower(p.name)`)
		.execute();
}

export async function countPending(db: Db, groupId: number): Promise<number> {
	const row = await db
		.selectFrom('group_members')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('group_id', '=', groupId)
		.where('status', 'in', ['requested', 'invited'])
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export function findMembership(db: Db, groupId: number, personId: number) {
	return db
		.selectFrom('group_members as gm')
		.innerJoin('people as p', 'p.id', 'gm.person_id')
		.select(['gm.person_id', 'gm.role', 'gm.status', 'gm.message', 'gm.invited_by', 'p.name', 'p.email', 'p.locale', 'p.handle'])
		.where('gm.group_id', '=', groupId)
		.where('gm.person_id', '=', personId)
		.executeTakeFirst();
}

export async function countCoordinators(db: Db, groupId: number): Promise<number> {
	const row = await db
		.selectFrom('group_members')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('group_id', '=', groupId)
		.where('status', '=', 'active')
		.where('role', '=', 'coordinator')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
	return (await db.selectFrom('groups').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function countAreas(db: Db, ids: number[]): Promise<number> {
	if (ids.length === 0) return 0;
	const row = await db
		.selectFrom('areas')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('id', 'in', ids)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function insertGroup(
	trx: Db,
	row: { slug: string; name: string; description: string; kind: GroupKind; createdBy: number | null }
) {
	return trx
		.insertInto('groups')
		.values({
			slug: row.slug,
			name: row.name,
			description: row.description,
			kind: row.kind,
			created_by: row.createdBy,
			updated_at: new Date()
		})
		.returning(['id', 'slug'])
		.executeTakeFirstOrThrow();
}

export async function updateGroupFields(trx: Db, groupId: number, fields: { name: string; description: string; kind: GroupKind }) {
	await trx
		.updateTable('groups')
		// the edit form's version: a save based on an older one is refused
		.set({ name: fields.name, description: fields.description, kind: fields.kind, version: sql`version + 1`, updated_at: sql`now()` })
		.where('id', '=', groupId)
		.execute();
}

export async function setGroupAreas(trx: Db, groupId: number, areaIds: number[]) {
	await trx.deleteFrom('group_areas').where('group_id', '=', groupId).execute();
	const ids = [...new Set(areaIds)];
	if (ids.length)
		await trx
			.insertInto('group_areas')
			.values(ids.map((area_id) => ({ group_id: groupId, area_id })))
			.execute();
}

export async function insertMembership(
	trx: Db,
	row: { groupId: number; personId: number; role?: GroupRole; status: GroupMemberStatus; message?: string; invitedBy?: number | null }
) {
	await trx
		.insertInto('group_members')
		.values({
			group_id: row.groupId,
			person_id: row.personId,
			role: row.role ?? 'member',
			status: row.status,
			message: row.message ?? '',
			invited_by: row.invitedBy ?? null,
			decided_at: row.status === 'active' ? new Date() : null
		})
		.execute();
}

export async function activateMembership(trx: Db, groupId: number, personId: number) {
	await trx
		.updateTable('group_members')
		.set({ status: 'active', decided_at: sql`now()` })
		.where('group_id', '=', groupId)
		.where('person_id', '=', personId)
		.execute();
}

export async function setMemberRole(trx: Db, groupId: number, personId: number, role: GroupRole) {
	await trx.updateTable('group_members').set({ role }).where('group_id', '=', groupId).where('person_id', '=', personId).execute();
}

export async function deleteMembership(trx: Db, groupId: number, personId: number) {
	await trx.deleteFrom('group_members').where('group_id', '=', groupId).where('person_id', '=', personId).execute();
}

/**
 * A person to invite, by handle or e-mail (without case), with whether they are a network
 * member (the same test as for sessions: an approved person, staff, or someone of an approved
 * organisation).
 */
export function findInvitee(db: Db, who: string) {
	const value = who.toLowerCase();
	return db
		.selectFrom('people as p')
		.select(['p.id', 'p.name', 'p.email', 'p.locale', 'p.email_verified_at', isNetworkMemberSql().as('is_member')])
		.where((eb) => eb.or([eb(sql`lower(p.handle)`, '=', value), eb(sql`lower(p.email)`, '=', value)]))
		.executeTakeFirst();
}

/** For the notification registry: what a group's notifications show and need. */
export function listGroupLinks(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db.selectFrom('groups').select(['id', 'slug', 'name', 'created_by']).where('id', 'in', ids).execute();
}
