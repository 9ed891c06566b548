/** Test worlds for proposals: groups and members written directly (the groups domain owns the real forms). */
import type { Kysely } from 'kysely';
import type { DB, GroupKind, GroupMemberStatus, GroupRole } from '../../platform/db';

let counter = 0;

export async function makeGroup(db: Kysely<DB>, overrides: { kind?: GroupKind; name?: string } = {}) {
	const n = `${Date.now().toString(36)}-${++counter}`;
	return db
		.insertInto('groups')
		.values({ slug: `group-${n}`, name: overrides.name ?? `Group ${n}`, kind: overrides.kind ?? 'open' })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function addGroupMember(
	db: Kysely<DB>,
	groupId: number,
	personId: number,
	role: GroupRole = 'member',
	status: GroupMemberStatus = 'active'
) {
	await db.insertInto('group_members').values({ group_id: groupId, person_id: personId, role, status }).execute();
}

/** Moves a proposal's deadline into the past, as if time had run out. */
export async function expireProposal(db: Kysely<DB>, slug: string) {
	await db
		.updateTable('proposals')
		.set({ closes_at: new Date(Date.now() - 60_000) })
		.where('slug', '=', slug)
		.execute();
}

/** A datetime-local value `days` ahead, in UTC. */
export const localInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
