/**
 * Between the event form and the service: the form sends wall-clock times ("2027-03-28T10:00")
 * meant in the zone chosen beside them, and the programme as numbered rows (agenda_title_0...).
 * Pure functions, shared by create and edit.
 */
import { fromLocalInput, isTimeZone, toLocalInput } from '$lib/datetime';
import type { FieldErrors } from '../../platform/core';
import type { AgendaItem } from '../../platform/db';
import type { EventFields } from './events.queries';
import { LIMITS } from './events.schemas';

export const TIME_FIELDS = ['startsAt', 'endsAt', 'registrationOpensAt', 'registrationClosesAt'] as const;
export const AGENDA_CELLS = ['time', 'title', 'place', 'speaker'] as const;
const LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/;
const AGENDA_TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

const str = (values: Record<string, unknown>, key: string) => {
	const v = values[key];
	return typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '';
};

/** Row numbers that appear in the form (agenda_title_3 → 3), in order. */
function agendaIndexes(values: Record<string, unknown>): number[] {
	const found = new Set<number>();
	for (const key of Object.keys(values)) {
		const match = /^agenda_[a-z]+_(\d{1,3})$/.exec(key);
		if (match) found.add(Number(match[1]));
	}
	return [...found].sort((a, b) => a - b);
}

/**
 * Turns what the form sent into what `newEventSchema` reads. Input that already carries
 * instants (ISO strings with an offset, Dates) and an `agenda` array passes through unchanged,
 * so services and tests can call createEvent with plain data. Errors found here (a time that
 * is not a time, a programme row without a title) are returned to be merged with the schema's.
 */
export function readEventForm(input: Record<string, unknown>): { input: Record<string, unknown>; errors: FieldErrors } {
	const out: Record<string, unknown> = { ...input };
	const errors: FieldErrors = {};
	const zone = str(input, 'timeZone') || 'Europe/Warsaw';
	out.timeZone = zone;
	for (const field of TIME_FIELDS) {
		const raw = input[field];
		if (typeof raw !== 'string' || !LOCAL.test(raw.trim())) continue;
		if (!isTimeZone(zone)) {
			out[field] = undefined;
			continue;
		}
		const instant = fromLocalInput(raw, zone);
		if (instant) out[field] = instant;
		else {
			errors[field] = { key: 'events_error_datetime' };
			out[field] = undefined;
		}
	}
	// Checked here too, so they are named even when other fields fail the schema's own checks.
	const online = input.online === true || input.online === 'on' || input.online === 'true';
	if (!online && !str(input, 'place')) errors.place = { key: 'events_error_place_required' };
	const questions = Array.isArray(input.questions) ? input.questions : [input.questions];
	if (questions.includes('free') && !str(input, 'freeQuestion')) errors.freeQuestion = { key: 'events_error_free_question_required' };
	if (!Array.isArray(input.agenda)) {
		const agenda: AgendaItem[] = [];
		for (const i of agendaIndexes(input)) {
			const [time, title, place, speaker] = AGENDA_CELLS.map((cell) => str(input, `agenda_${cell}_${i}`));
			if (!time && !title && !place && !speaker) continue;
			if (!title) errors[`agenda_title_${i}`] ??= { key: 'events_error_agenda_title' };
			if (time && !AGENDA_TIME.test(time)) errors[`agenda_time_${i}`] ??= { key: 'events_error_agenda_time' };
			for (const [cell, value] of [
				['title', title],
				['place', place],
				['speaker', speaker]
			] as const) {
				const max = cell === 'title' ? LIMITS.agendaTitle : LIMITS.agendaCell;
				if (value.length > max) errors[`agenda_${cell}_${i}`] ??= { key: 'error_too_long', params: { max } };
			}
			agenda.push({ time: time.length === 4 ? `0${time}` : time, title, place, speaker });
		}
		if (agenda.length > LIMITS.agendaRows)
			errors.agenda_title_0 ??= { key: 'events_error_agenda_rows', params: { max: LIMITS.agendaRows } };
		out.agenda = Object.keys(errors).some((k) => k.startsWith('agenda_')) ? [] : agenda;
	}
	return { input: out, errors };
}

/** A stored event as the values of its edit form. */
export function eventFormValues(event: EventFields, areaIds: number[]): Record<string, string | string[]> {
	const zone = event.time_zone;
	const values: Record<string, string | string[]> = {
		type: event.type,
		hostOrganisationId: event.host_organisation_id ? String(event.host_organisation_id) : '',
		cityId: event.city_id ? String(event.city_id) : '',
		title: event.title,
		description: event.description,
		startsAt: toLocalInput(event.starts_at, zone),
		endsAt: toLocalInput(event.ends_at, zone),
		timeZone: zone,
		online: event.online ? 'on' : '',
		place: event.place,
		meetingUrl: event.meeting_url ?? '',
		languages: event.languages,
		capacity: event.capacity === null ? '' : String(event.capacity),
		registrationOpensAt: event.registration_opens_at ? toLocalInput(event.registration_opens_at, zone) : '',
		registrationClosesAt: event.registration_closes_at ? toLocalInput(event.registration_closes_at, zone) : '',
		visibility: event.visibility,
		questions: event.questions,
		freeQuestion: event.free_question,
		areaIds: areaIds.map(String)
	};
	event.agenda.forEach((item, i) => {
		values[`agenda_time_${i}`] = item.time;
		values[`agenda_title_${i}`] = item.title;
		values[`agenda_place_${i}`] = item.place;
		values[`agenda_speaker_${i}`] = item.speaker;
	});
	return values;
}

/** "Add more rows": the form back as typed, with three more programme rows than it had. */
export function moreRows(values: Record<string, string | string[]>) {
	const rows = Math.max(3, ...agendaIndexes(values).map((i) => i + 1));
	return { values, agendaRows: Math.min(LIMITS.agendaRows, rows + 3) };
}
