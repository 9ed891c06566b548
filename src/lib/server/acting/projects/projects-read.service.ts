/** Reading joint projects: the list with its filters, an organisation's and a city's projects, one project's page. */
import type { Locale } from '$lib/paraglide/runtime';
import { validate, type Deps } from '../../platform/core';
import { isCoordinator, type MaybeActor } from '../../platform/auth';
import { listAreas } from '../../knowledge/areas';
import { visibleAuthor } from '../../directory/people';
import { projectPolicy, readableAudiences } from './projects.policy';
import * as q from './projects.queries';
import * as partnerQueries from './project-partners.queries';
import {
	listFiltersSchema,
	PROJECT_STATUSES,
	PROJECTS_PAGE_SIZE,
	type CityRef,
	type ProjectDetails,
	type ProjectListFilters,
	type ProjectSummary
} from './projects.schemas';
import { sortCollator } from '$lib/intl';
import { cityName, countryName, renderMarkdown } from '../../shared';
import { visibleProject } from './projects-access';

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
			// named as discussions name authors: only to readers who may see the person's profile
			author: visibleAuthor(actor, {
				id: u.author_id,
				name: u.author_name,
				handle: u.author_handle,
				visibility: u.author_visibility,
				hidden_at: u.author_hidden_at
			}),
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
