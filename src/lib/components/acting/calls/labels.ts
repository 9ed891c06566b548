/** Translated labels for the calls and partner-search domains' fixed values. */
import { m } from '$lib/paraglide/messages';

type Message = () => string;

const CALL_STATUS: Record<string, Message> = {
	pending: m.calls_status_pending,
	checked: m.calls_status_checked,
	rejected: m.calls_status_rejected
};

const SEARCH_STATUS: Record<string, Message> = {
	open: m.partners_status_open,
	complete: m.partners_status_complete,
	closed: m.partners_status_closed
};

const ROLES: Record<string, Message> = {
	lead: m.partners_role_lead,
	partner: m.partners_role_partner,
	associated: m.partners_role_associated
};

export const callStatusLabel = (status: string) => CALL_STATUS[status]?.() ?? status;
export const searchStatusLabel = (status: string) => SEARCH_STATUS[status]?.() ?? status;
export const roleLabel = (role: string) => ROLES[role]?.() ?? role;

/** "Days left: 12", "Closes today" or "Closed": words, not only a colour. */
export function daysLeftLabel(daysLeft: number): string {
	if (daysLeft < 0) return m.calls_closed();
	if (daysLeft === 0) return m.calls_closes_today();
	return m.calls_days_left({ days: daysLeft });
}
