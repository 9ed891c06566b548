import { type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { PartnerRole, ProjectStatus } from '../db/schema-acting';
import { slugCandidates, slugify } from '../organisations/slug';

type Db = Kysely<DB> | Transaction<DB>;

export interface NewProjectRow {
	title: string;
	/** Markdown. */
	summary: string;
	status: ProjectStatus;
	callId: number | null;
	areaIds: number[];
	partners: { organisationId: number; role: PartnerRole }[];
	createdBy: number | null;
	visibility: 'public' | 'members';
	/** Whole euros. */
	budgetEur?: number | null;
	/** ISO date (YYYY-MM-DD) or Date. */
	startsOn?: string | Date | null;
	endsOn?: string | Date | null;
}

/**
 * Inserts a project with its partners and areas under the first free slug made from the title
 * ("Zielone hałdy" → "zielone-haldy", then "zielone-haldy-2"...). Returns its id and slug.
 *
 * Contract: call inside a transaction (`db.transaction().execute(trx => insertProject(trx, ...))`).
 * It does NOT check permissions or validate: the caller (a service) has checked that the actor may
 * create it and that the input is valid, in particular that `partners` holds EXACTLY ONE entry with
 * role 'lead' and no organisation twice (duplicates are dropped, first one wins), that the
 * organisations, the areas and the call exist, and that endsOn >= startsOn (the database refuses the
 * opposite). Use `assertOneLead(partners)` from projects.policy.ts for the lead rule.
 */
export async function insertProject(trx: Db, project: NewProjectRow): Promise<{ id: number; slug: string }> {
	let inserted: { id: number; slug: string } | undefined;
	for (const slug of slugCandidates(slugify(project.title, 'project'))) {
		inserted = await trx
			.insertInto('projects')
			.values({
				slug,
				title: project.title,
				summary: project.summary,
				status: project.status,
				call_id: project.callId,
				budget_eur: project.budgetEur ?? null,
				starts_on: project.startsOn ?? null,
				ends_on: project.endsOn ?? null,
				visibility: project.visibility,
				created_by: project.createdBy
			})
			.onConflict((oc) => oc.constraint('projects_slug_key').doNothing())
			.returning(['id', 'slug'])
			.executeTakeFirst();
		if (inserted) break;
	}
	const { id } = inserted!;
	const seen = new Set<number>();
	const partners = project.partners.filter((p) => !seen.has(p.organisationId) && seen.add(p.organisationId));
	if (partners.length > 0)
		await trx
			.insertInto('project_partners')
			.values(partners.map((p) => ({ project_id: id, organisation_id: p.organisationId, role: p.role })))
			.execute();
	const areaIds = [...new Set(project.areaIds)];
	if (areaIds.length > 0)
		await trx
			.insertInto('project_areas')
			.values(areaIds.map((area_id) => ({ project_id: id, area_id })))
			.execute();
	return inserted!;
}
