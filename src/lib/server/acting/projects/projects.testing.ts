/** Test worlds for projects: a project with a lead and a partner organisation, each with a person. */
import type { Kysely } from 'kysely';
import type { Audience, DB, ProjectStatus } from '../../platform/db';
import { actorOf, addToOrganisation, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { insertProject } from './projects.queries';

let counter = 0;

export async function makeProject(
	db: Kysely<DB>,
	overrides: { visibility?: 'public' | 'members'; status?: ProjectStatus; title?: string; cityId?: number } = {}
) {
	const lead = await makeOrganisation(db, { approved: true, cityId: overrides.cityId });
	const partner = await makeOrganisation(db, { approved: true });
	const leadPerson = await makePerson(db, { cityId: lead.city_id });
	const partnerPerson = await makePerson(db, { cityId: partner.city_id });
	await addToOrganisation(db, lead.id, leadPerson.id, 'admin');
	await addToOrganisation(db, partner.id, partnerPerson.id);
	const project = await db.transaction().execute((trx) =>
		insertProject(trx, {
			title: overrides.title ?? `Project ${Date.now().toString(36)}${++counter}`,
			summary: 'A **joint** project.',
			status: overrides.status ?? 'running',
			callId: null,
			areaIds: [],
			partners: [
				{ organisationId: lead.id, role: 'lead' },
				{ organisationId: partner.id, role: 'partner' }
			],
			createdBy: leadPerson.id,
			visibility: overrides.visibility ?? 'public',
			budgetEur: 250000,
			startsOn: '2026-01-01',
			endsOn: '2027-12-31'
		})
	);
	return {
		project,
		lead,
		partner,
		leadActor: actorOf(leadPerson, true),
		partnerActor: actorOf(partnerPerson, true)
	};
}

export function addUpdate(db: Kysely<DB>, projectId: number, body: string, audience: Audience) {
	return db.insertInto('project_updates').values({ project_id: projectId, body, audience }).execute();
}
