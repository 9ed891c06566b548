/**
 * Joint projects: the list, one project's page, creating and editing, partners, updates.
 *
 * Who sees what (projects.policy.ts): public projects everyone, members-only ones members and the
 * partners' people. Updates and documents have an audience: `members` (every network member) or
 * `partners` (people of the partner organisations, coordinators, admins). People of the lead
 * organisation edit; people of any partner organisation post updates and documents.
 */
import { reindexProject } from '../../knowledge/search';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { AppError, conflict, invalid, notFound, validate, type Deps, type FieldErrors } from '../../platform/core';
import { authorize, isCoordinator, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { insertMail } from '../../platform/mail';
import { listAreas } from '../../knowledge/areas';
import type { Transaction } from 'kysely';
import type { DB, PartnerRole } from '../../platform/db';
import { assertOneLead, projectPolicy, readableAudiences, type ProjectStanding } from './projects.policy';
import * as q from './projects.queries';
import * as partnerQueries from './project-partners.queries';
import {
	listFiltersSchema,
	newProjectSchema,
	partnerSchema,
	periodSchema,
	projectFieldsSchema,
	PROJECT_STATUSES,
	PROJECTS_PAGE_SIZE,
	removePartnerSchema,
	statusSchema,
	updateSchema,
	type CityRef,
	type ProjectDetails,
	type ProjectFields,
	type ProjectListFilters,
	type ProjectSummary
} from './projects.schemas';
import { sortCollator } from '$lib/intl';
import { approvedOrganisationsOf, cityName, countryName, renderMarkdown } from '../../shared';
import { asLocale } from '../../platform/i18n';

type PartnerRow = Awaited<ReturnType<typeof partnerQueries.listPartnersOf>>[number];

const viewerOf = (actor: MaybeActor) => (actor ? { id: actor.id, isMember: actor.isMember, coordinator: isCoordinator(actor) } : null);

const cityRefOf = (row: PartnerRow, locale: string): CityRef => ({
	slug: row.city_slug,
	name: cityName({ name: row.city_name, name_en: row.city_name_en }, locale),
	countryCode: row.country_code.trim(),
	countryName: countryName(row.country_code.trim(), locale)
});

/** Rows of a list with their partners, as the list component shows them. */
async function summariesOf(
	deps: Deps,
	rows: Awaited<ReturnType<typeof q.listProjects>>['rows'],
	locale: string,
	roleOf?: number
): Promise<ProjectSummary[]> {
	const partners = await partnerQueries.listPartnersOf(
		deps.db,
		rows.map((r) => r.id)
	);
	return rows.map((row) => {
		const mine = partners.filter((p) => p.project_id === row.id);
		const lead = mine.find((p) => p.role === 'lead');
		const cities = new Map<string, CityRef>();
		for (const p of mine) if (!cities.has(p.city_slug)) cities.set(p.city_slug, cityRefOf(p, locale));
		const summary: ProjectSummary = {
			slug: row.slug,
			title: row.title,
			status: row.status,
			visibility: row.visibility,
			lead: lead ? { slug: lead.slug, name: lead.name } : null,
			cities: [...cities.values()],
			partnerCount: mine.length,
			startsOn: row.starts_on,
			endsOn: row.ends_on
		};
		if (roleOf !== undefined) {
			const role = mine.find((p) => p.organisation_id === roleOf)?.role;
			if (role) summary.role = role;
		}
		return summary;
	});
}

/** The projects page: filters from the address (status, area key, city slug, organisation slug, page). */
export async function listProjects(actor: MaybeActor, params: URLSearchParams, deps: Deps, locale: Locale) {
	const filters: ProjectListFilters = validate(listFiltersSchema, Object.fromEntries(params));
	const viewer = viewerOf(actor);
	const [{ rows, total }, areas, options] = await Promise.all([
		q.listProjects(deps.db, {
			viewer,
			status: filters.status,
			areaKey: filters.area,
			citySlug: filters.city,
			organisationSlug: filters.organisation,
			limit: PROJECTS_PAGE_SIZE,
			offset: (filters.page - 1) * PROJECTS_PAGE_SIZE
		}),
		listAreas(deps.db, locale),
		q.listFilterOptions(deps.db, viewer, locale)
	]);
	const collator = sortCollator(locale);
	return {
		filters,
		items: await summariesOf(deps, rows, locale),
		total,
		page: filters.page,
		pages: Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE)),
		canCreate: projectPolicy.start(actor),
		options: {
			statuses: [...PROJECT_STATUSES],
			areas: areas.map((a) => ({ value: a.key, label: a.name })),
			cities: options.cities
				.map((c) => ({ value: c.slug, label: `${cityName(c, locale)} (${countryName(c.country_code.trim(), locale)})` }))
				.sort((a, b) => collator.compare(a.label, b.label)),
			organisations: options.organisations.map((o) => ({ value: o.slug, label: o.name }))
		}
	};
}

