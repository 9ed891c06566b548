import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { actorColumns } from '../../platform/auth';

type Db = Kysely<DB> | Transaction<DB>;

/** Every thematic area's id by its key. */
export async function areaIdsByKey(db: Db): Promise<Map<string, number>> {
	const rows = await db.selectFrom('areas').select(['id', 'key']).orderBy('position').orderBy('id').execute();
	return new Map(rows.map((r) => [r.key, r.id]));
}

/** Member (approved) organisations whose name is exactly one of `names`. */
export async function memberOrganisationsNamed(db: Db, names: string[]): Promise<Map<string, number>> {
	if (!names.length) return new Map();
	const rows = await db
		.selectFrom('organisations')
		.select(['id', 'name'])
		.where('name', 'in', names)
		.where('member_since', 'is not', null)
		.orderBy('id')
		.execute();
	const map = new Map<string, number>();
	// two member organisations of one name: the older one, so a re-run matches the same
	for (const row of rows) if (!map.has(row.name)) map.set(row.name, row.id);
	return map;
}

/** The person with this e-mail address (any role), for the command line's --as. */
export function findPersonByEmail(db: Db, email: string) {
	return db
		.selectFrom('people as p')
		.select(actorColumns())
		.where(sql<string>`lower(p.email)`, '=', email.trim().toLowerCase())
		.executeTakeFirst();
}

/** The platform's first admin, who imports when the command line names nobody. */
export function findFirstAdmin(db: Db) {
	return db.selectFrom('people as p').select(actorColumns()).where('p.role', '=', 'admin').orderBy('p.id').limit(1).executeTakeFirst();
}
