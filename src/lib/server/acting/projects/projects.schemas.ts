import { z } from 'zod';
import type { Audience, PartnerRole, ProjectStatus } from '../../platform/db';
import { many, oneOf, optionalInt, optionalText, requiredText } from '../../platform/core';

/** The usual path of a joint project; `not_funded` branches off after `submitted`. */
export const PROJECT_STATUSES = [
	'idea',
	'forming',
	'submitted',
	'funded',
	'not_funded',
	'running',
	'completed'
] as const satisfies readonly ProjectStatus[];
export const PARTNER_ROLES = ['lead', 'partner', 'associated'] as const satisfies readonly PartnerRole[];
export const AUDIENCES = ['partners', 'members'] as const satisfies readonly Audience[];
export const PROJECT_VISIBILITIES = ['public', 'members'] as const;
export const PROJECTS_PAGE_SIZE = 20;

const positiveId = z.coerce.number<unknown>({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice');

/** A required choice of a row: missing or empty is "required", anything but a positive id "invalid". */
const requiredId = z.preprocess(
	(v) => (v === '' ? undefined : v),
	z
		.union([z.string(), z.number()], { error: 'error_required' })
		.pipe(z.coerce.number<string | number>({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice'))
);

const optionalId = z.preprocess((v) => (v === undefined || v === '' ? null : v), positiveId.nullable());

/** A calendar day as <input type="date"> sends it (YYYY-MM-DD), or empty. */
const optionalDate = z.preprocess(
	(v) => (typeof v === 'string' ? v.trim() : v),
	z.union([
		z.literal('').transform(() => null),
		z
			.string({ error: 'projects_error_date' })
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'projects_error_date')
			.refine((v) => {
				const date = new Date(`${v}T00:00:00Z`);
				return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
			}, 'projects_error_date')
			.refine((v) => v >= '1990-01-01' && v <= '2100-12-31', 'projects_error_date'),
		z.undefined().transform(() => null)
	])
);

/** The fields a project's lead edits; the same on the "new project" form. */
export const projectFieldsSchema = z.object({
	title: requiredText(200),
	summary: optionalText(20_000),
	status: oneOf(PROJECT_STATUSES),
	visibility: oneOf(PROJECT_VISIBILITIES),
	call_id: optionalId,
	area_ids: many(positiveId, 20),
	budget_eur: optionalInt(0, 1_000_000_000_000),
	starts_on: optionalDate,
	ends_on: optionalDate
});

/** Checked on its own so that a wrong period is named together with the other fields' errors. */
export const periodSchema = z
	.object({ starts_on: optionalDate, ends_on: optionalDate })
	.refine((v) => !v.starts_on || !v.ends_on || v.ends_on >= v.starts_on, { path: ['ends_on'], message: 'projects_error_period' });
export type ProjectFields = z.infer<typeof projectFieldsSchema>;

export const newProjectSchema = z.object({ organisation_id: requiredId });

export const statusSchema = z.object({ status: oneOf(PROJECT_STATUSES) });

export const partnerSchema = z.object({ organisation_id: requiredId, role: oneOf(PARTNER_ROLES) });
export const removePartnerSchema = z.object({ organisation_id: requiredId });

/** Form field `update_audience`: the page also has the documents' `audience` field, ids must differ. */
export const updateSchema = z.object({ body: requiredText(10_000), update_audience: oneOf(AUDIENCES) });

/** The list's filters from the address; anything odd is ignored rather than refused. */
export const listFiltersSchema = z.object({
	status: z.enum(PROJECT_STATUSES).or(z.literal('')).catch(''),
	area: z.string().trim().max(100).catch(''),
	city: z.string().trim().max(100).catch(''),
	organisation: z.string().trim().max(100).catch(''),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});
export type ProjectListFilters = z.infer<typeof listFiltersSchema>;

// DTOs: what pages receive.

export interface CityRef {
	slug: string;
	name: string;
	countryCode: string;
	countryName: string;
}

export interface OrganisationRef {
	slug: string;
	name: string;
}

/** One project in a list (the projects page, a city's or an organisation's page). */
export interface ProjectSummary {
	slug: string;
	title: string;
	status: ProjectStatus;
	visibility: 'public' | 'members';
	lead: OrganisationRef | null;
	/** The partners' cities, each once, lead's first. */
	cities: CityRef[];
	partnerCount: number;
	/** YYYY-MM-DD or null. */
	startsOn: string | null;
	endsOn: string | null;
	/** On an organisation's list: that organisation's role in the project. */
	role?: PartnerRole;
}

export interface ProjectPartner extends OrganisationRef {
	organisationId: number;
	role: PartnerRole;
	city: CityRef;
}

export interface ProjectUpdate {
	id: number;
	author: { name: string; handle: string } | null;
	/** Sanitised HTML from the Markdown body. */
	html: string;
	audience: Audience;
	createdAt: string;
}

export interface ProjectDetails {
	id: number;
	slug: string;
	title: string;
	status: ProjectStatus;
	/** Markdown as typed, for the edit form (empty unless the viewer may edit). */
	summary: string;
	summaryHtml: string;
	visibility: 'public' | 'members';
	call: { slug: string; title: string } | null;
	callId: number | null;
	areas: { id: number; key: string; name: string }[];
	budgetEur: number | null;
	startsOn: string | null;
	endsOn: string | null;
	partners: ProjectPartner[];
	/** Only what the viewer may read; empty for visitors and non-members. */
	updates: ProjectUpdate[];
	/** The audiences the viewer may read (documents filter by it too). */
	readable: Audience[];
	can: { edit: boolean; contribute: boolean };
	/** The viewer belongs to a partner organisation. */
	isPartner: boolean;
}
