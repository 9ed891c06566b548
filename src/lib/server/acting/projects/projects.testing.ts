/** Test worlds for projects: a project with a lead and a partner organisation, each with a person. */
import type { Kysely } from 'kysely';
import type { Audience, DB, ProjectStatus } from '../../platform/db';
import { actorOf, addToOrganisation, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import type { TestDatabase } from '../../platform/db/testing/test-db';
import type { Actor, MaybeActor } from '../../platform/auth';
import { AppError } from '../../platform/core';
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

/** How a call ended, as the tests compare it: 'ok' or the error's code. */
export const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`)
	);

/** Viewers of a project for the service tests of one test file's database. */
export function projectWorlds(t: TestDatabase) {
	/** Every kind of viewer a project page meets, the partner one from the project's world. */
	async function viewers(partnerActor: Actor) {
		const registered = await makePerson(t.db);
		const { person: member } = await makeMember(t.db);
		const coordinator = await makePerson(t.db, { role: 'coordinator' });
		return {
			visitor: null as MaybeActor,
			registered: actorOf(registered, false),
			member: actorOf(member, true),
			partner: partnerActor,
			coordinator: actorOf(coordinator, true)
		};
	}

	return { viewers };
}
