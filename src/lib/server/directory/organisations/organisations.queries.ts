import { sql, type Kysely } from 'kysely';
import type { DB, OrganisationRole, OrganisationType } from '../../platform/db';
import type { MaybeActor } from '../../platform/auth';
import { visibleTo } from '../people';
import { areaName, cityNameSql, containsPattern } from '../../shared';

type Db = Kysely<DB>;

function selectOrganisation(db: Db, locale: string) {
	return db
		.selectFrom('organisations as o')
		.innerJoin('cities as c', 'c.id', 'o.city_id')
		.select([
			'o.id',
			'o.slug',
			'o.name',
			'o.type',
			'o.website',
			'o.description',
			'o.member_since',
			'o.is_demo',
			'o.city_id',
			'o.version',
			'c.slug as city_slug',
			'c.name as city_local_name',
			'c.country_code',
			cityNameSql(locale).as('city_name')
		]);
}

export function findOrganisationBySlug(db: Db, slug: string, locale: string) {
	return selectOrganisation(db, locale).where('o.slug', '=', slug).executeTakeFirst();
}

export function findOrganisationById(db: Db, id: number, locale: string) {
	return selectOrganisation(db, locale).where('o.id', '=', id).executeTakeFirst();
}

/** Takes the organisation's row lock so that role changes (and saves of its form) run one after another. */
export function lockOrganisation(db: Db, id: number) {
	return db.selectFrom('organisations').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findRole(db: Db, organisationId: number, personId: number): Promise<OrganisationRole | null> {
	const row = await db
		.selectFrom('organisation_members')
		.select('role')
		.where('organisation_id', '=', organisationId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
	return row?.role ?? null;
}

export async function countAdmins(db: Db, organisationId: number): Promise<number> {
	const row = await db
		.selectFrom('organisation_members')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('organisation_id', '=', organisationId)
		.where('role', '=', 'admin')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Inserts with `slug` unless it is taken; returns the id, or undefined when taken. */
export async function insertOrganisation(
	db: Db,
	values: {
		slug: string;
		name: string;
		type: OrganisationType;
		cityId: number;
		website: string | null;
		description: string;
		createdBy: number;
	}
) {
	const row = await db
		.insertInto('organisations')
		.values({
			slug: values.slug,
			name: values.name,
			type: values.type,
			city_id: values.cityId,
			website: values.website,
			description: values.description,
			created_by: values.createdBy
		})
		.onConflict((oc) => oc.column('slug').doNothing())
		.returning('id')
		.executeTakeFirst();
	return row?.id;
}

export function updateOrganisation(
	db: Db,
	id: number,
	values: { name: string; type: OrganisationType; cityId: number; website: string | null; description: string }
) {
	return db
		.updateTable('organisations')
		.set({
			name: values.name,
			type: values.type,
			city_id: values.cityId,
			website: values.website,
			description: values.description,
			// the edit form's version: a save based on an older one is refused
			version: sql`version + 1`,
			updated_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
}

export function insertMember(db: Db, organisationId: number, personId: number, role: OrganisationRole) {
	return db
		.insertInto('organisation_members')
		.values({ organisation_id: organisationId, person_id: personId, role })
		.onConflict((oc) => oc.columns(['organisation_id', 'person_id']).doNothing())
		.execute();
}

export function setMemberRole(db: Db, organisationId: number, personId: number, role: OrganisationRole) {
	return db
		.updateTable('organisation_members')
		.set({ role })
		.where('organisation_id', '=', organisationId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
}

export function deleteMember(db: Db, organisationId: number, personId: number) {
	return db
		.deleteFrom('organisation_members')
		.where('organisation_id', '=', organisationId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
}

/** Everyone in the organisation with what visibility checks need; admins first, then by name. */
export function listOrganisationPeople(db: Db, organisationId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('people as p', 'p.id', 'om.person_id')
		.select(['p.id', 'p.handle', 'p.name', 'p.email', 'p.visibility', 'p.hidden_at', 'om.role'])
		.where('om.organisation_id', '=', organisationId)
		.orderBy(sql`om.role = 'admin'`, 'desc')
		.orderBy('p.name')
		.execute();
}

/** Areas of expertise of the organisation's people, counting only people whose areas the viewer may see. */
export function listOrganisationAreas(db: Db, organisationId: number, locale: string, viewer: MaybeActor) {
	return db
		.selectFrom('areas as a')
		.select(['a.key', areaName(locale).as('name')])
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('person_areas as pa')
					.innerJoin('organisation_members as om', 'om.person_id', 'pa.person_id')
					.innerJoin('people as p', 'p.id', 'pa.person_id')
					.select('pa.area_id')
					.whereRef('pa.area_id', '=', 'a.id')
					.where('om.organisation_id', '=', organisationId)
					.where(visibleTo(viewer, 'areas', 'p'))
			)
		)
		.orderBy('a.position')
		.execute();
}

export async function hasPendingApplication(db: Db, organisationId: number): Promise<boolean> {
	const row = await db
		.selectFrom('membership_applications')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where('status', '=', 'pending')
		.executeTakeFirst();
	return row !== undefined;
}

export interface DirectoryQuery {
	q: string;
	citySlug: string;
	country: string;
	type: OrganisationType | '';
	areaKey: string;
	viewer: MaybeActor;
	locale: string;
	limit: number;
	offset: number;
}

/** Approved organisations, plus the viewer's own wherever they stand, filtered; one page and the total. */
export async function listDirectory(db: Db, query: DirectoryQuery) {
	const viewerId = query.viewer?.id ?? -1;
	let base = db
		.selectFrom('organisations as o')
		.innerJoin('cities as c', 'c.id', 'o.city_id')
		.leftJoin('organisation_members as mine', (join) => join.onRef('mine.organisation_id', '=', 'o.id').on('mine.person_id', '=', viewerId))
		.where((eb) => eb.or([eb('o.member_since', 'is not', null), eb('mine.person_id', 'is not', null)]));
	if (query.q) {
		base = base.where('o.name', 'ilike', containsPattern(query.q));
	}
	if (query.citySlug) base = base.where('c.slug', '=', query.citySlug);
	if (query.country) base = base.where('c.country_code', '=', query.country);
	if (query.type) base = base.where('o.type', '=', query.type);
	if (query.areaKey) {
		base = base.where((eb) =>
			eb.exists(
				eb
					.selectFrom('organisation_members as om')
					.innerJoin('people as p', 'p.id', 'om.person_id')
					.innerJoin('person_areas as pa', 'pa.person_id', 'p.id')
					.innerJoin('areas as a', 'a.id', 'pa.area_id')
					.select('om.person_id')
					.whereRef('om.organisation_id', '=', 'o.id')
					.where('a.key', '=', query.areaKey)
					.where(visibleTo(query.viewer, 'areas', 'p'))
			)
		);
	}
	const [rows, total] = await Promise.all([
		base
			.select([
				'o.slug',
				'o.name',
				'o.type',
				'o.member_since',
				'o.is_demo',
				'c.slug as city_slug',
				'c.country_code',
				cityNameSql(query.locale).as('city_name'),
				'mine.role as viewer_role'
			])
			.orderBy(sql`lower(o.name)`)
			.orderBy('o.id')
			.limit(query.limit)
			.offset(query.offset)
			.execute(),
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(total.n) };
}

/** Cities and countries that have an approved organisation, for the directory's filters. */
export function listDirectoryCities(db: Db, locale: string) {
	return db
		.selectFrom('cities as c')
		.select(['c.slug', 'c.country_code', cityNameSql(locale).as('name')])
		.where((eb) =>
			eb.exists(
				eb.selectFrom('organisations as o').select('o.id').whereRef('o.city_id', '=', 'c.id').where('o.member_since', 'is not', null)
			)
		)
		.execute();
}

export function insertInvitation(
	db: Db,
	values: { organisationId: number; email: string; role: OrganisationRole; tokenHash: string; invitedBy: number; expiresAt: Date }
) {
	return db
		.insertInto('organisation_invitations')
		.values({
			organisation_id: values.organisationId,
			email: values.email,
			role: values.role,
			token_hash: values.tokenHash,
			invited_by: values.invitedBy,
			expires_at: values.expiresAt
		})
		.returning('id')
		.executeTakeFirstOrThrow();
}

export function listOpenInvitations(db: Db, organisationId: number) {
	return db
		.selectFrom('organisation_invitations')
		.select(['id', 'email', 'role', 'expires_at'])
		.where('organisation_id', '=', organisationId)
		.where('accepted_at', 'is', null)
		.where('expires_at', '>', sql<Date>`now()`)
		.orderBy('created_at', 'desc')
		.execute();
}

export function findInvitationByHash(db: Db, tokenHash: string) {
	return db
		.selectFrom('organisation_invitations as i')
		.leftJoin('people as inviter', 'inviter.id', 'i.invited_by')
		.select(['i.id', 'i.organisation_id', 'i.email', 'i.role', 'i.expires_at', 'i.accepted_at', 'inviter.name as inviter_name'])
		.where('i.token_hash', '=', tokenHash)
		.executeTakeFirst();
}

/** Marks the invitation used unless it already was; true when this call used it. */
export async function useInvitation(db: Db, id: number): Promise<boolean> {
	const result = await db
		.updateTable('organisation_invitations')
		.set({ accepted_at: sql`now()` })
		.where('id', '=', id)
		.where('accepted_at', 'is', null)
		.where('expires_at', '>', sql<Date>`now()`)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export function deleteInvitation(db: Db, organisationId: number, id: number) {
	return db
		.deleteFrom('organisation_invitations')
		.where('organisation_id', '=', organisationId)
		.where('id', '=', id)
		.where('accepted_at', 'is', null)
		.executeTakeFirst();
}

/** The language a known person reads mail in; null for an address nobody has registered. */
export async function findLocaleByEmail(db: Db, email: string): Promise<string | null> {
	const row = await db
		.selectFrom('people')
		.select('locale')
		.where(sql`lower(email)`, '=', email.toLowerCase())
		.executeTakeFirst();
	return row?.locale ?? null;
}

export async function isMemberByEmail(db: Db, organisationId: number, email: string): Promise<boolean> {
	const row = await db
		.selectFrom('organisation_members as om')
		.innerJoin('people as p', 'p.id', 'om.person_id')
		.select('om.person_id')
		.where('om.organisation_id', '=', organisationId)
		.where(sql`lower(p.email)`, '=', email.toLowerCase())
		.executeTakeFirst();
	return row !== undefined;
}

/** For the notification registry: organisations' names and slugs. */
export function listOrganisationTitles(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db.selectFrom('organisations').select(['id', 'slug', 'name']).where('id', 'in', ids).execute();
}

export async function findOrganisationIdBySlug(db: Db, slug: string): Promise<number | undefined> {
	return (await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}
