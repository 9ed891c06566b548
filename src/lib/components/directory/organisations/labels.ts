/** Translated labels for the organisations and membership domains' fixed values. */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { dateFormat } from '$lib/intl';

type Message = () => string;

const TYPE_LABELS: Record<string, Message> = {
	local_government: m.org_type_local_government,
	ngo: m.org_type_ngo,
	public_institution: m.org_type_public_institution,
	informal_group: m.org_type_informal_group,
	research: m.org_type_research,
	business: m.org_type_business
};

const ROLE_LABELS: Record<string, Message> = {
	admin: m.org_role_admin,
	member: m.org_role_member
};

const STATUS_LABELS: Record<string, Message> = {
	pending: m.membership_status_pending,
	approved: m.membership_status_approved,
	declined: m.membership_status_declined
};

const PLATFORM_ROLE_LABELS: Record<string, Message> = {
	person: m.admin_role_person,
	coordinator: m.admin_role_coordinator,
	admin: m.admin_role_admin
};

export const typeLabel = (type: string) => TYPE_LABELS[type]?.() ?? type;
export const roleLabel = (role: string) => ROLE_LABELS[role]?.() ?? role;
export const statusLabel = (status: string) => STATUS_LABELS[status]?.() ?? status;
export const platformRoleLabel = (role: string) => PLATFORM_ROLE_LABELS[role]?.() ?? role;

export const typeOptions = (types: readonly string[]) => types.map((value) => ({ value, label: typeLabel(value) }));
export const roleOptions = () => Object.keys(ROLE_LABELS).map((value) => ({ value, label: roleLabel(value) }));
export const platformRoleOptions = () => Object.keys(PLATFORM_ROLE_LABELS).map((value) => ({ value, label: platformRoleLabel(value) }));

/** A date in the page's language: "26 listopada 2026" / "26 November 2026". */
export function formatDate(iso: string, locale: Locale): string {
	return dateFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));
}
