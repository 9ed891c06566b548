/** Translated labels and locale formats for the practice pages. */
import { m } from '$lib/paraglide/messages';
import { dateFormat, displayNames, numberFormat } from '$lib/intl';

type Message = () => string;

const STATUS: Record<string, Message> = {
	idea: m.practice_status_idea,
	ongoing: m.practice_status_ongoing,
	completed: m.practice_status_completed,
	abandoned: m.practice_status_abandoned
};

const VISIBILITY: Record<string, Message> = {
	public: m.practice_visibility_public,
	members: m.practice_visibility_members
};

const SOURCE: Record<string, Message> = {
	eu: m.practice_source_eu,
	national: m.practice_source_national,
	regional: m.practice_source_regional,
	municipal: m.practice_source_municipal,
	private: m.practice_source_private,
	other: m.practice_source_other
};

const CHANGED: Record<string, Message> = {
	city: m.practice_changed_city,
	status: m.practice_changed_status,
	visibility: m.practice_changed_visibility,
	original_language: m.practice_changed_original_language,
	period: m.practice_changed_period,
	funding: m.practice_changed_funding,
	outcomes: m.practice_changed_outcomes,
	links: m.practice_changed_links,
	areas: m.practice_changed_areas,
	organisations: m.practice_changed_organisations,
	contacts: m.practice_changed_contacts,
	published: m.practice_changed_published
};

export const STATUSES = Object.keys(STATUS);
export const FUNDING_SOURCES = Object.keys(SOURCE);
export const CURRENCIES = ['EUR', 'PLN', 'CZK', 'GBP', 'HUF', 'RON', 'SEK', 'DKK', 'NOK', 'CHF', 'UAH', 'BGN', 'USD'];

export const statusLabel = (status: string) => STATUS[status]?.() ?? status;
export const visibilityLabel = (v: string) => VISIBILITY[v]?.() ?? v;
export const sourceLabel = (source: string) => SOURCE[source]?.() ?? source;

export const statusOptions = () => STATUSES.map((value) => ({ value, label: statusLabel(value) }));
export const visibilityOptions = () => Object.keys(VISIBILITY).map((value) => ({ value, label: visibilityLabel(value) }));
export const sourceOptions = () => FUNDING_SOURCES.map((value) => ({ value, label: sourceLabel(value) }));
export const currencyOptions = () => CURRENCIES.map((value) => ({ value, label: value }));

/**
 * A history entry's changed field: "status" → "Status", "texts.en.title" → "Title (English)";
 * `fields` holds the text fields' labels (the server's, from the practice field table).
 */
export function changedLabel(name: string, locale: string, fields: Record<string, string>): string {
	const text = /^texts\.([a-z]{2})\.([a-z_]+)$/.exec(name);
	if (text)
		return m.practice_changed_text({ field: fields[text[2]] ?? text[2], language: inSentence(languageLabel(text[1], locale), locale) });
	return CHANGED[name]?.() ?? name;
}

/** A language name inside a sentence: Polish writes them in lower case ("w języku niemieckim"). */
export const inSentence = (label: string, locale: string) => (locale === 'pl' ? label.toLocaleLowerCase('pl') : label);

export function languageLabel(code: string, locale: string): string {
	try {
		const name = displayNames([locale], { type: 'language' }).of(code) ?? code;
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	} catch {
		return code;
	}
}

export function formatMoney(minor: number, currency: string | null, locale: string): string {
	if (!currency) return numberFormat(locale, { minimumFractionDigits: minor % 100 ? 2 : 0 }).format(minor / 100);
	try {
		return numberFormat(locale, {
			style: 'currency',
			currency,
			minimumFractionDigits: minor % 100 ? 2 : 0,
			maximumFractionDigits: 2
		}).format(minor / 100);
	} catch {
		return `${numberFormat(locale).format(minor / 100)} ${currency}`;
	}
}

export const formatNumber = (value: number, locale: string) => numberFormat(locale, { maximumFractionDigits: 4 }).format(value);

/** 'YYYY-MM-DD' → "March 2021" / "marzec 2021". */
export function formatMonth(date: string, locale: string): string {
	return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatPeriod(start: string | null, end: string | null, locale: string): string {
	if (start && end) return m.practice_period_range({ start: formatMonth(start, locale), end: formatMonth(end, locale) });
	if (start) return m.practice_period_since({ start: formatMonth(start, locale) });
	if (end) return m.practice_period_until({ end: formatMonth(end, locale) });
	return '';
}

export const formatDate = (iso: string, locale: string) =>
	dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

export function formatBytes(bytes: number, locale: string): string {
	const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
	return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** How many rows of a repeated group to show: the filled ones plus some empty, at least `min`. */
export function rowCount(values: Record<string, unknown> | undefined, prefix: string, min: number, spare: number): number {
	let highest = -1;
	const pattern = new RegExp(`^${prefix}_[a-z]+_(\\d+)$`);
	for (const [key, value] of Object.entries(values ?? {})) {
		const match = pattern.exec(key);
		if (match && String(value ?? '').trim()) highest = Math.max(highest, Number(match[1]));
	}
	return Math.min(30, Math.max(min, highest + 1 + spare));
}
