import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, InterestStatus, PartnerSearchStatus } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

export function slugTaken(db: Db, slug: string) {
	return db
		.selectFrom('partner_searches')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

export function insertSearch(
	db: Db,
	row: {
		slug: string;
		call_id: number | null;
		organisation_id: number;
		person_id: number;
		title: string;
		idea: string;
		roles_sought: string;
		organisation_types: string[];
		countries: string[];
	}
) {
	return db.insertInto('partner_searches').values(row).returning(['id', 'slug']).executeTakeFirstOrThrow();
}

function searches(db: Db) {
	return db
		.selectFrom('partner_searches as s')
		.innerJoin('organisations as o', 'o.id', 's.organisation_id')
		.innerJoin('cities as city', 'city.id', 'o.city_id')
		.leftJoin('funding_calls as c', 'c.id', 's.call_id')
		.leftJoin('projects as p', 'p.id', 's.project_id')
		.select((eb) => [
			's.id',
			's.slug',
			's.title',
			's.idea',
			's.roles_sought',
			's.organisation_types',
			's.countries',
			's.status',
			's.call_id',
			's.organisation_id',
			's.person_id',
			's.created_at',
			'o.slug as org_slug',
			'o.name as org_name',
			'o.type as org_type',
			'city.name as city_name',
			'city.name_en as city_name_en',
			'city.country_code',
			'c.slug as call_slug',
			'c.title as call_title',
			'c.status as call_status',
			'p.slug as project_slug',
			'p.title as project_title',
			eb
				.selectFrom('partner_interests as i')
				.select((e) => e.fn.countAll<string>().as('n'))
				.whereRef('i.search_id', '=', 's.id')
				.as('interest_count')
		]);
}

export type SearchRow = NonNullable<Awaited<ReturnType<typeof findSearchBySlug>>>;

export function findSearchBySlug(db: Db, slug: string) {
	return searches(db).where('s.slug', '=', slug).executeTakeFirst();
}

/** Searches, newest first: the open ones of one call, or all open ones. */
export function listSearches(db: Db, filter: { callId?: number; statuses: PartnerSearchStatus[] }) {
	let q = searches(db).where('s.status', 'in', filter.statuses);
	if (filter.callId !== undefined) q = q.where('s.call_id', '=', filter.callId);
	return q.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(200).execute();
}

/** The search row, locked until the transaction ends: deciding and completing queue behind it. */
export function lockSearch(trx: Transaction<DB>, id: number) {
	return trx.selectFrom('partner_searches').select(['id', 'status', 'organisation_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listInterests(db: Db, searchId: number) {
	return db
		.selectFrom('partner_interests as i')
		.innerJoin('organisations as o', 'o.id', 'i.organisation_id')
		.innerJoin('cities as city', 'city.id', 'o.city_id')
		.leftJoin('people as p', 'p.id', 'i.person_id')
		.select([
			'i.id',
			'i.organisation_id',
			'i.person_id',
			'i.message',
			'i.status',
			'i.role',
			'o.slug as org_slug',
			'o.name as org_name',
			'o.type as org_type',
			'city.name as city_name',
			'city.name_en as city_name_en',
			'city.country_code',
			'p.name as person_name',
			'p.email as person_email',
			'p.locale as person_locale'
		])
		.where('i.search_id', '=', searchId)
		.orderBy('i.created_at')
		.orderBy('i.id')
		.execute();
}

/** Adds an interest; undefined when the organisation already answered this search. */
export function insertInterest(db: Db, row: { search_id: number; organisation_id: number; person_id: number; message: string }) {
	return db
		.insertInto('partner_interests')
		.values(row)
		.onConflict((oc) => oc.constraint('partner_interests_key').doNothing())
		.returning('id')
		.executeTakeFirst();
}

/** Decides a pending interest; undefined when it was decided already (or is not this search's). */
export function decideInterest(
	db: Db,
	searchId: number,
	interestId: number,
	status: Exclude<InterestStatus, 'pending'>,
	role: 'partner' | 'associated'
) {
	return db
		.updateTable('partner_interests')
		.set({ status, role, decided_at: sql`now()` })
		.where('id', '=', interestId)
		.where('search_id', '=', searchId)
		.where('status', '=', 'pending')
		.returning(['id', 'organisation_id', 'person_id'])
		.executeTakeFirst();
}

export function markComplete(db: Db, searchId: number, projectId: number) {
	return db
		.updateTable('partner_searches')
		.set({ status: 'complete', project_id: projectId, updated_at: sql`now()` })
		.where('id', '=', searchId)
		.execute();
}

export function findPerson(db: Db, id: number) {
	return db
		.selectFrom('people')
		.select(['id', 'name', 'email', 'locale'])
		.where('id', '=', id)
		.where('email_verified_at', 'is not', null)
		.executeTakeFirst();
}

/** Who to tell about an organisation's search when its author is gone: its admins. */
export function listOrganisationAdmins(db: Db, organisationId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('people as p', 'p.id', 'om.person_id')
		.select(['p.id', 'p.name', 'p.email', 'p.locale'])
		.where('om.organisation_id', '=', organisationId)
		.where('om.role', '=', 'admin')
		.where('p.email_verified_at', 'is not', null)
		.execute();
}
