import { sql, type Kysely } from 'kysely';
import type { ApplicationStatus, DB } from '../../platform/db';
import { cityNameSql } from '../../shared';

type Db = Kysely<DB>;

/** Organisations the person administers, with whether they are already network members. */
export function listAdministeredOrganisations(db: Db, personId: number) {
	return db
		.selectFrom('organisation_members as om')
		.innerJoin('organisations as o', 'o.id', 'om.organisation_id')
		.select(['o.id', 'o.slug', 'o.name', 'o.member_since'])
		.where('om.person_id', '=', personId)
		.where('om.role', '=', 'admin')
		.orderBy('o.name')
		.execute();
}

export function findPersonMembership(db: Db, personId: number) {
	return db.selectFrom('people').select(['id', 'name', 'email', 'member_since']).where('id', '=', personId).executeTakeFirst();
}

/** Inserts unless an application is already pending for the organisation or the individual. */
export async function insertApplication(
	db: Db,
	values: {
		organisationId: number | null;
		applicantId: number;
		motivation: string;
		contactName: string;
		contactEmail: string;
		offers: string;
		seeks: string;
	}
) {
	// The partial unique indexes answer "one pending at a time"; DO NOTHING keeps the transaction usable.
	const row = await db
		.insertInto('membership_applications')
		.values({
			organisation_id: values.organisationId,
			applicant_id: values.applicantId,
			motivation: values.motivation,
			contact_name: values.contactName,
			contact_email: values.contactEmail,
			offers: values.offers,
			seeks: values.seeks
		})
		.onConflict((oc) => oc.doNothing())
		.returning('id')
		.executeTakeFirst();
	return row?.id;
}

/** The person's own applications and those of organisations they administer, newest first. */
export function listApplicationsOf(db: Db, personId: number) {
	return db
		.selectFrom('membership_applications as a')
		.leftJoin('organisations as o', 'o.id', 'a.organisation_id')
		.select([
			'a.id',
			'a.organisation_id',
			'a.applicant_id',
			'o.name as organisation_name',
			'a.status',
			'a.created_at',
			'a.decided_at',
			'a.decision_message'
		])
		.where((eb) =>
			eb.or([
				eb('a.applicant_id', '=', personId),
				eb(
					'a.organisation_id',
					'in',
					eb.selectFrom('organisation_members').select('organisation_id').where('person_id', '=', personId).where('role', '=', 'admin')
				)
			])
		)
		.orderBy('a.created_at', 'desc')
		.orderBy('a.id', 'desc')
		.limit(50)
		.execute();
}

function selectApplications(db: Db, locale: string) {
	return db
		.selectFrom('membership_applications as a')
		.innerJoin('people as p', 'p.id', 'a.applicant_id')
		.leftJoin('organisations as o', 'o.id', 'a.organisation_id')
		.leftJoin('cities as c', 'c.id', 'o.city_id')
		.select([
			'a.id',
			'a.organisation_id',
			'a.applicant_id',
			'a.status',
			'a.motivation',
			'a.contact_name',
			'a.contact_email',
			'a.offers',
			'a.seeks',
			'a.created_at',
			'p.name as applicant_name',
			'p.email as applicant_email',
			'p.handle as applicant_handle',
			'p.locale as applicant_locale',
			'o.slug as organisation_slug',
			'o.name as organisation_name',
			'o.type as organisation_type',
			'o.website as organisation_website',
			'c.country_code',
			cityNameSql(locale).$castTo<string | null>().as('city_name')
		]);
}

/** Pending applications, oldest first: the coordinator's queue. */
export function listPendingApplications(db: Db, locale: string) {
	return selectApplications(db, locale).where('a.status', '=', 'pending').orderBy('a.created_at').orderBy('a.id').execute();
}

/** One application, locked for the decision so two coordinators cannot decide it twice. */
export function findApplicationForDecision(db: Db, id: number) {
	return selectApplications(db, 'en').where('a.id', '=', id).forUpdate('a').executeTakeFirst();
}

export function recordDecision(db: Db, id: number, status: ApplicationStatus, message: string | null, decidedBy: number) {
	return db
		.updateTable('membership_applications')
		.set({ status, decision_message: message, decided_by: decidedBy, decided_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

/** Keeps the first approval date when an organisation or person is approved again. */
export function markOrganisationMember(db: Db, organisationId: number) {
	return db
		.updateTable('organisations')
		.set({ member_since: sql`coalesce(member_since, now())`, updated_at: sql`now()` })
		.where('id', '=', organisationId)
		.execute();
}

export function markPersonMember(db: Db, personId: number) {
	return db
		.updateTable('people')
		.set({ member_since: sql`coalesce(member_since, now())`, updated_at: sql`now()` })
		.where('id', '=', personId)
		.execute();
}
