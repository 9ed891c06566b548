/**
 * The import format (docs/import-format.md): one practice per CSV row or JSON object. The columns
 * come from the practice field table (IMPORT_COLUMNS); this file turns one raw record into a clean
 * row, collecting every problem by field.
 */
import { z } from 'zod';
import { AppError, requiredText, validate, type FieldErrors, type MessageRef } from '../../platform/core';
import type { FundingItem, FundingSource, Outcome, PracticeLink } from '../../platform/db';
import {
	CONTENT_VISIBILITIES,
	CURRENCIES,
	FUNDING_SOURCES,
	IMPORT_COLUMNS,
	LIMITS,
	parseMoney,
	parsePeriod,
	PRACTICE_LANGUAGES,
	PRACTICE_STATUSES,
	TEXT_FIELDS,
	textShape,
	type PracticeTexts
} from '../practices';
import { countryName } from '../../shared';

export type ImportFormat = 'csv' | 'json';

export const MAX_IMPORT_MB = 10;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
/** Separates the values of a multi-valued CSV cell (areas, organisations, links). */
export const LIST_SEPARATOR = '|';

/** Columns of the CSV header and keys of a JSON object. */
export const IMPORT_FIELDS: readonly string[] = IMPORT_COLUMNS.filter((c) => !c.jsonOnly).map((c) => c.column);
/** Nested data that a spreadsheet cell cannot hold well (translations: the texts in other languages). */
export const JSON_ONLY_FIELDS: readonly string[] = [...IMPORT_COLUMNS.filter((c) => c.jsonOnly).map((c) => c.column), 'translations'];
export const REQUIRED_FIELDS: readonly string[] = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.column);
/** The text fields a file may hold (their column is their name), in the original and in translations. */
const IMPORTED_TEXT = TEXT_FIELDS.filter((f) => f.import.length > 0);

export interface ImportRow {
	/** The text fields, in `language`. */
	texts: Partial<PracticeTexts> & { title: string };
	city: string;
	country: string;
	language: string;
	areaKeys: string[];
	visibility: (typeof CONTENT_VISIBILITIES)[number];
	status: (typeof PRACTICE_STATUSES)[number];
	periodStart: string | null;
	periodEnd: string | null;
	organisations: string[];
	links: PracticeLink[];
	funding: FundingItem[];
	outcomes: Outcome[];
	/** Other languages' texts (JSON only), by ISO 639-1 code. */
	translations: Record<string, ImportRow['texts']>;
}

/** One problem: where (CSV line or JSON item; 0 for the whole file), which field, what. */
export interface ImportIssue {
	position: number;
	field: string;
	message: MessageRef;
}

export interface ImportedPractice {
	position: number;
	id: number;
	slug: string;
	title: string;
}

export interface ImportReport {
	format: ImportFormat | null;
	/** Records read from the file. */
	total: number;
	imported: ImportedPractice[];
	/** Sorted by position, then field. */
	errors: ImportIssue[];
	/** Rows with at least one problem (left out with skip-invalid, else nothing is imported). */
	invalidRows: number;
}

const textsSchema = z.object(textShape(IMPORTED_TEXT));

const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** A CSV cell split at `|`, or a JSON array of strings; blanks dropped. */
function asList(value: unknown, field: string, errors: FieldErrors): string[] {
	if (value === undefined || value === null || value === '') return [];
	const items = typeof value === 'string' ? value.split(LIST_SEPARATOR) : Array.isArray(value) ? value : null;
	if (!items || items.some((item) => typeof item !== 'string')) {
		errors[field] ??= { key: 'import_list_invalid' };
		return [];
	}
	return [...new Set(items.map((item: string) => item.trim()).filter(Boolean))];
}

/** Runs a schema and keeps its field errors instead of stopping. */
function collect<T>(run: () => T, errors: FieldErrors): T | undefined {
	try {
		return run();
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		for (const [field, ref] of Object.entries(error.fieldErrors)) errors[field] ??= ref;
		return undefined;
	}
}

const choice = <T extends string>(value: unknown, allowed: readonly T[], fallback: T | null, field: string, errors: FieldErrors): T => {
	const text = asText(value).toLowerCase();
	if (!text && fallback) return fallback;
	if ((allowed as readonly string[]).includes(text)) return text as T;
	errors[field] ??= { key: text ? 'import_choice_invalid' : 'error_required', params: { allowed: allowed.join(', ') } };
	return allowed[0];
};

