/**
 * Builders for test worlds: each call makes new, unique rows so tests never depend on each
 * other or on order. They write straight to the tables (not through services) to stay fast.
 */
import type { Kysely } from 'kysely';
import type { DB, OrganisationRole, OrganisationType, Role } from '../schema';
import type { Actor } from '../../auth';

/** The password of every factory person (hash precomputed: argon2 is slow on purpose). */
export const FACTORY_PASSWORD = 'demo-password-2026';
export const FACTORY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$CXh9OkB2oxEwJVS+S6hyvA$L91CPzee9PrrGv3jp6mY62QEZRoS3WgdeNLv5WtmYj0';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function makeArea(db: Kysely<DB>, overrides: { key?: string; pl?: string; en?: string } = {}) {
	const key = overrides.key ?? `area-${unique()}`;
	const area = await db.insertInto('areas').values({ key }).returningAll().executeTakeFirstOrThrow();
	await db
		.insertInto('area_names')
		.values([
			{ area_id: area.id, locale: 'pl', name: overrides.pl ?? `Obszar ${key}` },
			{ area_id: area.id, locale: 'en', name: overrides.en ?? `Area ${key}` }
		])
		.execute();
	return area;
}

export async function makeCity(
	db: Kysely<DB>,
	overrides: Partial<{
		name: string;
		name_en: string;
		country_code: string;
		population: number;
		industries: string[];
		latitude: number;
		longitude: number;
		region: string;
		story: string;
	}> = {}
) {
	const id = unique();
	return db
		.insertInto('cities')
		.values({
			slug: `city-${id}`,
			name: overrides.name ?? `City ${id}`,
			name_en: overrides.name_en ?? null,
			country_code: overrides.country_code ?? 'PL',
			region: overrides.region ?? null,
			latitude: overrides.latitude ?? 50.77,
			longitude: overrides.longitude ?? 16.28,
			population: overrides.population ?? 110_000,
			industries: overrides.industries ?? ['coal_mining'],
			story: overrides.story ?? ''
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

export interface PersonOverrides {
	name?: string;
	email?: string;
	role?: Role;
	verified?: boolean;
	/** Approved individual member of the network. */
	member?: boolean;
	cityId?: number | null;
	languages?: string[];
	bio?: string;
	locale?: string;
	visibility?: Record<string, 'public' | 'members' | 'nobody'>;
}

export async function makePerson(db: Kysely<DB>, overrides: PersonOverrides = {}) {
	const id = unique();
	return db
		.insertInto('people')
		.values({
			handle: `person-${id}`,
			name: overrides.name ?? `Person ${id}`,
			email: overrides.email ?? `person-${id}@example.org`,
			email_verified_at: overrides.verified === false ? null : new Date(),
			password_hash: FACTORY_PASSWORD_HASH,
			role: overrides.role ?? 'person',
			locale: overrides.locale ?? 'en',
			city_id: overrides.cityId ?? null,
			bio: overrides.bio ?? '',
			languages: overrides.languages ?? ['pl', 'en'],
			visibility: overrides.visibility ?? {},
			member_since: overrides.member ? new Date() : null
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function makeOrganisation(
	db: Kysely<DB>,
	overrides: Partial<{ name: string; type: OrganisationType; cityId: number; approved: boolean; description: string; website: string }> = {}
) {
	const id = unique();
	const cityId = overrides.cityId ?? (await makeCity(db)).id;
	return db
		.insertInto('organisations')
		.values({
			slug: `org-${id}`,
			name: overrides.name ?? `Organisation ${id}`,
			type: overrides.type ?? 'ngo',
			city_id: cityId,
			website: overrides.website ?? null,
			description: overrides.description ?? '',
			member_since: overrides.approved ? new Date() : null
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function addToOrganisation(db: Kysely<DB>, organisationId: number, personId: number, role: OrganisationRole = 'member') {
	await db.insertInto('organisation_members').values({ organisation_id: organisationId, person_id: personId, role }).execute();
}

/** A person in an approved organisation: a network member. Returns both. */
export async function makeMember(db: Kysely<DB>, overrides: PersonOverrides & { orgRole?: OrganisationRole } = {}) {
	const organisation = await makeOrganisation(db, { approved: true, cityId: overrides.cityId ?? undefined });
	const person = await makePerson(db, { cityId: organisation.city_id, ...overrides });
	await addToOrganisation(db, organisation.id, person.id, overrides.orgRole ?? 'member');
	return { person, organisation };
}

/** The actor a service sees for a person row. */
export function actorOf(
	person: { id: number; handle: string; name: string; email: string; role: Role; email_verified_at: Date | null },
	isMember = false
): Actor {
	return {
		id: person.id,
		handle: person.handle,
		name: person.name,
		email: person.email,
		role: person.role,
		locale: 'en',
		emailVerified: person.email_verified_at !== null,
		isMember: isMember || person.role !== 'person'
	};
}
