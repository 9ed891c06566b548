import { z } from 'zod';
import { fromLocalInput, isTimeZone } from '$lib/datetime';
import type { CostsPaidBy, EventVisibility, VisitApplicationStatus } from '../../platform/db';
import { many, oneOf, optionalInt, optionalText, requiredText } from '../../platform/core';

export const COSTS_PAID_BY = ['host', 'visitors', 'shared', 'programme'] as const satisfies readonly CostsPaidBy[];
export const VISIT_VISIBILITIES = ['members', 'public'] as const satisfies readonly EventVisibility[];
export const DECISIONS = ['accept', 'decline'] as const;

const id = (message = 'error_invalid_choice') =>
	z.coerce.number<unknown>({ error: message }).int(message).positive(message).max(2_147_483_647, message);

/** Empty means "none" (the organisation's city, an individual application). */
const optionalId = z.preprocess((v) => (v === undefined || v === '' ? null : v), id().nullable());

const localTime = z.string({ error: 'error_required' }).trim();

/**
 * The offer form: times are typed as wall-clock time (`<input type="datetime-local">`) in the
 * visit's zone and become instants here; a visit is offered for the future only.
 */
export const newVisitSchema = z
	.object({
		hostOrganisationId: z.preprocess((v) => (v === '' ? undefined : v), id('error_required')),
		cityId: optionalId,
		title: requiredText(200),
		description: requiredText(20_000),
		sites: optionalText(20_000),
		practiceIds: many(id(), 30),
		timeZone: requiredText(64).refine(isTimeZone, 'events_error_time_zone'),
		startsAt: localTime,
		endsAt: localTime,
		place: requiredText(500),
		capacity: optionalInt(1, 500).refine((v) => v !== null, 'error_required'),
		languages: many(z.string().regex(/^[a-z]{2}$/, 'error_invalid_choice'), 10),
		costs: optionalText(4000),
		costsPaidBy: oneOf(COSTS_PAID_BY),
		applicationsCloseAt: z.string({ error: 'error_invalid' }).optional().default(''),
		visibility: oneOf(VISIT_VISIBILITIES)
	})
	.transform((v, ctx) => {
		const instant = (field: 'startsAt' | 'endsAt' | 'applicationsCloseAt', required: boolean) => {
			const raw = v[field].trim();
			if (raw === '') {
				if (required) ctx.addIssue({ code: 'custom', path: [field], message: 'error_required' });
				return null;
			}
			const at = fromLocalInput(raw, v.timeZone);
			if (!at) ctx.addIssue({ code: 'custom', path: [field], message: 'visits_error_date' });
			return at;
		};
		const startsAt = instant('startsAt', true);
		const endsAt = instant('endsAt', true);
		const applicationsCloseAt = instant('applicationsCloseAt', false);
		if (startsAt && startsAt.getTime() < Date.now()) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'visits_error_past' });
		if (startsAt && endsAt && endsAt <= startsAt)
			ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'events_error_ends_before_start' });
		if (startsAt && applicationsCloseAt && applicationsCloseAt > startsAt)
			ctx.addIssue({ code: 'custom', path: ['applicationsCloseAt'], message: 'visits_error_closes_after_start' });
		if (applicationsCloseAt && applicationsCloseAt.getTime() < Date.now())
			ctx.addIssue({ code: 'custom', path: ['applicationsCloseAt'], message: 'visits_error_past' });
		return {
			...v,
			capacity: v.capacity as number,
			practiceIds: [...new Set(v.practiceIds)],
			startsAt: startsAt!,
			endsAt: endsAt!,
			applicationsCloseAt
		};
	});

export type NewVisit = z.output<typeof newVisitSchema>;

export const applicationSchema = z.object({
	organisationId: optionalId,
	motivation: requiredText(4000)
});

export const decisionSchema = z.object({
	applicationId: id('error_invalid'),
	decision: oneOf(DECISIONS),
	message: optionalText(2000)
});

export const takeawaySchema = z.object({
	note: requiredText(4000),
	practiceId: optionalId
});

// ---- what pages get ----

export interface PlaceRef {
	slug: string;
	name: string;
}

export interface VisitPracticeRef {
	id: number;
	slug: string;
	title: string;
	/** Language of the title shown (for `lang`). */
	titleLang: string;
	cityName: string;
}

export interface VisitSummary {
	slug: string;
	title: string;
	city: PlaceRef | null;
	host: PlaceRef | null;
	startsAt: string;
	endsAt: string;
	timeZone: string;
	capacity: number | null;
	placesLeft: number | null;
	applicationsOpen: boolean;
	applicationsCloseAt: string | null;
	visibility: EventVisibility;
	cancelled: boolean;
}

export interface VisitList {
	upcoming: VisitSummary[];
	past: VisitSummary[];
	canOffer: boolean;
}

export interface ApplicationView {
	id: number;
	person: { handle: string; name: string };
	organisation: string | null;
	motivation: string;
	status: VisitApplicationStatus;
	decisionMessage: string;
	appliedOn: string;
}

export interface TakeawayView {
	person: { handle: string; name: string };
	organisation: string | null;
	note: string;
	practice: { slug: string; title: string; titleLang: string } | null;
	transferId: number | null;
	mine: boolean;
}

export interface VisitDetails extends VisitSummary {
	id: number;
	descriptionHtml: string;
	sitesHtml: string;
	place: string;
	languages: string[];
	costs: string;
	costsPaidBy: CostsPaidBy;
	practices: VisitPracticeRef[];
	accepted: number;
	/** The visit has started: participants may say what they take home. */
	started: boolean;
	viewer: {
		signedIn: boolean;
		isMember: boolean;
		isHost: boolean;
		/** May apply now (a member, not of the host, applications open, no live application). */
		canApply: boolean;
		organisations: { id: number; name: string }[];
		application: { status: VisitApplicationStatus; motivation: string; decisionMessage: string; organisation: string | null } | null;
		canFileTakeaway: boolean;
		takeaway: { note: string; practiceId: number | null; transferId: number | null; practiceSlug: string | null } | null;
	};
	/** For the host: every application, newest first. */
	applications: ApplicationView[];
	/** Accepted participants, for members. */
	participants: { handle: string; name: string; organisation: string | null }[];
	takeaways: TakeawayView[];
}

export interface NewVisitForm {
	organisations: { id: number; name: string; cityId: number; cityName: string }[];
	cities: { id: number; label: string }[];
	practices: { id: number; title: string; titleLang: string; cityName: string }[];
}