function parseLinks(value: unknown, errors: FieldErrors): PracticeLink[] {
	const raw: unknown[] =
		typeof value === 'string'
			? value.split(LIST_SEPARATOR).filter((s) => s.trim())
			: Array.isArray(value)
				? value
				: value == null || value === ''
					? []
					: [null];
	const links: PracticeLink[] = [];
	raw.forEach((item, index) => {
		const field = `links[${index + 1}]`;
		let url = '';
		let title = '';
		if (typeof item === 'string') {
			// "https://example.org/report Final report": the address is the first word
			const [first, ...rest] = item.trim().split(/\s+/);
			url = first ?? '';
			title = rest.join(' ');
		} else if (item && typeof item === 'object') {
			url = asText((item as Record<string, unknown>).url);
			title = asText((item as Record<string, unknown>).title);
		}
		if (!url || url.length > LIMITS.url || !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(url) || !URL.canParse(url))
			errors[field] ??= { key: 'error_invalid_url' };
		else if (title.length > LIMITS.rowText) errors[field] ??= { key: 'error_too_long', params: { max: LIMITS.rowText } };
		links.push({ url, title });
	});
	if (links.length > LIMITS.rows) errors.links ??= { key: 'import_too_many', params: { max: LIMITS.rows } };
	return links;
}

const objects = (value: unknown, field: string, errors: FieldErrors): Record<string, unknown>[] => {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value) || value.some((v) => !v || typeof v !== 'object' || Array.isArray(v))) {
		errors[field] ??= { key: 'import_objects_invalid' };
		return [];
	}
	if (value.length > LIMITS.rows) errors[field] ??= { key: 'import_too_many', params: { max: LIMITS.rows } };
	return value as Record<string, unknown>[];
};

const numberOrNull = (value: unknown): number | null | undefined =>
	value === undefined || value === null || value === ''
		? null
		: typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 1e12
			? value
			: undefined;

function parseFunding(value: unknown, errors: FieldErrors): FundingItem[] {
	return objects(value, 'funding', errors).map((item, index) => {
		const at = `funding[${index + 1}]`;
		const source = asText(item.source).toLowerCase();
		if (!(FUNDING_SOURCES as readonly string[]).includes(source)) {
			errors[`${at}.source`] ??= { key: 'import_choice_invalid', params: { allowed: FUNDING_SOURCES.join(', ') } };
		}
		let minor: number | null = null;
		if (item.amount !== undefined && item.amount !== null && item.amount !== '') {
			// a JSON number in major units (1250000.5), or the same written as text
			minor = parseMoney(typeof item.amount === 'number' ? String(item.amount) : asText(item.amount), 'en');
			if (minor === null) errors[`${at}.amount`] ??= { key: 'import_amount_invalid' };
		}
		const currency = asText(item.currency).toUpperCase();
		if ((minor !== null || currency) && !(CURRENCIES as readonly string[]).includes(currency)) {
			errors[`${at}.currency`] ??= { key: 'import_choice_invalid', params: { allowed: CURRENCIES.join(', ') } };
		}
		const note = asText(item.note);
		if (note.length > LIMITS.rowText) errors[`${at}.note`] ??= { key: 'error_too_long', params: { max: LIMITS.rowText } };
		return { source: source as FundingSource, amount_minor: minor, currency: currency || null, note };
	});
}

function parseOutcomes(value: unknown, errors: FieldErrors): Outcome[] {
	return objects(value, 'outcomes', errors).map((item, index) => {
		const at = `outcomes[${index + 1}]`;
		const indicator = asText(item.indicator);
		if (!indicator) errors[`${at}.indicator`] ??= { key: 'error_required' };
		else if (indicator.length > LIMITS.rowText) errors[`${at}.indicator`] ??= { key: 'error_too_long', params: { max: LIMITS.rowText } };
		const before = numberOrNull(item.before);
		const after = numberOrNull(item.after);
		if (before === undefined) errors[`${at}.before`] ??= { key: 'import_number_invalid' };
		if (after === undefined) errors[`${at}.after`] ??= { key: 'import_number_invalid' };
		const unit = asText(item.unit);
		if (unit.length > LIMITS.unit) errors[`${at}.unit`] ??= { key: 'error_too_long', params: { max: LIMITS.unit } };
		const year = numberOrNull(item.year);
		if (year === undefined || (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2100)))
			errors[`${at}.year`] ??= { key: 'import_year_invalid' };
		return { indicator, before: before ?? null, after: after ?? null, unit, year: year ?? null };
	});
}

