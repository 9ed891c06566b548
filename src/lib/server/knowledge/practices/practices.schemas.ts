/**
 * The practice form: the parser that turns submitted fields (including the numbered rows of
 * funding, outcomes and links) into clean input, with one message per field (its fixed choices
 * and limits: practice-choices.ts). Also the shapes of a whole practice: the graph to insert and
 * the snapshot a revision keeps.
 */
import { z } from 'zod';
import { AppError, invalid, many, oneOf, optionalText, requiredText, validate, type FieldErrors } from '../../platform/core';
import type { ContentVisibility, FundingItem, FundingSource, Outcome, PracticeLink, PracticeStatus } from '../../platform/db';
import { parseDecimal, parseMoney } from './money';
import { CONTENT_VISIBILITIES, CURRENCIES, FUNDING_SOURCES, LIMITS, PRACTICE_LANGUAGES, PRACTICE_STATUSES } from './practice-choices';
import { TEXT_FIELDS, type TextField, type TextFieldName } from './practice-fields';

export type PracticeIntent = 'draft' | 'publish' | 'save';

type TextSchema = ReturnType<typeof requiredText> | ReturnType<typeof optionalText>;

/**
 * The zod shape of text fields, each with its maximum length; a translation may leave out what
 * only the original must have.
 */
export function textShape(
	fields: readonly TextField[] = TEXT_FIELDS,
	of: 'original' | 'translation' = 'original'
): Record<TextFieldName, TextSchema> {
	return Object.fromEntries(
		fields.map((f) => [f.name, f.required && !(of === 'translation' && f.translationOptional) ? requiredText(f.max) : optionalText(f.max)])
	) as Record<TextFieldName, TextSchema>;
}

