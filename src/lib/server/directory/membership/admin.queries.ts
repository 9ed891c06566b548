import { sql, type Kysely } from 'kysely';
import type { DB, Role } from '../../platform/db';
import { containsPattern } from '../../shared';

type Db = Kysely<DB>;

/** The coordinator dashboard's numbers in one round trip. */
export function countNetwork(db: Db) {
	return db
		.selectNoFrom((eb) => [
			eb.selectFrom('membership_applications').select(eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').as('pending'),
			eb
				.selectFrom('organisations')
				.select(eb.fn.countAll<number>().as('n'))
				.where('member_since', 'is not', null)
				.as('member_organisations'),
			eb.selectFrom('people').select(eb.fn.countAll<number>().as('n')).where('member_since', 'is not', null).as('individual_members'),
			eb.selectFrom('organisations').select(eb.fn.countAll<number>().as('n')).as('organisations'),
			eb.selectFrom('people').select(eb.fn.countAll<number>().as('n')).as('people')
		])
		.executeTakeFirstOrThrow();
}

export async function listPeople(db: Db, search: string, limit: number, offset: number) {
	let base = db.selectFrom('people');
	if (search) {
		const pattern = containsPattern(search);
		base = base.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('email', 'ilike', pattern)]));
	}
	const [rows, total] = await Promise.all([
		base
			.select(['id', 'handle', 'name', 'email', 'role', 'email_verified_at', 'is_demo'])
			.orderBy(sql`lower(name)`)
			.orderBy('id')
			.limit(limit)
			.offset(offset)
			.execute(),
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(total.n) };
}

export function findPersonRole(db: Db, id: number) {
	return db.selectFrom('people').select(['id', 'role']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function setPersonRole(db: Db, id: number, role: Role) {
	return db
		.updateTable('people')
		.set({ role, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}
