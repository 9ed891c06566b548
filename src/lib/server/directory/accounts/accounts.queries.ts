import { sql, type Kysely } from 'kysely';
import type { DB, EmailTokenPurpose, ProfileVisibility, Role } from '../../platform/db';
import { escapeLike } from '../../shared';
export { existingAreaIds } from '../../knowledge/areas';
export { cityExists } from '../cities';

type Db = Kysely<DB>;

// ---- people and credentials ----

export async function anyPersonExists(db: Db): Promise<boolean> {
	const row = await db.selectNoFrom((eb) => eb.exists(eb.selectFrom('people').select('id')).as('any')).executeTakeFirstOrThrow();
	return Boolean(row.any);
}

/**
 * Serialises registrations for the rest of the transaction, so that "the first account becomes
 * admin" and "handles are unique" hold when two people register at the same moment.
 */
export async function lockRegistrations(db: Db): Promise<void> {
	await sql`select pg_advisory_xact_lock(72010001)`.execute(db);
}

export async function emailTaken(db: Db, email: string, exceptPersonId?: number): Promise<boolean> {
	let query = db
		.selectFrom('people')
		.select('id')
		.where(sql<string>`lower(email)`, '=', email.toLowerCase());
	if (exceptPersonId !== undefined) query = query.where('id', '<>', exceptPersonId);
	return (await query.executeTakeFirst()) !== undefined;
}

/** Handles that start with `base`, to pick the first free one. */
export async function handlesStartingWith(db: Db, base: string): Promise<string[]> {
	const rows = await db
		.selectFrom('people')
		.select('handle')
		.where('handle', 'like', `${escapeLike(base)}%`)
		.execute();
	return rows.map((row) => row.handle);
}

export function insertPerson(
	db: Db,
	values: { handle: string; name: string; email: string; passwordHash: string; role: Role; locale: string }
) {
	return db
		.insertInto('people')
		.values({
			handle: values.handle,
			name: values.name,
			email: values.email,
			password_hash: values.passwordHash,
			role: values.role,
			locale: values.locale
		})
		.returning(['id', 'handle', 'name', 'email', 'role', 'locale'])
		.executeTakeFirstOrThrow();
}

export function findCredentialsByEmail(db: Db, email: string) {
	return db
		.selectFrom('people')
		.select(['id', 'name', 'email', 'password_hash', 'locale', 'role', 'email_verified_at'])
		.where(sql<string>`lower(email)`, '=', email.toLowerCase())
		.executeTakeFirst();
}

export function findCredentialsById(db: Db, id: number) {
	return db
		.selectFrom('people')
		.select(['id', 'name', 'email', 'password_hash', 'locale', 'role', 'email_verified_at'])
		.where('id', '=', id)
		.executeTakeFirst();
}

export function updatePassword(db: Db, personId: number, passwordHash: string) {
	return db
		.updateTable('people')
		.set({ password_hash: passwordHash, updated_at: sql`now()` })
		.where('id', '=', personId)
		.execute();
}

