import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { NO_STANDING, type GroupStanding } from './group-access';

type Db = Kysely<DB> | Transaction<DB>;

/** The viewer's standing in a group (NO_STANDING for visitors and outsiders). */
export async function findGroupStanding(db: Db, groupId: number, personId: number | null): Promise<GroupStanding> {
	if (personId === null) return NO_STANDING;
	const row = await db
		.selectFrom('group_members')
		.select(['status', 'role'])
		.where('group_id', '=', groupId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
	return row ? { status: row.status, role: row.role } : NO_STANDING;
}

/** A group with the viewer's standing in it, by id or slug; undefined when there is none. */
export async function findGroupWithStanding(db: Db, key: { id: number } | { slug: string }, personId: number | null) {
	let query = db.selectFrom('groups').select(['id', 'slug', 'name', 'kind', 'description']);
	query = 'id' in key ? query.where('id', '=', key.id) : query.where('slug', '=', key.slug);
	const group = await query.executeTakeFirst();
	if (!group) return undefined;
	return { group, standing: await findGroupStanding(db, group.id, personId) };
}

/** Ids of the groups whose content this person may read, for lists and notifications. */
export async function readableGroupIds(db: Db, personId: number | null, isNetworkMember: boolean): Promise<number[]> {
	let query = db.selectFrom('groups as g').select('g.id');
	if (personId === null) return [];
	query = query.where((eb) =>
		eb.or([
			...(isNetworkMember ? [eb('g.kind', '=', 'open')] : []),
			eb.exists(
				eb
					.selectFrom('group_members as gm')
					.select('gm.person_id')
					.whereRef('gm.group_id', '=', 'g.id')
					.where('gm.person_id', '=', personId)
					.where('gm.status', '=', 'active')
			)
		])
	);
	return (await query.execute()).map((r) => r.id);
}
