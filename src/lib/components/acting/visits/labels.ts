/** Labels shared by the study-visit pages: who pays, application states, language names. */
import { m } from '$lib/paraglide/messages';
import { displayNames } from '$lib/intl';

export const PAID_BY = ['visitors', 'host', 'shared', 'programme'] as const;
export type PaidBy = (typeof PAID_BY)[number];

export const paidByLabel = (value: string) =>
	({
		host: m.visits_paid_by_host,
		visitors: m.visits_paid_by_visitors,
		shared: m.visits_paid_by_shared,
		programme: m.visits_paid_by_programme
	})[value as PaidBy]?.() ?? value;

export const statusLabel = (status: string) =>
	({
		pending: m.visits_status_pending,
		accepted: m.visits_status_accepted,
		declined: m.visits_status_declined,
		withdrawn: m.visits_status_withdrawn
	})[status as 'pending']?.() ?? status;

/** Languages offered for a visit: the network's common ones. */
export const LANGUAGES = ['pl', 'en', 'de', 'cs', 'fr', 'nl', 'es', 'it', 'fi'] as const;

export function languageLabel(code: string, locale: string): string {
	try {
		const name = displayNames([locale], { type: 'language' }).of(code) ?? code;
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	} catch {
		return code;
	}
}