const idList = (max: number) =>
	many(z.coerce.number({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice'), max);

// in the order of the form, so that the error summary lists problems top to bottom
const practiceBase = z.object({
	...textShape(TEXT_FIELDS.filter((f) => f.form === 'basics')),
	city: z.coerce.number({ error: 'error_required' }).int('error_required').positive('error_required'),
	organisations: idList(LIMITS.organisations),
	organisation_names: optionalText(LIMITS.orgName * 10),
	areas: idList(50),
	status: oneOf(PRACTICE_STATUSES),
	period_start: optionalText(10),
	period_end: optionalText(10),
	original_language: oneOf(PRACTICE_LANGUAGES),
	visibility: oneOf(CONTENT_VISIBILITIES),
	contacts: idList(LIMITS.contacts),
	contact_handles: optionalText(2000),
	intent: z.enum(['draft', 'publish', 'save']).optional().default('save'),
	...textShape(TEXT_FIELDS.filter((f) => f.form !== 'basics'))
});
/** What the practice form validates with zod (rows of funding, outcomes and links are read apart). */
export const practiceFormSchema = practiceBase;

export interface PracticeFormInput {
	/** The text fields, in the original language. */
	texts: Record<TextFieldName, string>;
	cityId: number;
	organisationIds: number[];
	organisationNames: string[];
	areaIds: number[];
	status: (typeof PRACTICE_STATUSES)[number];
	periodStart: string | null;
	periodEnd: string | null;
	originalLanguage: string;
	visibility: (typeof CONTENT_VISIBILITIES)[number];
	funding: FundingItem[];
	outcomes: Outcome[];
	links: PracticeLink[];
	contactIds: number[];
	contactHandles: string[];
	intent: PracticeIntent;
}

type Values = Record<string, unknown>;
const str = (values: Values, key: string): string => {
	const v = values[key];
	return (Array.isArray(v) ? String(v[0] ?? '') : typeof v === 'string' ? v : v == null ? '' : String(v)).trim();
};

/** Row numbers present in the form for a prefix (funding_amount_3 → 3), in order. */
function rowIndexes(values: Values, prefix: string): number[] {
	const found = new Set<number>();
	const pattern = new RegExp(`^${prefix}_[a-z]+_(\\d{1,2})$`);
	for (const key of Object.keys(values)) {
		const match = pattern.exec(key);
		if (match) found.add(Number(match[1]));
	}
	return [...found].sort((a, b) => a - b);
}

/** "2021-03" (a month input), "2021-03-15" or "2021" → the first day it names, 'YYYY-MM-DD'. */
export function parsePeriod(text: string): string | null | undefined {
	if (!text) return null;
	const match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text);
	if (!match) return undefined;
	const [year, month = 1, day = 1] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (year < 1900 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}

function parseFunding(values: Values, locale: string, errors: FieldErrors): FundingItem[] {
	const rows: FundingItem[] = [];
	for (const i of rowIndexes(values, 'funding')) {
		const [source, amount, currency, note] = ['source', 'amount', 'currency', 'note'].map((f) => str(values, `funding_${f}_${i}`));
		if (!source && !amount && !note) continue;
		if (!(FUNDING_SOURCES as readonly string[]).includes(source))
			errors[`funding_source_${i}`] ??= { key: source ? 'error_invalid_choice' : 'practice_error_funding_source' };
		let minor: number | null = null;
		if (amount) {
			minor = parseMoney(amount, locale);
			if (minor === null) errors[`funding_amount_${i}`] ??= { key: 'practice_error_amount' };
			if (!(CURRENCIES as readonly string[]).includes(currency)) errors[`funding_currency_${i}`] ??= { key: 'practice_error_currency' };
		}
		if (note.length > LIMITS.rowText) errors[`funding_note_${i}`] ??= { key: 'error_too_long', params: { max: LIMITS.rowText } };
		rows.push({ source: source as FundingSource, amount_minor: minor, currency: currency || null, note });
	}
	if (rows.length > LIMITS.rows) errors.funding_source_0 ??= { key: 'practice_error_too_many_rows', params: { max: LIMITS.rows } };
	return rows;
}

function parseOutcomes(values: Values, locale: string, errors: FieldErrors): Outcome[] {
	const rows: Outcome[] = [];
	for (const i of rowIndexes(values, 'outcome')) {
		const [indicator, before, after, unit, year] = ['indicator', 'before', 'after', 'unit', 'year'].map((f) =>
			str(values, `outcome_${f}_${i}`)
		);
		if (!indicator && !before && !after && !unit && !year) continue;
		if (!indicator) errors[`outcome_indicator_${i}`] ??= { key: 'practice_error_indicator' };
		if (indicator.length > LIMITS.rowText) errors[`outcome_indicator_${i}`] ??= { key: 'error_too_long', params: { max: LIMITS.rowText } };
		const number = (text: string, field: string) => {
			if (!text) return null;
			const value = parseDecimal(text, locale);
			if (value === null || Math.abs(value) > 1e12) errors[`outcome_${field}_${i}`] ??= { key: 'practice_error_decimal' };
			return value;
		};
		const b = number(before, 'before');
		const a = number(after, 'after');
		if (unit.length > LIMITS.unit) errors[`outcome_unit_${i}`] ??= { key: 'error_too_long', params: { max: LIMITS.unit } };
		let y: number | null = null;
		if (year) {
			y = /^\d{4}$/.test(year) ? Number(year) : NaN;
			if (!(y >= 1900 && y <= 2100)) errors[`outcome_year_${i}`] ??= { key: 'practice_error_year' };
		}
		rows.push({ indicator, before: b, after: a, unit, year: y });
	}
	if (rows.length > LIMITS.rows) errors.outcome_indicator_0 ??= { key: 'practice_error_too_many_rows', params: { max: LIMITS.rows } };
	return rows;
}

function parseLinks(values: Values, errors: FieldErrors): PracticeLink[] {
	const rows: PracticeLink[] = [];
	for (const i of rowIndexes(values, 'link')) {
		const url = str(values, `link_url_${i}`);
		const title = str(values, `link_title_${i}`);
		if (!url && !title) continue;
		if (!url) errors[`link_url_${i}`] ??= { key: 'error_required' };
		else if (url.length > LIMITS.url || !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(url) || !URL.canParse(url))
			errors[`link_url_${i}`] ??= { key: 'error_invalid_url' };
		if (title.length > LIMITS.rowText) errors[`link_title_${i}`] ??= { key: 'error_too_long', params: { max: LIMITS.rowText } };
		rows.push({ url, title });
	}
	if (rows.length > LIMITS.rows) errors.link_url_0 ??= { key: 'practice_error_too_many_rows', params: { max: LIMITS.rows } };
	return rows;
}

/** Runs a validation and collects its field errors instead of stopping at them. */
function collect<T>(run: () => T, errors: FieldErrors): T | undefined {
	try {
		return run();
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		for (const [field, ref] of Object.entries(error.fieldErrors)) errors[field] ??= ref;
		return undefined;
	}
}

const lines = (text: string) => [
	...new Set(
		text
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter(Boolean)
	)
];

/**
 * The whole practice form, every problem reported at once against its field. Numbers and
 * amounts are read in the page's locale ("1 250 000,50" or "1,250,000.50").
 */
export function parsePracticeForm(input: unknown, locale: string): PracticeFormInput {
	const values = (input && typeof input === 'object' ? input : {}) as Values;
	const errors: FieldErrors = {};
	const base = collect(() => validate(practiceBase, values), errors);
	const funding = parseFunding(values, locale, errors);
	const outcomes = parseOutcomes(values, locale, errors);
	const links = parseLinks(values, errors);
	const periodStart = parsePeriod(str(values, 'period_start'));
	const periodEnd = parsePeriod(str(values, 'period_end'));
	if (periodStart === undefined) errors.period_start ??= { key: 'practice_error_period' };
	if (periodEnd === undefined) errors.period_end ??= { key: 'practice_error_period' };
	if (periodStart && periodEnd && periodEnd < periodStart) errors.period_end ??= { key: 'practice_error_period_order' };
	const organisationNames = lines(str(values, 'organisation_names'));
	if (organisationNames.some((n) => n.length > LIMITS.orgName))
		errors.organisation_names ??= { key: 'error_too_long', params: { max: LIMITS.orgName } };
	if (organisationNames.length > LIMITS.organisations)
		errors.organisation_names ??= { key: 'practice_error_too_many_rows', params: { max: LIMITS.organisations } };
	const contactHandles = [
		...new Set(
			str(values, 'contact_handles')
				.split(/[\s,;]+/)
				.map((h) => h.replace(/^@/, '').toLowerCase())
				.filter(Boolean)
		)
	];
	if (Object.keys(errors).length || !base) throw invalid(errors);
	return {
		texts: Object.fromEntries(TEXT_FIELDS.map((f) => [f.name, base[f.name]])) as Record<TextFieldName, string>,
		cityId: base.city,
		organisationIds: [...new Set(base.organisations)],
		organisationNames,
		areaIds: [...new Set(base.areas)],
		status: base.status,
		periodStart: periodStart ?? null,
		periodEnd: periodEnd ?? null,
		originalLanguage: base.original_language,
		visibility: base.visibility,
		funding,
		outcomes,
		links,
		contactIds: [...new Set(base.contacts)],
		contactHandles,
		intent: base.intent
	};
}

/** One language's text fields, as the translation form sends them. */
export const translationSchema = z.object(textShape(TEXT_FIELDS, 'translation'));

export const learningSchema = z.object({
	kind: oneOf(['want_to_learn', 'tried_too'] as const),
	comment: optionalText(LIMITS.comment)
});

/** One language's text of a practice: a title, the other text fields when there are any. */
export type PracticeTextsInput = { title: string } & Partial<Record<TextFieldName, string>>;
/** Every text field of one language, '' where empty. */
export type PracticeTexts = Record<TextFieldName, string>;

export type PracticeOrganisationInput = { organisationId: number } | { name: string };

/** A whole practice to insert (the import, the demo seed, tests): see insertPracticeGraph. */
export interface NewPracticeGraph {
	slug?: string;
	cityId: number;
	status: PracticeStatus;
	visibility: ContentVisibility;
	originalLanguage: string;
	/** 'YYYY-MM-DD' */
	periodStart?: string | null;
	periodEnd?: string | null;
	funding?: FundingItem[];
	outcomes?: Outcome[];
	links?: PracticeLink[];
	areaIds?: number[];
	organisations?: PracticeOrganisationInput[];
	contactIds?: number[];
	/** By ISO 639-1 language; must include originalLanguage. */
	texts: Record<string, PracticeTextsInput>;
	published: boolean;
	createdBy: number | null;
	isDemo?: boolean;
	createdAt?: Date;
}

/**
 * Everything about a practice that a revision keeps, whole, so a past version can be shown and
 * restored. Stored as practice_revisions.snapshot.
 */
export interface PracticeSnapshot {
	cityId: number;
	status: PracticeStatus;
	visibility: ContentVisibility;
	originalLanguage: string;
	periodStart: string | null;
	periodEnd: string | null;
	funding: FundingItem[];
	outcomes: Outcome[];
	links: PracticeLink[];
	areaIds: number[];
	organisations: PracticeOrganisationInput[];
	contactIds: number[];
	texts: Record<string, PracticeTexts>;
	published: boolean;
}