/**
 * The projects an organisation takes part in, as the viewer may see them (each with the
 * organisation's role), for the organisation's page. Render with ProjectList.svelte.
 */
export async function projectsOfOrganisation(
	deps: Deps,
	viewer: MaybeActor,
	organisationId: number,
	locale: Locale = 'pl'
): Promise<ProjectSummary[]> {
	const { rows } = await q.listProjects(deps.db, { viewer: viewerOf(viewer), organisationId, limit: 100, offset: 0 });
	return summariesOf(deps, rows, locale, organisationId);
}

/** The projects organisations of a city take part in, as the viewer may see them, for the city's page. */
export async function projectsOfCity(deps: Deps, viewer: MaybeActor, cityId: number, locale: Locale = 'pl'): Promise<ProjectSummary[]> {
	const { rows } = await q.listProjects(deps.db, { viewer: viewerOf(viewer), cityId, limit: 100, offset: 0 });
	return summariesOf(deps, rows, locale);
}

/** The project at this address with the viewer's standing; missing and hidden are both 404. */
async function visibleProject(deps: Deps, actor: MaybeActor, slug: string) {
	const row = await q.findProjectBySlug(deps.db, slug);
	if (!row) throw notFound();
	const standing: ProjectStanding = await partnerQueries.standingOf(deps.db, row.id, actor?.id ?? null);
	authorize(actor, projectPolicy, 'view', { visibility: row.visibility, standing });
	return { row, standing };
}

/** One project as its page shows it; updates filtered to what the viewer may read. */
export async function getProject(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps): Promise<ProjectDetails> {
	const { row, standing } = await visibleProject(deps, actor, input.slug);
	const readable = readableAudiences(actor, standing);
	const [partners, areas, call, updates] = await Promise.all([
		partnerQueries.listPartnersOf(deps.db, [row.id]),
		q.listProjectAreas(deps.db, row.id, input.locale),
		row.call_id ? q.findCheckedCall(deps.db, row.call_id) : undefined,
		q.listUpdates(deps.db, row.id, readable)
	]);
	const canEdit = projectPolicy.edit(actor, standing);
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		status: row.status,
		summary: canEdit ? row.summary : '',
		summaryHtml: renderMarkdown(row.summary),
		visibility: row.visibility,
		call: call ? { slug: call.slug, title: call.title } : null,
		callId: canEdit ? row.call_id : null,
		areas,
		budgetEur: row.budget_eur === null ? null : Number(row.budget_eur),
		startsOn: row.starts_on,
		endsOn: row.ends_on,
		partners: partners.map((p) => ({
			organisationId: p.organisation_id,
			slug: p.slug,
			name: p.name,
			role: p.role,
			city: cityRefOf(p, input.locale)
		})),
		updates: updates.map((u) => ({
			id: u.id,
			author: u.author_name && u.author_handle ? { name: u.author_name, handle: u.author_handle } : null,
			html: renderMarkdown(u.body),
			audience: u.audience,
			createdAt: new Date(u.created_at).toISOString()
		})),
		readable,
		can: { edit: canEdit, contribute: projectPolicy.contribute(actor, standing) },
		isPartner: standing.partner
	};
}

/**
 * The project's id for its documents, if the actor may see it (missing and hidden are 404). Who
 * uploads and deletes is the documents service's decision, through this domain's policy.
 */
