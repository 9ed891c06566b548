import { z } from 'zod';
import { fromLocalInput, isTimeZone } from '$lib/datetime';
import { many, oneOf, optionalText, optionalUrl, requiredText } from '../../platform/core';
import type { CallStatus } from '../../platform/db';
import type { EditVersion } from '$lib/form-state';
import { isCountryCode } from '../../shared';

const id = z.coerce.number({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice');

/** ISO 3166-1 alpha-2 codes, upper case, each once. */
export const countryCodes = () =>
	many(
		z
			.string()
			.trim()
			.refine(isCountryCode, 'error_invalid_choice')
			.transform((c) => c.toUpperCase()),
		60
	).transform((codes) => [...new Set(codes)]);

/**
 * The call form. The deadline is wall-clock time (`<input type="datetime-local">`) in the
 * call's own zone, because funders announce it that way ("17:00 Brussels time").
 */
export const callSchema = z
	.object({
		title: requiredText(200),
		funder: requiredText(200),
		programme: optionalText(200),
		url: optionalUrl(),
		deadline: requiredText(20),
		time_zone: requiredText(64).refine(isTimeZone, 'calls_error_time_zone'),
		budget: optionalText(200),
		eligibility: optionalText(4000),
		description: optionalText(20_000),
		areas: many(id, 20).transform((ids) => [...new Set(ids)]),
		countries: countryCodes()
	})
	.transform((v, ctx) => {
		const deadlineAt = fromLocalInput(v.deadline, v.time_zone);
		if (!deadlineAt) {
			ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'calls_error_deadline' });
			return z.NEVER;
		}
		return { ...v, deadlineAt };
	});

export type CallInput = z.output<typeof callSchema>;

export const CALL_STATES = ['open', 'closed', 'all'] as const;
export type CallState = (typeof CALL_STATES)[number];

/** The list's GET filters; anything unknown falls back to the default instead of failing. */
export const callFiltersSchema = z.object({
	area: z
		.string()
		.max(64)
		.regex(/^[a-z0-9-]*$/)
		.catch(''),
	country: z
		.string()
		.max(2)
		.transform((c) => c.toUpperCase())
		.refine((c) => c === '' || isCountryCode(c))
		.catch(''),
	state: oneOf(CALL_STATES).catch('open'),
	page: z.coerce.number().int().min(1).max(1000).catch(1)
});

export type CallFilters = z.output<typeof callFiltersSchema>;

export const decisionSchema = z.object({
	decision: oneOf(['check', 'reject'] as const),
	reason: optionalText(2000)
});

export interface NamedRef {
	key: string;
	name: string;
}

export interface CallSummary {
	slug: string;
	title: string;
	funder: string;
	programme: string;
	budget: string;
	/** ISO 8601, for `<time datetime>`. */
	deadline: string;
	/** "Tuesday, 10 March 2027, 17:00 CET": in the call's zone, named. */
	deadlineText: string;
	timeZone: string;
	/** Calendar days until the deadline in the call's zone; 0 is today; negative: closed. */
	daysLeft: number;
	closed: boolean;
	status: CallStatus;
	areas: NamedRef[];
	countries: NamedRef[];
}

export interface CallDetails extends CallSummary {
	id: number;
	url: string | null;
	eligibility: string;
	descriptionHtml: string;
	addedBy: { name: string; handle: string } | null;
	followers: number;
	following: boolean;
	canFollow: boolean;
	canEdit: boolean;
	canCheck: boolean;
	canLookForPartners: boolean;
}

export interface CallList {
	items: CallSummary[];
	total: number;
	page: number;
	pages: number;
	filters: CallFilters;
	options: { areas: { value: string; label: string }[]; countries: { value: string; label: string }[] };
	/** The actor's own calls not yet checked (or rejected). */
	mine: CallSummary[];
	/** For coordinators: calls waiting to be checked. */
	toCheck: (CallSummary & { addedBy: string })[];
	canAdd: boolean;
}

export interface CallFormView {
	values: Record<string, string | string[]>;
	/** The version the stored values are (the edit form's; none for a new call). */
	version?: EditVersion;
	areas: { value: string; label: string }[];
	countries: { value: string; label: string }[];
	timeZones: string[];
}
