/** Translated labels and formats for joint projects. */
import { m } from '$lib/paraglide/messages';
import type { Audience, PartnerRole, ProjectStatus } from '$lib/server/acting/projects';
import { dateFormat, numberFormat } from '$lib/intl';

const STATUSES: Record<ProjectStatus, () => string> = {
	idea: m.projects_status_idea,
	forming: m.projects_status_forming,
	submitted: m.projects_status_submitted,
	funded: m.projects_status_funded,
	not_funded: m.projects_status_not_funded,
	running: m.projects_status_running,
	completed: m.projects_status_completed
};

const ROLES: Record<PartnerRole, () => string> = {
	lead: m.projects_role_lead,
	partner: m.projects_role_partner,
	associated: m.projects_role_associated
};

const AUDIENCES: Record<Audience, () => string> = {
	partners: m.projects_audience_partners,
	members: m.projects_audience_members
};

export const statusLabel = (status: ProjectStatus) => STATUSES[status]();
export const roleLabel = (role: PartnerRole) => ROLES[role]();
export const audienceLabel = (audience: Audience) => AUDIENCES[audience]();

export const statusOptions = (statuses: readonly ProjectStatus[]) => statuses.map((s) => ({ value: s, label: statusLabel(s) }));
export const roleOptions = () => (['lead', 'partner', 'associated'] as const).map((r) => ({ value: r, label: roleLabel(r) }));

/**
 * The steps a project goes through: the usual path, or the path that ended with no funding.
 * Statuses are shown in order with the current one marked.
 */
export function statusPath(status: ProjectStatus): ProjectStatus[] {
	return status === 'not_funded'
		? ['idea', 'forming', 'submitted', 'not_funded']
		: ['idea', 'forming', 'submitted', 'funded', 'running', 'completed'];
}

/** Whole euros in the page's language: "120 000 €" / "€120,000". */
export const formatBudget = (euros: number, locale: string) =>
	numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);

/** A calendar day (YYYY-MM-DD), read in UTC so no time zone moves it. */
export const formatDay = (day: string, locale: string) =>
	dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** "1 March 2027 – 31 December 2028", or one end with "from"/"until"; '' when neither is known. */
export function formatPeriod(startsOn: string | null, endsOn: string | null, locale: string): string {
	if (startsOn && endsOn) {
		const format = dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		return format.formatRange(new Date(`${startsOn}T00:00:00Z`), new Date(`${endsOn}T00:00:00Z`));
	}
	if (startsOn) return m.projects_period_from({ date: formatDay(startsOn, locale) });
	if (endsOn) return m.projects_period_until({ date: formatDay(endsOn, locale) });
	return '';
}