export async function projectForDocuments(actor: MaybeActor, slug: string, deps: Deps): Promise<{ id: number }> {
	const { row } = await visibleProject(deps, actor, slug);
	return { id: row.id };
}

/** Choices for the project forms: areas, checked calls, member organisations. */
async function formOptions(deps: Deps, locale: Locale) {
	const [areas, calls, organisations] = await Promise.all([
		listAreas(deps.db, locale),
		q.listCallOptions(deps.db),
		partnerQueries.listOrganisationOptions(deps.db)
	]);
	return {
		areas: areas.map((a) => ({ value: String(a.id), label: a.name })),
		calls: calls.map((c) => ({ value: String(c.id), label: c.title })),
		organisations: organisations.map((o) => ({
			value: String(o.id),
			label: `${o.name} (${cityName({ name: o.city_name, name_en: o.city_name_en }, locale)}, ${countryName(o.country_code.trim(), locale)})`
		}))
	};
}

/** What the "new project" form needs: the actor's organisations (one becomes the lead) and choices. */
export async function getNewProjectForm(actor: MaybeActor, locale: Locale, deps: Deps) {
	authorize(actor, projectPolicy, 'signedIn');
	const [organisations, options] = await Promise.all([approvedOrganisationsOf(deps.db, actor.id), formOptions(deps, locale)]);
	return {
		organisations: organisations.map((o) => ({ value: String(o.id), label: o.name })),
		areas: options.areas,
		calls: options.calls,
		blocked: !projectPolicy.start(actor) ? ('not_member' as const) : organisations.length === 0 ? ('no_organisation' as const) : null
	};
}

/** The call, areas and (for a new project) the lead organisation must exist. */
async function checkReferences(deps: Deps, fields: ProjectFields) {
	if (fields.call_id !== null && !(await q.findCheckedCall(deps.db, fields.call_id)))
		throw invalid({ call_id: { key: 'error_invalid_choice' } });
	const areaIds = [...new Set(fields.area_ids)];
	if ((await q.countAreas(deps.db, areaIds)) !== areaIds.length) throw invalid({ area_ids: { key: 'error_invalid_choice' } });
}

/**
 * A member creates a project for one of their organisations, which becomes its lead. Values are
 * the form's: organisation_id, title, summary, status, visibility, call_id, area_ids,
 * budget_eur, starts_on, ends_on.
 */
export async function createProject(actor: MaybeActor, input: { values: unknown }, deps: Deps): Promise<{ id: number; slug: string }> {
	authorize(actor, projectPolicy, 'start');
	const fields = validateAll(input.values, true);
	const organisationId = fields.organisation_id!;
	const belongs = (await approvedOrganisationsOf(deps.db, actor.id)).some((o) => o.id === organisationId);
	if (!belongs && !(projectPolicy.leadAnywhere(actor) && (await partnerQueries.isApprovedOrganisation(deps.db, organisationId))))
		throw invalid({ organisation_id: { key: 'projects_error_not_your_organisation' } });
	authorize(actor, projectPolicy, 'createFor', { belongsToOrganisation: belongs });
	await checkReferences(deps, fields);
	const partners = [{ organisationId, role: 'lead' as PartnerRole }];
	assertOneLead(partners);
	return deps.db.transaction().execute(async (trx) => {
		const created = await q.insertProject(trx, {
			title: fields.title,
			summary: fields.summary,
			status: fields.status,
			callId: fields.call_id,
			areaIds: fields.area_ids,
			partners,
			createdBy: actor.id,
			visibility: fields.visibility,
			budgetEur: fields.budget_eur,
			startsOn: fields.starts_on,
			endsOn: fields.ends_on
		});
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'project.create',
			subjectType: 'project',
			subjectId: created.id,
			details: { leadOrganisationId: organisationId }
		});
		await reindexProject(trx, created.id);
		return created;
	});
}

