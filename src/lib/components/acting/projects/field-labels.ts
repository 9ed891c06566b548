import { m } from '$lib/paraglide/messages';

/** Field name → label, for the error summary of the project forms. */
export const fieldLabels = (): Record<string, string> => ({
	organisation_id: m.projects_field_lead(),
	title: m.projects_field_title(),
	summary: m.projects_field_summary(),
	status: m.projects_field_status(),
	visibility: m.projects_field_visibility(),
	call_id: m.projects_field_call(),
	area_ids: m.projects_field_areas(),
	budget_eur: m.projects_field_budget(),
	starts_on: m.projects_field_starts_on(),
	ends_on: m.projects_field_ends_on()
});
