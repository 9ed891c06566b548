/**
 * The projects' database access: creating, reading, listing and editing projects, their areas
 * and updates. Their partner organisations: project-partners.queries.ts.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Audience, DB, PartnerRole, ProjectStatus } from '../../platform/db';
import { areaName, newSlugCandidates, slugCandidates } from '../../shared';

type Db = Kysely<DB> | Transaction<DB>;

export interface NewProjectRow {
	/** A fixed address (the demo seed's; base-2... if taken); otherwise one is made from the title. */
	slug?: string;
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
 * ("Zielone hałdy" → "zielone-haldy-k3x9q", see newSlugCandidates). Returns its id and slug.
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
	const slugs = project.slug ? slugCandidates(project.slug) : newSlugCandidates(project.title, 'project');
	for (const slug of slugs) {
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

// Reading

const day = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

export function findProjectBySlug(db: Db, slug: string) {
	return db
		.selectFrom('projects')
		.select([
			'id',
			'slug',
			'title',
			'summary',
			'status',
			'call_id',
			'budget_eur',
			'visibility',
			'version',
			day('starts_on').as('starts_on'),
			day('ends_on').as('ends_on')
		])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

/** The project row, locked until the transaction ends: partner changes take it first. */
export function lockProject(trx: Transaction<DB>, projectId: number) {
	return trx.selectFrom('projects').select(['id', 'status', 'version']).where('id', '=', projectId).forUpdate().executeTakeFirstOrThrow();
}

export function listProjectAreas(db: Db, projectId: number, locale: string) {
	return db
		.selectFrom('project_areas as pa')
		.innerJoin('areas as a', 'a.id', 'pa.area_id')
		.select(['a.id', 'a.key', areaName(locale).as('name')])
		.where('pa.project_id', '=', projectId)
		.orderBy('a.position')
		.execute();
}

/** A call that has been checked by the coordinators (others are not linked from projects). */
export function findCheckedCall(db: Db, callId: number) {
	return db
		.selectFrom('funding_calls')
		.select(['id', 'slug', 'title'])
		.where('id', '=', callId)
		.where('status', '=', 'checked')
		.executeTakeFirst();
}

export function listCallOptions(db: Db) {
	return db
		.selectFrom('funding_calls')
		.select(['id', 'title', 'deadline'])
		.where('status', '=', 'checked')
		.orderBy('deadline', 'desc')
		.limit(300)
		.execute();
}

/** Updates the viewer may read, newest first. */
export function listUpdates(db: Db, projectId: number, audiences: Audience[]) {
	if (audiences.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('project_updates as u')
		.leftJoin('people as p', 'p.id', 'u.author_id')
		.select([
			'u.id',
			'u.body',
			'u.audience',
			'u.created_at',
			'u.author_id',
			'p.name as author_name',
			'p.handle as author_handle',
			'p.visibility as author_visibility',
			'p.hidden_at as author_hidden_at'
		])
		.where('u.project_id', '=', projectId)
		.where('u.audience', 'in', audiences)
		.orderBy('u.created_at', 'desc')
		.orderBy('u.id', 'desc')
		.limit(100)
		.execute();
}

export function countAreas(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve(0);
	return db
		.selectFrom('areas')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('id', 'in', ids)
		.executeTakeFirstOrThrow()
		.then((r) => Number(r.n));
}

// Lists

export interface ProjectListQuery {
	viewer: { id: number; isMember: boolean; coordinator: boolean } | null;
	status?: ProjectStatus | '';
	areaKey?: string;
	citySlug?: string;
	organisationSlug?: string;
	cityId?: number;
	organisationId?: number;
	limit: number;
	offset: number;
}

/**
 * Projects the viewer may see: public ones for everyone, members-only ones for members and for
 * people of the project's partner organisations.
 */
function visibleProjects(db: Db, viewer: ProjectListQuery['viewer']) {
	const base = db.selectFrom('projects as p');
	if (viewer?.isMember || viewer?.coordinator) return base;
	const viewerId = viewer?.id ?? -1;
	return base.where((eb) =>
		eb.or([
			eb('p.visibility', '=', 'public'),
			eb.exists(
				eb
					.selectFrom('project_partners as vp')
					.innerJoin('organisation_members as vm', 'vm.organisation_id', 'vp.organisation_id')
					.select('vp.project_id')
					.whereRef('vp.project_id', '=', 'p.id')
					.where('vm.person_id', '=', viewerId)
			)
		])
	);
}

export async function listProjects(db: Db, query: ProjectListQuery) {
	let base = visibleProjects(db, query.viewer);
	if (query.status) base = base.where('p.status', '=', query.status);
	if (query.areaKey)
		base = base.where((eb) =>
			eb.exists(
				eb
					.selectFrom('project_areas as fa')
					.innerJoin('areas as a', 'a.id', 'fa.area_id')
					.select('fa.project_id')
					.whereRef('fa.project_id', '=', 'p.id')
					.where('a.key', '=', query.areaKey!)
			)
		);
	if (query.citySlug || query.cityId)
		base = base.where((eb) => {
			let sub = eb
				.selectFrom('project_partners as cp')
				.innerJoin('organisations as co', 'co.id', 'cp.organisation_id')
				.innerJoin('cities as cc', 'cc.id', 'co.city_id')
				.select('cp.project_id')
				.whereRef('cp.project_id', '=', 'p.id');
			if (query.citySlug) sub = sub.where('cc.slug', '=', query.citySlug);
			if (query.cityId) sub = sub.where('cc.id', '=', query.cityId);
			return eb.exists(sub);
		});
	if (query.organisationSlug || query.organisationId)
		base = base.where((eb) => {
			let sub = eb
				.selectFrom('project_partners as op')
				.innerJoin('organisations as oo', 'oo.id', 'op.organisation_id')
				.select('op.project_id')
				.whereRef('op.project_id', '=', 'p.id');
			if (query.organisationSlug) sub = sub.where('oo.slug', '=', query.organisationSlug);
			if (query.organisationId) sub = sub.where('oo.id', '=', query.organisationId);
			return eb.exists(sub);
		});
	const [rows, total] = await Promise.all([
		base
			.select(['p.id', 'p.slug', 'p.title', 'p.status', 'p.visibility', day('p.starts_on').as('starts_on'), day('p.ends_on').as('ends_on')])
			// what is happening now first, then what is being prepared, then the past
			.orderBy(
				sql`case p.status when 'running' then 0 when 'funded' then 1 when 'submitted' then 2 when 'forming' then 3 when 'idea' then 4 when 'completed' then 5 else 6 end`
			)
			.orderBy('p.updated_at', 'desc')
			.orderBy('p.id', 'desc')
			.limit(query.limit)
			.offset(query.offset)
			.execute(),
		base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(total.n) };
}

/** Cities and organisations that take part in a project the viewer may see, for the filters. */
export async function listFilterOptions(db: Db, viewer: ProjectListQuery['viewer'], locale: string) {
	const visibleIds = visibleProjects(db, viewer).select('p.id');
	const [cities, organisations] = await Promise.all([
		db
			.selectFrom('cities as c')
			.select(['c.slug', 'c.name', 'c.name_en', 'c.country_code'])
			.where((eb) =>
				eb.exists(
					eb
						.selectFrom('project_partners as pp')
						.innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
						.select('pp.project_id')
						.whereRef('o.city_id', '=', 'c.id')
						.where('pp.project_id', 'in', visibleIds)
				)
			)
			.execute(),
		db
			.selectFrom('organisations as o')
			.select(['o.slug', 'o.name'])
			.where((eb) =>
				eb.exists(
					eb
						.selectFrom('project_partners as pp')
						.select('pp.project_id')
						.whereRef('pp.organisation_id', '=', 'o.id')
						.where('pp.project_id', 'in', visibleIds)
				)
			)
			.orderBy(sql`lower(o.name)`)
			.execute()
	]);
	void locale;
	return { cities, organisations };
}

// Writing

export function updateProjectFields(
	db: Db,
	projectId: number,
	fields: {
		title: string;
		summary: string;
		status: ProjectStatus;
		visibility: 'public' | 'members';
		callId: number | null;
		budgetEur: number | null;
		startsOn: string | null;
		endsOn: string | null;
	}
) {
	return db
		.updateTable('projects')
		.set({
			title: fields.title,
			summary: fields.summary,
			status: fields.status,
			visibility: fields.visibility,
			call_id: fields.callId,
			budget_eur: fields.budgetEur,
			starts_on: fields.startsOn,
			ends_on: fields.endsOn,
			// the edit form's version: a save based on an older one is refused
			version: sql`version + 1`,
			updated_at: sql`now()`
		})
		.where('id', '=', projectId)
		.execute();
}

export async function setProjectAreas(db: Db, projectId: number, areaIds: number[]) {
	await db.deleteFrom('project_areas').where('project_id', '=', projectId).execute();
	const ids = [...new Set(areaIds)];
	if (ids.length)
		await db
			.insertInto('project_areas')
			.values(ids.map((area_id) => ({ project_id: projectId, area_id })))
			.execute();
}

export function setProjectStatus(db: Db, projectId: number, status: ProjectStatus) {
	return db
		.updateTable('projects')
		.set({ status, version: sql`version + 1`, updated_at: sql`now()` })
		.where('id', '=', projectId)
		.execute();
}

export function touchProject(db: Db, projectId: number) {
	return db
		.updateTable('projects')
		.set({ updated_at: sql`now()` })
		.where('id', '=', projectId)
		.execute();
}

export function insertUpdate(db: Db, row: { projectId: number; authorId: number; body: string; audience: Audience }) {
	return db
		.insertInto('project_updates')
		.values({ project_id: row.projectId, author_id: row.authorId, body: row.body, audience: row.audience })
		.returning('id')
		.executeTakeFirstOrThrow();
}

/** For the notification registry: projects' titles and slugs. */
export function listProjectTitles(db: Db, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db.selectFrom('projects').select(['id', 'slug', 'title']).where('id', 'in', ids).execute();
}