/** Validates the fields, the period, and the lead organisation for a new project; all field errors at once. */
function validateAll(values: unknown, withOrganisation: boolean): ProjectFields & { organisation_id?: number } {
	let errors: FieldErrors = {};
	function attempt<T>(run: () => T): T | undefined {
		try {
			return run();
		} catch (e) {
			if (!(e instanceof AppError)) throw e;
			errors = { ...e.fieldErrors, ...errors };
			return undefined;
		}
	}
	const fields = attempt(() => validate(projectFieldsSchema, values));
	attempt(() => validate(periodSchema, values));
	const organisationId = withOrganisation ? attempt(() => validate(newProjectSchema, values).organisation_id) : undefined;
	if (!fields || Object.keys(errors).length) throw invalid(errors);
	return { ...fields, organisation_id: organisationId };
}

/** A project the actor may edit (lead organisation's people, coordinators); others get 404. */
async function editableProject(actor: MaybeActor, slug: string, deps: Deps) {
	authorize(actor, projectPolicy, 'signedIn');
	const { row, standing } = await visibleProject(deps, actor, slug);
	authorize(actor, projectPolicy, 'edit', standing);
	return row;
}

/** The edit page: current values and choices. */
export async function getProjectEditForm(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps) {
	await editableProject(actor, input.slug, deps);
	const [project, options] = await Promise.all([getProject(actor, input, deps), formOptions(deps, input.locale)]);
	const taken = new Set(project.partners.map((p) => String(p.organisationId)));
	return { project, areas: options.areas, calls: options.calls, organisations: options.organisations.filter((o) => !taken.has(o.value)) };
}

/** Saves the fields of the edit form (title, summary, status, visibility, call, areas, budget, period). */
export async function updateProject(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const row = await editableProject(actor, input.slug, deps);
	const fields = validateAll(input.values, false);
	await checkReferences(deps, fields);
	await deps.db.transaction().execute(async (trx) => {
		await q.updateProjectFields(trx, row.id, {
			title: fields.title,
			summary: fields.summary,
			status: fields.status,
			visibility: fields.visibility,
			callId: fields.call_id,
			budgetEur: fields.budget_eur,
			startsOn: fields.starts_on,
			endsOn: fields.ends_on
		});
		await q.setProjectAreas(trx, row.id, fields.area_ids);
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'project.update',
			subjectType: 'project',
			subjectId: row.id,
			details: row.status !== fields.status ? { from: row.status, to: fields.status } : {}
		});
		await reindexProject(trx, row.id);
	});
}

/** Moves the project to another status (any: projects go back as well as forward). */
export async function changeProjectStatus(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const row = await editableProject(actor, input.slug, deps);
	const { status } = validate(statusSchema, input.values);
	if (status === row.status) return;
	await deps.db.transaction().execute(async (trx) => {
		await q.setProjectStatus(trx, row.id, status);
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'project.status',
			subjectType: 'project',
			subjectId: row.id,
			details: { from: row.status, to: status }
		});
		await reindexProject(trx, row.id);
	});
}

/**
 * Adds, changes or removes a partner under the project's lock, keeping exactly one lead: making an
 * organisation the lead makes the old lead a partner; the lead itself cannot be removed or
 * demoted (make another organisation the lead first).
 */
async function changePartners(
	actor: MaybeActor,
	slug: string,
	deps: Deps,
	change: (roles: Map<number, PartnerRole>) => { organisationId: number; role: PartnerRole | null; action: string },
	/** More to write in the same transaction once the change is made (mail). */
	after?: (trx: Transaction<DB>) => Promise<void>
) {
	const row = await editableProject(actor, slug, deps);
	await deps.db.transaction().execute(async (trx) => {
		await q.lockProject(trx, row.id);
		const roles = new Map((await partnerQueries.listPartnerRoles(trx, row.id)).map((p) => [p.organisation_id, p.role]));
		const wanted = change(roles);
		const before = roles.get(wanted.organisationId) ?? null;
		if (wanted.role === 'lead') {
			for (const [id, role] of roles)
				if (role === 'lead' && id !== wanted.organisationId) {
					await partnerQueries.setPartnerRole(trx, row.id, id, 'partner');
					roles.set(id, 'partner');
				}
		}
		if (wanted.role === null) {
			await partnerQueries.deletePartner(trx, row.id, wanted.organisationId);
			roles.delete(wanted.organisationId);
		} else if (before === null) {
			await partnerQueries.insertPartner(trx, row.id, wanted.organisationId, wanted.role);
			roles.set(wanted.organisationId, wanted.role);
		} else {
			await partnerQueries.setPartnerRole(trx, row.id, wanted.organisationId, wanted.role);
			roles.set(wanted.organisationId, wanted.role);
		}
		assertOneLead([...roles].map(([organisationId, role]) => ({ organisationId, role })));
		await q.touchProject(trx, row.id);
		await insertAudit(trx, {
			actorId: actor!.id,
			action: wanted.action,
			subjectType: 'project',
			subjectId: row.id,
			details: { organisationId: wanted.organisationId, from: before, to: wanted.role }
		});
		// partners' names and the lead's city are part of the project's search document
		await reindexProject(trx, row.id);
		await after?.(trx);
	});
}

