import { z } from 'zod';
import { many, oneOf, optionalInt, optionalText, optionalUrl, requiredText } from '../../platform/core';
import type { AgendaItem, EventType, RegistrationStatus } from '../../platform/db';
import { dateFormat } from '$lib/intl';

export const EVENT_TYPES = ['meeting', 'study_visit', 'consultation', 'workshop', 'conference'] as const;
export const EVENT_VISIBILITIES = ['public', 'members'] as const;
/** Questions organisers may ask registrants; 'free' carries its own wording (free_question). */
export const EVENT_QUESTIONS = ['diet', 'accessibility', 'free'] as const;
export type EventQuestion = (typeof EVENT_QUESTIONS)[number];
/** The most people an event may take; its attendance form sends one field per participant. */
export const EVENT_CAPACITY_MAX = 100_000;

export const LIMITS = {
	agendaRows: 40,
	agendaTitle: 200,
	agendaCell: 200,
	freeQuestion: 300,
	answer: 2000,
	notes: 20_000,
	messageSubject: 200,
	messageBody: 10_000
};

/** A date and time: a Date, or an ISO 8601 string with its offset (the form converts local time). */
const instant = (message: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : new Date(v)) : v),
		z.date({ error: message }).refine((d) => !Number.isNaN(d.getTime()), message)
	);
const optionalInstant = () =>
	z.preprocess(
		(v) => (v === undefined || v === null || v === '' ? null : typeof v === 'string' ? new Date(v) : v),
		z
			.date({ error: 'error_invalid' })
			.refine((d) => !Number.isNaN(d.getTime()), 'error_invalid')
			.nullable()
	);

function isTimeZone(zone: string) {
	try {
		dateFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

const agendaItem = z.object({
	time: z.string().max(20, 'error_too_long'),
	day: z.number().int().min(1).max(60).optional(),
	title: z.string().min(1, 'error_required').max(LIMITS.agendaTitle, 'error_too_long'),
	place: z.string().max(LIMITS.agendaCell, 'error_too_long'),
	speaker: z.string().max(LIMITS.agendaCell, 'error_too_long')
});

export const newEventSchema = z
	.object({
		type: oneOf(EVENT_TYPES),
		hostOrganisationId: z.coerce.number({ error: 'error_required' }).int('error_required').positive('error_required'),
		cityId: optionalInt(1, 2_147_483_647),
		title: requiredText(200),
		description: optionalText(20_000),
		startsAt: instant('error_required'),
		endsAt: instant('error_required'),
		timeZone: requiredText(64).refine(isTimeZone, 'events_error_time_zone'),
		online: checkbox,
		place: optionalText(500),
		meetingUrl: optionalUrl(),
		languages: many(z.string().regex(/^[a-z]{2}$/, 'error_invalid_choice'), 10),
		capacity: optionalInt(1, EVENT_CAPACITY_MAX),
		registrationOpensAt: optionalInstant(),
		registrationClosesAt: optionalInstant(),
		visibility: oneOf(EVENT_VISIBILITIES),
		/** Rows of the programme; the form's numbered rows are read into this by readEventForm. */
		agenda: z.array(agendaItem).max(LIMITS.agendaRows, 'error_too_long').optional().default([]),
		questions: many(oneOf(EVENT_QUESTIONS), 3),
		freeQuestion: optionalText(LIMITS.freeQuestion),
		areaIds: many(z.coerce.number({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice'), 20)
	})
	.superRefine((v, ctx) => {
		if (v.endsAt < v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'events_error_ends_before_start' });
		if (v.registrationOpensAt && v.registrationClosesAt && v.registrationClosesAt < v.registrationOpensAt)
			ctx.addIssue({ code: 'custom', path: ['registrationClosesAt'], message: 'events_error_closes_before_opens' });
		if (!v.online && v.place === '') ctx.addIssue({ code: 'custom', path: ['place'], message: 'events_error_place_required' });
		if (v.questions.includes('free') && v.freeQuestion === '')
			ctx.addIssue({ code: 'custom', path: ['freeQuestion'], message: 'events_error_free_question_required' });
	});

/** What a form sends: untyped fields, checked by `newEventSchema`. */
export type NewEventInput = Record<string, unknown>;
export type NewEvent = z.output<typeof newEventSchema>;

export const registrationSchema = z.object({
	eventId: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid'),
	/** Answers to the organisers' questions (diet, accessibility needs, free text). */
	answers: z
		.record(z.string().max(64, 'error_too_long'), z.string().max(2000, 'error_too_long'), { error: 'error_invalid' })
		.optional()
		.default({})
		.refine((a) => Object.keys(a).length <= 20, 'error_too_long')
});

export type RegistrationInput = z.input<typeof registrationSchema>;

export const cancellationSchema = z.object({
	eventId: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid')
});

export const messageSchema = z.object({
	subject: requiredText(LIMITS.messageSubject),
	body: requiredText(LIMITS.messageBody)
});

export const notesSchema = z.object({ notes: optionalText(LIMITS.notes) });

export interface CreatedEvent {
	id: number;
	slug: string;
}

export interface RegistrationResult {
	status: Exclude<RegistrationStatus, 'cancelled'>;
}

export interface CancellationResult {
	status: 'cancelled';
	/** How many waiting people took the freed places. */
	promoted: number;
}

export type { AgendaItem, EventType };