/** Marks the address verified, but only if it is still the person's address. */
export async function markEmailVerified(db: Db, personId: number, email: string): Promise<boolean> {
	const result = await db
		.updateTable('people')
		.set({ email_verified_at: sql`coalesce(email_verified_at, now())` })
		.where('id', '=', personId)
		.where(sql<string>`lower(email)`, '=', email.toLowerCase())
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** A new address confirmed by following the link sent to it: it is verified too. */
export function updateEmail(db: Db, personId: number, email: string) {
	return db
		.updateTable('people')
		.set({ email, email_verified_at: sql`now()`, updated_at: sql`now()` })
		.where('id', '=', personId)
		.execute();
}

export function updateLocale(db: Db, personId: number, locale: string) {
	return db
		.updateTable('people')
		.set({ locale, updated_at: sql`now()` })
		.where('id', '=', personId)
		.execute();
}

export function updateRole(db: Db, personId: number, role: Role) {
	return db
		.updateTable('people')
		.set({ role, updated_at: sql`now()` })
		.where('id', '=', personId)
		.execute();
}

// ---- e-mail tokens ----

export function insertEmailToken(
	db: Db,
	values: { tokenHash: string; personId: number; purpose: EmailTokenPurpose; newEmail: string | null; ttlSeconds: number }
) {
	return db
		.insertInto('email_tokens')
		.values({
			token_hash: values.tokenHash,
			person_id: values.personId,
			purpose: values.purpose,
			new_email: values.newEmail,
			expires_at: sql<Date>`now() + make_interval(secs => ${values.ttlSeconds})`
		})
		.execute();
}

/** A token with its state judged by the database clock (one clock for every process). */
export function findEmailToken(db: Db, tokenHash: string) {
	return db
		.selectFrom('email_tokens as t')
		.innerJoin('people as p', 'p.id', 't.person_id')
		.select([
			't.person_id',
			't.purpose',
			't.new_email',
			sql<boolean>`t.used_at is not null`.as('used'),
			sql<boolean>`t.expires_at <= now()`.as('expired'),
			'p.email',
			'p.name',
			'p.locale'
		])
		.where('t.token_hash', '=', tokenHash)
		.executeTakeFirst();
}

/** Uses a token up; returns nothing if it was used or expired meanwhile, so it works once. */
export function consumeEmailToken(db: Db, tokenHash: string) {
	return db
		.updateTable('email_tokens')
		.set({ used_at: sql`now()` })
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', sql<Date>`now()`)
		.returning(['person_id', 'purpose', 'new_email'])
		.executeTakeFirst();
}

/** Retires a person's open tokens of one purpose, e.g. older reset links after a reset. */
export function retireEmailTokens(db: Db, personId: number, purpose: EmailTokenPurpose) {
	return db
		.updateTable('email_tokens')
		.set({ used_at: sql`now()` })
		.where('person_id', '=', personId)
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.execute();
}

/**
 * Retires every open link of a person: reset, verification and change of address. Called when
 * the password or the address changes, so that no link mailed before can undo that change or
 * reach a mailbox the person may no longer hold.
 */
export function retireAllEmailTokens(db: Db, personId: number) {
	return db
		.updateTable('email_tokens')
		.set({ used_at: sql`now()` })
		.where('person_id', '=', personId)
		.where('used_at', 'is', null)
		.execute();
}

// ---- the account page ----

export function findAccount(db: Db, personId: number) {
	return db
		.selectFrom('people as p')
		.select((eb) => [
			'p.id',
			'p.handle',
			'p.name',
			'p.email',
			'p.email_verified_at',
			'p.role',
			'p.locale',
			'p.city_id',
			'p.bio',
			'p.languages',
			'p.visibility',
			eb
				.selectFrom('person_areas as pa')
				.select(sql<number[]>`coalesce(array_agg(pa.area_id order by pa.area_id), '{}')`.as('ids'))
				.whereRef('pa.person_id', '=', 'p.id')
				.as('area_ids'),
			eb
				.selectFrom('email_tokens as t')
				.select('t.new_email')
				.whereRef('t.person_id', '=', 'p.id')
				.where('t.purpose', '=', 'change_email')
				.where('t.used_at', 'is', null)
				.where('t.expires_at', '>', sql<Date>`now()`)
				.orderBy('t.created_at', 'desc')
				.limit(1)
				.as('pending_email')
		])
		.where('p.id', '=', personId)
		.executeTakeFirst();
}

export function updateProfile(
	db: Db,
	personId: number,
	values: { name: string; cityId: number | null; languages: string[]; bio: string; visibility: ProfileVisibility }
) {
	return db
		.updateTable('people')
		.set({
			name: values.name,
			city_id: values.cityId,
			languages: values.languages,
			bio: values.bio,
			visibility: JSON.stringify(values.visibility),
			updated_at: sql`now()`
		})
		.where('id', '=', personId)
		.execute();
}

export async function replacePersonAreas(db: Db, personId: number, areaIds: number[]): Promise<void> {
	await db.deleteFrom('person_areas').where('person_id', '=', personId).execute();
	if (areaIds.length === 0) return;
	await db
		.insertInto('person_areas')
		.values(areaIds.map((areaId) => ({ person_id: personId, area_id: areaId })))
		.execute();
}
