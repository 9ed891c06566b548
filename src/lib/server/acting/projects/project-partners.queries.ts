/** The partner organisations of projects: who takes part and in which role, who may be added, whom to tell. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, PartnerRole } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

/** Whether the person belongs to a partner organisation of the project, and to its lead. */
export async function standingOf(db: Db, projectId: number, personId: number | null) {
	if (personId === null) return { partner: false, lead: false };
	const rows = await db
		.selectFrom('project_partners as pp')
		.innerJoin('organisation_members as om', 'om.organisation_id', 'pp.organisation_id')
		.select('pp.role')
		.where('pp.project_id', '=', projectId)
		.where('om.person_id', '=', personId)
		.execute();
	return { partner: rows.length > 0, lead: rows.some((r) => r.role === 'lead') };
}

/** Partners of the given projects with their organisation and city, lead first, then by name. */
export function listPartnersOf(db: Db, projectIds: number[]) {
	if (projectIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('project_partners as pp')
		.innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
		.innerJoin('cities as c', 'c.id', 'o.city_id')
		.select([
			'pp.project_id',
			'pp.role',
			'o.id as organisation_id',
			'o.slug',
			'o.name',
			'c.slug as city_slug',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code'
		])
		.where('pp.project_id', 'in', projectIds)
		.orderBy(sql`case pp.role when 'lead' then 0 when 'partner' then 1 else 2 end`)
		.orderBy(sql`lower(o.name)`)
		.execute();
}

/** Member organisations with their city, for the "add a partner" choice. */
export function listOrganisationOptions(db: Db) {
	return db
		.selectFrom('organisations as o')
		.innerJoin('cities as c', 'c.id', 'o.city_id')
		.select(['o.id', 'o.name', 'c.name as city_name', 'c.name_en as city_name_en', 'c.country_code'])
		.where('o.member_since', 'is not', null)
		.orderBy(sql`lower(o.name)`)
		.limit(2000)
		.execute();
}

export function isApprovedOrganisation(db: Db, organisationId: number) {
	return db
		.selectFrom('organisations')
		.select('id')
		.where('id', '=', organisationId)
		.where('member_since', 'is not', null)
		.executeTakeFirst()
		.then((r) => r !== undefined);
}

export function listPartnerRoles(db: Db, projectId: number) {
	return db.selectFrom('project_partners').select(['organisation_id', 'role']).where('project_id', '=', projectId).execute();
}

export function insertPartner(db: Db, projectId: number, organisationId: number, role: PartnerRole) {
	return db.insertInto('project_partners').values({ project_id: projectId, organisation_id: organisationId, role }).execute();
}

export function setPartnerRole(db: Db, projectId: number, organisationId: number, role: PartnerRole) {
	return db
		.updateTable('project_partners')
		.set({ role })
		.where('project_id', '=', projectId)
		.where('organisation_id', '=', organisationId)
		.execute();
}

export function deletePartner(db: Db, projectId: number, organisationId: number) {
	return db.deleteFrom('project_partners').where('project_id', '=', projectId).where('organisation_id', '=', organisationId).execute();
}

/** The admins of an organisation with verified addresses: they hear when it joins a project. */
export function listOrganisationAdmins(db: Db, organisationId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('people as p', 'p.id', 'om.person_id')
		.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
		.select(['p.id', 'p.email', 'p.name', 'p.locale', 'o.name as organisation_name'])
		.where('om.organisation_id', '=', organisationId)
		.where('om.role', '=', 'admin')
		.where('p.email_verified_at', 'is not', null)
		.execute();
}