function parseTranslations(value: unknown, original: string, errors: FieldErrors): ImportRow['translations'] {
	if (value === undefined || value === null) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		errors.translations ??= { key: 'import_objects_invalid' };
		return {};
	}
	const out: ImportRow['translations'] = {};
	for (const [language, texts] of Object.entries(value as Record<string, unknown>)) {
		const at = `translations.${language}`;
		if (!(PRACTICE_LANGUAGES as readonly string[]).includes(language) || language === original) {
			errors[at] ??= { key: 'import_translation_language', params: { allowed: 'ISO 639-1 (pl, en, de, cs…)' } };
			continue;
		}
		const nested: FieldErrors = {};
		const parsed = collect(() => validate(textsSchema, texts && typeof texts === 'object' ? texts : {}), nested);
		for (const [field, ref] of Object.entries(nested)) errors[`${at}.${field}`] ??= ref;
		if (parsed) out[language] = parsed;
	}
	return out;
}

/**
 * One record as clean data, or the problems with it by field. `raw` holds CSV cells (all
 * text) or a JSON object's values; unknown JSON keys are reported, not ignored.
 */
export interface RowLookup {
	city: string | null;
	country: string;
	areaKeys: string[];
}

export function parseImportRow(
	raw: Record<string, unknown>,
	format: ImportFormat
): { row: ImportRow | null; errors: FieldErrors; lookup: RowLookup } {
	const errors: FieldErrors = {};
	if (format === 'json') {
		const known = new Set<string>([...IMPORT_FIELDS, ...JSON_ONLY_FIELDS]);
		for (const key of Object.keys(raw)) if (!known.has(key)) errors[key] ??= { key: 'import_unknown_field' };
	}
	const texts = collect(() => validate(textsSchema, Object.fromEntries(IMPORTED_TEXT.map((f) => [f.name, raw[f.name] ?? '']))), errors);
	const city = collect(() => validate(z.object({ city: requiredText(120) }), { city: raw.city ?? '' }), errors)?.city ?? '';
	const country = asText(raw.country).toUpperCase();
	if (!country) errors.country ??= { key: 'error_required' };
	else if (!/^[A-Z]{2}$/.test(country) || countryName(country, 'en') === country) errors.country ??= { key: 'import_country_invalid' };
	const language = choice(raw.language, PRACTICE_LANGUAGES, null, 'language', errors);
	const visibility = choice(raw.visibility, CONTENT_VISIBILITIES, 'public', 'visibility', errors);
	const status = choice(raw.status, PRACTICE_STATUSES, 'ongoing', 'status', errors);
	const periodStart = parsePeriod(asText(raw.period_start));
	const periodEnd = parsePeriod(asText(raw.period_end));
	if (periodStart === undefined) errors.period_start ??= { key: 'import_period_invalid' };
	if (periodEnd === undefined) errors.period_end ??= { key: 'import_period_invalid' };
	if (periodStart && periodEnd && periodEnd < periodStart) errors.period_end ??= { key: 'import_period_order' };
	const areaKeys = asList(raw.areas, 'areas', errors).map((key) => key.toLowerCase());
	if (areaKeys.length > 20) errors.areas ??= { key: 'import_too_many', params: { max: 20 } };
	const organisations = asList(raw.organisations, 'organisations', errors);
	if (organisations.length > LIMITS.organisations)
		errors.organisations ??= { key: 'import_too_many', params: { max: LIMITS.organisations } };
	if (organisations.some((name) => name.length > LIMITS.orgName))
		errors.organisations ??= { key: 'error_too_long', params: { max: LIMITS.orgName } };
	const links = parseLinks(raw.links, errors);
	const funding = format === 'json' ? parseFunding(raw.funding, errors) : [];
	const outcomes = format === 'json' ? parseOutcomes(raw.outcomes, errors) : [];
	const translations = format === 'json' ? parseTranslations(raw.translations, language, errors) : {};

	// What the database must still confirm, even for a row with other problems.
	const lookup: RowLookup = { city: city && !errors.country ? city : null, country, areaKeys: errors.areas ? [] : areaKeys };
	if (Object.keys(errors).length || !texts) return { row: null, errors, lookup };
	return {
		lookup,
		row: {
			texts,
			city,
			country,
			language,
			areaKeys,
			visibility,
			status,
			periodStart: periodStart ?? null,
			periodEnd: periodEnd ?? null,
			organisations,
			links,
			funding,
			outcomes,
			translations
		},
		errors
	};
}
