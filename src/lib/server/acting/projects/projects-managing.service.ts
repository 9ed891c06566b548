/** Managing joint projects: starting one, editing its fields and status, its partners with their one lead. */
import { reindexProject } from '../../knowledge/search';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import {
	AppError,
	checkVersion,
	conflict,
	editVersion,
	invalid,
	notFound,
	validate,
	type Deps,
	type FieldErrors
} from '../../platform/core';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertAudit } from '../../platform/audit';
import { insertMail } from '../../platform/mail';
import { listAreas } from '../../knowledge/areas';
import type { Transaction } from 'kysely';
import type { DB, PartnerRole } from '../../platform/db';
import { assertOneLead, projectPolicy } from './projects.policy';
import * as q from './projects.queries';
import * as partnerQueries from './project-partners.queries';
import {
	newProjectSchema,
	partnerSchema,
	periodSchema,
	projectFieldsSchema,
	removePartnerSchema,
	statusSchema,
	type ProjectFields
} from './projects.schemas';
import { approvedOrganisationsOf, cityName, countryName } from '../../shared';
import { asLocale } from '../../platform/i18n';
import { visibleProject } from './projects-access';
import { getProject } from './projects-read.service';

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

type ProjectRow = NonNullable<Awaited<ReturnType<typeof q.findProjectBySlug>>>;

type ProjectFormValues = Record<
	'title' | 'summary' | 'status' | 'visibility' | 'call_id' | 'budget_eur' | 'starts_on' | 'ends_on',
	string
> & {
	area_ids: string[];
};

/** A stored project as the values of its edit form. */
function projectFormValues(row: ProjectRow, areaIds: number[]): ProjectFormValues {
	return {
		title: row.title,
		summary: row.summary,
		status: row.status,
		visibility: row.visibility,
		call_id: row.call_id === null ? '' : String(row.call_id),
		budget_eur: row.budget_eur === null ? '' : String(Number(row.budget_eur)),
		starts_on: row.starts_on ?? '',
		ends_on: row.ends_on ?? '',
		area_ids: areaIds.map(String)
	};
}

/** The edit page: current values, the version they are, and choices. */
export async function getProjectEditForm(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps) {
	const row = await editableProject(actor, input.slug, deps);
	const [project, options] = await Promise.all([getProject(actor, input, deps), formOptions(deps, input.locale)]);
	const taken = new Set(project.partners.map((p) => String(p.organisationId)));
	const values = projectFormValues(
		row,
		project.areas.map((a) => a.id)
	);
	return {
		project,
		values,
		version: editVersion(row.version, values),
		areas: options.areas,
		calls: options.calls,
		organisations: options.organisations.filter((o) => !taken.has(o.value))
	};
}

/**
 * Saves the fields of the edit form (title, summary, status, visibility, call, areas, budget,
 * period); refused when someone else changed them since the form was opened (edit-version.ts).
 */
export async function updateProject(actor: MaybeActor, input: { slug: string; values: unknown }, deps: Deps): Promise<void> {
	const row = await editableProject(actor, input.slug, deps);
	const fields = validateAll(input.values, false);
	await checkReferences(deps, fields);
	await deps.db.transaction().execute(async (trx) => {
		const locked = await q.lockProject(trx, row.id);
		await checkVersion({
			input: input.values,
			current: locked.version,
			theirs: async () => {
				const now = await q.findProjectBySlug(trx, row.slug);
				if (!now) throw notFound();
				return projectFormValues(
					now,
					(await q.listProjectAreas(trx, row.id, 'en')).map((a) => a.id)
				);
			}
		});
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
