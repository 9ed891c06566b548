import { z } from 'zod';
import type { ConsultationStatus } from '../../platform/db';
import { many, optionalText, optionalUrl, requiredText } from '../../platform/core';

export const CONSULTATION_STATUSES = ['open', 'scheduled', 'done', 'withdrawn'] as const satisfies readonly ConsultationStatus[];

/** How long a consultation may last, in minutes: what the form offers. */
export const DURATIONS = [30, 45, 60, 90, 120, 180] as const;

const id = z.coerce
	.number<unknown>({ error: 'error_invalid_choice' })
	.int('error_invalid_choice')
	.positive('error_invalid_choice')
	.max(2_147_483_647, 'error_invalid_choice');

/** An optional choice: empty means none. */
const optionalId = z.preprocess((v) => (v === undefined || v === '' ? null : v), id.nullable());

export const newConsultationSchema = z.object({
	title: requiredText(200),
	problem: requiredText(8000),
	areas: many(id, 20).refine((list) => list.length > 0, 'consultations_error_areas_required'),
	city_id: optionalId,
	organisation_id: optionalId,
	/** One of the asker's own open challenges, if the consultation is about one. */
	challenge_id: optionalId
});
export type NewConsultation = z.infer<typeof newConsultationSchema>;

export const offerSchema = z.object({ message: requiredText(2000) });

export const outcomeSchema = z.object({ outcome: requiredText(8000) });

export const inviteSchema = z.object({ person_id: id });

export const scheduleSchema = z.object({
	experts: many(id, 20).refine((list) => list.length > 0, 'consultations_error_experts_required'),
	starts_at: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, 'error_required')
		.regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/, 'consultations_error_time'),
	time_zone: requiredText(64),
	duration: z.coerce
		.number<unknown>({ error: 'error_invalid_choice' })
		.refine((v) => (DURATIONS as readonly number[]).includes(v), 'error_invalid_choice'),
	meeting_url: optionalUrl().pipe(z.string().min(1, 'consultations_error_meeting_url'))
});

export const listFiltersSchema = z.object({
	area: optionalText(80)
});

export interface Named {
	slug: string;
	name: string;
}

export interface AreaRef {
	key: string;
	name: string;
}

export interface PersonRef {
	handle: string;
	name: string;
}

/** One request as lists show it. */
export interface ConsultationSummary {
	slug: string;
	title: string;
	status: ConsultationStatus;
	city: Named | null;
	organisation: Named | null;
	/** null when the asker's profile is hidden from the reader. */
	asker: PersonRef | null;
	areas: AreaRef[];
	offers: number;
	/** ISO instant. */
	createdAt: string;
	/** When scheduled or done: the event's start (ISO) and zone. */
	startsAt: string | null;
	timeZone: string | null;
}

export interface ConsultationList {
	/** A signed-in person who is not (yet) a member sees why, not the list. */
	blocked: 'not_member' | null;
	open: ConsultationSummary[];
	/** Asked by the reader, or where the reader was picked to help. */
	mine: ConsultationSummary[];
	areas: (AreaRef & { id: number })[];
	area: string;
	canAsk: boolean;
}

export interface NewConsultationForm {
	blocked: 'not_member' | null;
	areas: { id: number; name: string }[];
	cities: { id: number; label: string }[];
	organisations: { id: number; name: string }[];
	/** The asker's own city, the default. */
	cityId: number | null;
	/** The asker's own open challenges, one of which the consultation may be about. */
	challenges: { id: number; title: string }[];
}

export interface Suggestion {
	id: number;
	handle: string;
	name: string;
	/** The request's areas this person knows, by their profile or their practices. */
	areas: AreaRef[];
	/** Visible practices in those areas they wrote or are the contact of. */
	practices: number;
	invited: boolean;
}

export interface OfferView {
	personId: number;
	handle: string;
	name: string;
	message: string;
	picked: boolean;
	createdAt: string;
}

export interface ConsultationEventView {
	slug: string;
	startsAt: string;
	endsAt: string;
	timeZone: string;
	/** "Saturday, 28 March 2027, 10:00–11:00 CET" in the reader's language. */
	period: string;
	/** The meeting has begun: the outcome can be written. */
	started: boolean;
}

export interface ConsultationDetails {
	slug: string;
	title: string;
	/** Sanitised HTML of the Markdown problem. */
	problemHtml: string;
	status: ConsultationStatus;
	createdAt: string;
	city: Named | null;
	organisation: Named | null;
	asker: PersonRef | null;
	areas: AreaRef[];
	offersCount: number;
	/** Every offer for the asker; the reader's own for anyone else. */
	offers: OfferView[];
	myOffer: OfferView | null;
	/** Picked experts the reader may see. */
	picked: PersonRef[];
	event: ConsultationEventView | null;
	outcome: string;
	outcomeHtml: string;
	suggestions: Suggestion[];
	isAsker: boolean;
	can: {
		offer: boolean;
		withdrawOffer: boolean;
		schedule: boolean;
		outcome: boolean;
		withdraw: boolean;
		invite: boolean;
	};
	/** For the scheduling form. */
	timeZones: string[];
	defaultZone: string;
	durations: readonly number[];
	/** The earliest value the time field accepts (today, in the default zone). */
	minStart: string;
}
