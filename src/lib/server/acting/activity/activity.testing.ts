/**
 * Test worlds for calls, projects and partner searches: rows written straight to the tables,
 * unique each call (events: makeEvent in events/events.testing.ts).
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB, FundingCallsTable, PartnerRole, ProjectsTable } from '../../platform/db';
import { makeOrganisation } from '../../platform/db/testing/factories';

const DAY = 86_400_000;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function makeCall(db: Kysely<DB>, overrides: Partial<Insertable<FundingCallsTable>> & { areaIds?: number[] } = {}) {
	const { areaIds = [], ...values } = overrides;
	const id = unique();
	const call = await db
		.insertInto('funding_calls')
		.values({
			slug: `call-${id}`,
			title: `Call ${id}`,
			funder: 'European Commission',
			url: null,
			deadline: new Date(Date.now() + 40 * DAY),
			time_zone: 'Europe/Brussels',
			countries: [],
			status: 'checked',
			checked_at: new Date(),
			...values
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	if (areaIds.length)
		await db
			.insertInto('funding_call_areas')
			.values(areaIds.map((area_id) => ({ call_id: call.id, area_id })))
			.execute();
	return call;
}

export async function makeProject(
	db: Kysely<DB>,
	overrides: Partial<Insertable<ProjectsTable>> & { partners?: { organisationId: number; role: PartnerRole }[]; areaIds?: number[] } = {}
) {
	const { partners, areaIds = [], ...values } = overrides;
	const id = unique();
	const project = await db
		.insertInto('projects')
		.values({ slug: `project-${id}`, title: `Project ${id}`, visibility: 'public', created_by: null, call_id: null, ...values })
		.returningAll()
		.executeTakeFirstOrThrow();
	const list = partners ?? [{ organisationId: (await makeOrganisation(db, { approved: true })).id, role: 'lead' as const }];
	if (list.length)
		await db
			.insertInto('project_partners')
			.values(list.map((partner) => ({ project_id: project.id, organisation_id: partner.organisationId, role: partner.role })))
			.execute();
	if (areaIds.length)
		await db
			.insertInto('project_areas')
			.values(areaIds.map((area_id) => ({ project_id: project.id, area_id })))
			.execute();
	return project;
}

export async function addEventAreas(db: Kysely<DB>, eventId: number, areaIds: number[]) {
	if (areaIds.length)
		await db
			.insertInto('event_areas')
			.values(areaIds.map((area_id) => ({ event_id: eventId, area_id })))
			.execute();
}

export async function makePartnerSearch(
	db: Kysely<DB>,
	organisationId: number,
	overrides: { title?: string; status?: 'open' | 'complete' | 'closed'; callId?: number | null } = {}
) {
	const id = unique();
	return db
		.insertInto('partner_searches')
		.values({
			slug: `search-${id}`,
			organisation_id: organisationId,
			person_id: null,
			call_id: overrides.callId ?? null,
			title: overrides.title ?? `Partners wanted ${id}`,
			idea: 'An idea',
			organisation_types: [],
			countries: [],
			status: overrides.status ?? 'open'
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}