const ROLE_LABELS: Record<PartnerRole, (inputs: object, options: { locale: Locale }) => string> = {
	lead: m.projects_role_lead,
	partner: m.projects_role_partner,
	associated: m.projects_role_associated
};

/**
 * Adds a member organisation with a role (form values organisation_id, role). Its admins hear of
 * it by mail, in their language, with the project's address.
 */
export async function addPartner(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const { organisation_id, role } = validate(partnerSchema, input.values);
	const row = await editableProject(actor, input.slug, deps);
	if (!(await partnerQueries.isApprovedOrganisation(deps.db, organisation_id)))
		throw invalid({ organisation_id: { key: 'error_invalid_choice' } });
	await changePartners(
		actor,
		input.slug,
		deps,
		(roles) => {
			if (roles.has(organisation_id))
				throw conflict('projects_error_already_partner', { organisation_id: { key: 'projects_error_already_partner' } });
			return { organisationId: organisation_id, role, action: 'project.partner_add' };
		},
		async (trx) => {
			for (const admin of await partnerQueries.listOrganisationAdmins(trx, organisation_id)) {
				if (admin.id === actor!.id) continue;
				const locale = asLocale(admin.locale);
				const params = {
					name: admin.name,
					organisation: admin.organisation_name,
					title: row.title,
					role: ROLE_LABELS[role]({}, { locale }),
					by: actor!.name
				};
				await insertMail(trx, {
					to: admin.email,
					subject: m.projects_mail_partner_added_subject(params, { locale }),
					text: m.projects_mail_partner_added_text({ ...params, url: `${deps.origin}/${locale}/projects/${row.slug}` }, { locale })
				});
			}
		}
	);
}

/** Changes a partner's role (form values organisation_id, role). */
export async function changePartnerRole(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const { organisation_id, role } = validate(partnerSchema, input.values);
	await changePartners(actor, input.slug, deps, (roles) => {
		const current = roles.get(organisation_id);
		if (!current) throw notFound();
		if (current === 'lead' && role !== 'lead') throw invalid({ role: { key: 'projects_error_lead_stays' } }, 'projects_error_lead_stays');
		return { organisationId: organisation_id, role, action: 'project.partner_role' };
	});
}

/** Removes a partner (form value organisation_id); never the lead. */
export async function removePartner(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const { organisation_id } = validate(removePartnerSchema, input.values);
	await changePartners(actor, input.slug, deps, (roles) => {
		const current = roles.get(organisation_id);
		if (!current) throw notFound();
		if (current === 'lead') throw invalid({ organisation_id: { key: 'projects_error_lead_stays' } }, 'projects_error_lead_stays');
		return { organisationId: organisation_id, role: null, action: 'project.partner_remove' };
	});
}

/** A partner's person posts an update (form values body in Markdown, update_audience partners|members). */
export async function postProjectUpdate(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<{ id: number }> {
	authorize(actor, projectPolicy, 'signedIn');
	const { row, standing } = await visibleProject(deps, actor, input.slug);
	authorize(actor, projectPolicy, 'contribute', standing);
	const { body, update_audience: audience } = validate(updateSchema, input.values);
	return deps.db.transaction().execute(async (trx) => {
		const created = await q.insertUpdate(trx, { projectId: row.id, authorId: actor.id, body, audience });
		await q.touchProject(trx, row.id);
		return created;
	});
}
