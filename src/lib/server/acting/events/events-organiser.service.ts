/**
 * Organisers' tools: who is coming and what they answered, a CSV of it, one message to all
 * participants, attendance after the event, notes and the practices shown. Only organisers
 * (people of the host organisation, the creator, coordinators, admins) get past managedEvent.
 */
import type { Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { formatDateTime, formatPeriod } from '$lib/datetime';
import { checkVersion, conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { insertAudit } from '../../platform/audit';
import { insertMail } from '../../platform/mail';
import { managedEvent, registrantsWhoSee, visibleEvent } from './events-access';
import { findEventBySlug, findVisiblePracticeId, searchPracticeRows } from './event-read.queries';
import { lockEvent } from './events.queries';
import {
	addEventPractice,
	insertEventMessage,
	listEventMessages,
	listParticipantRows,
	removeEventPractice,
	setAttendance,
	updateEventRow
} from './event-write.queries';
import { toCsv } from './csv';
import { EVENT_QUESTIONS, messageSchema, notesSchema, type EventQuestion } from './events.schemas';
import { asLocale } from '../../platform/i18n';

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

function questionsOf(event: { questions: string[] }): EventQuestion[] {
	return event.questions.filter((q): q is EventQuestion => (EVENT_QUESTIONS as readonly string[]).includes(q));
}

/** The participant list for organisers: registered first, then the waitlist in order. */
export async function getParticipants(actor: MaybeActor, input: { slug: string; locale: Locale; now?: Date }, { db }: Deps) {
	const event = await managedEvent(db, actor, input.slug);
	const now = input.now ?? new Date();
	const [rows, messages] = await Promise.all([listParticipantRows(db, event.id), listEventMessages(db, event.id)]);
	const questions = questionsOf(event);
	let queue = 0;
	return {
		event: {
			slug: event.slug,
			title: event.title,
			period: formatPeriod(event.starts_at, event.ends_at, event.time_zone, input.locale),
			capacity: event.capacity,
			cancelled: event.cancelled_at !== null,
			started: event.starts_at <= now
		},
		questions,
		freeQuestion: event.free_question,
		participants: rows.map((r) => ({
			id: r.id,
			name: r.name,
			handle: r.handle,
			email: r.email,
			organisations: r.organisations,
			status: r.status as 'registered' | 'waitlisted',
			queue: r.status === 'waitlisted' ? ++queue : null,
			answers: questionsOf(event).map((q) => ({ question: q, answer: (r.answers as Record<string, string>)[q] ?? '' })),
			attended: r.attended
		})),
		messages: messages.map((msg) => ({
			id: msg.id,
			subject: msg.subject,
			body: msg.body,
			recipients: msg.recipients,
			sender: msg.sender_name ?? '',
			sentAt: formatDateTime(msg.created_at, event.time_zone, input.locale)
		}))
	};
}

/** The same list as a spreadsheet file, headed in the organiser's language. */
export async function participantsCsv(actor: MaybeActor, input: { slug: string; locale: Locale }, deps: Deps) {
	const view = await getParticipants(actor, input, deps);
	const locale = input.locale;
	const questionLabel = (q: EventQuestion) =>
		q === 'diet'
			? m.events_question_diet({}, { locale })
			: q === 'accessibility'
				? m.events_question_accessibility({}, { locale })
				: view.freeQuestion;
	const header = [
		m.events_csv_name({}, { locale }),
		m.events_csv_email({}, { locale }),
		m.events_csv_organisations({}, { locale }),
		m.events_csv_status({}, { locale }),
		m.events_csv_queue({}, { locale }),
		...view.questions.map(questionLabel),
		m.events_csv_attended({}, { locale })
	];
	const statusLabel = (s: 'registered' | 'waitlisted') =>
		s === 'registered' ? m.events_status_registered({}, { locale }) : m.events_status_waitlisted({}, { locale });
	const attendedLabel = (a: boolean | null) =>
		a === null ? '' : a ? m.events_attended_yes({}, { locale }) : m.events_attended_no({}, { locale });
	const rows = view.participants.map((p) => [
		p.name,
		p.email,
		p.organisations,
		statusLabel(p.status),
		p.queue ?? '',
		...p.answers.map((a) => a.answer),
		attendedLabel(p.attended)
	]);
	return { fileName: `${view.event.slug}-participants.csv`, body: toCsv([header, ...rows], locale === 'pl' ? ';' : ',') };
}

/**
 * Sends one message to every registered participant (not the waitlist) who may still see the
 * event, each in a mail of their own, recorded with the number of recipients and in the audit log.
 */
export async function messageParticipants(actor: MaybeActor, input: { slug: string; values: FormValues }, { db, origin }: Deps) {
	const event = await managedEvent(db, actor, input.slug);
	const { subject, body } = validate(messageSchema, input.values);
	return db.transaction().execute(async (trx) => {
		const people = await registrantsWhoSee(trx, event, ['registered']);
		if (people.length === 0) throw conflict('events_error_no_participants');
		for (const person of people) {
			const locale = asLocale(person.locale);
			await insertMail(trx, {
				to: person.email,
				// what the organiser wrote goes in the body; the subject is the platform's own
				subject: m.events_mail_message_subject({}, { locale }),
				text: m.events_mail_message_text(
					{ name: person.name, sender: actor!.name, title: event.title, subject, body, url: `${origin}/${locale}/events/${event.slug}` },
					{ locale }
				)
			});
		}
		const { id } = await insertEventMessage(trx, { eventId: event.id, senderId: actor!.id, subject, body, recipients: people.length });
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'event.message',
			subjectType: 'event',
			subjectId: event.id,
			details: { messageId: id, recipients: people.length }
		});
		return { recipients: people.length };
	});
}

/** Marks who came: `attended_<registration id>` = yes | no | '' (not marked), once the event has started. */
export async function markAttendance(actor: MaybeActor, input: { slug: string; values: FormValues; now?: Date }, { db }: Deps) {
	const event = await managedEvent(db, actor, input.slug);
	if (event.starts_at > (input.now ?? new Date())) throw conflict('events_error_attendance_too_early');
	const marks: [number, boolean | null][] = [];
	for (const [key, value] of Object.entries(input.values)) {
		const match = /^attended_(\d{1,10})$/.exec(key);
		if (!match) continue;
		const v = text(value);
		if (!['yes', 'no', ''].includes(v)) throw invalid({ [key]: { key: 'error_invalid_choice' } });
		marks.push([Number(match[1]), v === '' ? null : v === 'yes']);
	}
	return db.transaction().execute(async (trx) => {
		// only this event's registered people: a form of made-up ids costs no query each
		const registered = new Set((await listParticipantRows(trx, event.id)).filter((r) => r.status === 'registered').map((r) => r.id));
		let changed = 0;
		for (const [id, attended] of marks) if (registered.has(id)) changed += await setAttendance(trx, event.id, id, attended);
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'event.attendance',
			subjectType: 'event',
			subjectId: event.id,
			details: { marked: changed }
		});
		return { marked: changed };
	});
}

/**
 * Notes after the event (Markdown), written by organisers once it has started. Notes saved by
 * another organiser since the form was opened are not overwritten (the event's version).
 */
export async function saveEventNotes(actor: MaybeActor, input: { slug: string; values: FormValues; now?: Date }, { db }: Deps) {
	const event = await managedEvent(db, actor, input.slug);
	if (event.starts_at > (input.now ?? new Date())) throw conflict('events_error_notes_too_early');
	const { notes } = validate(notesSchema, input.values);
	await db.transaction().execute(async (trx) => {
		const locked = await lockEvent(trx, event.id);
		if (!locked) throw notFound();
		await checkVersion({
			input: input.values,
			current: locked.version,
			theirs: async () => ({ notes: (await findEventBySlug(trx, event.slug))?.notes ?? '' })
		});
		await updateEventRow(trx, event.id, { notes, version: locked.version + 1 });
		await insertAudit(trx, { actorId: actor!.id, action: 'event.notes', subjectType: 'event', subjectId: event.id });
	});
}

/** A practice's slug, or its address on this site ("…/practices/<slug>"). */
function practiceSlugFrom(value: string): string {
	const match = /\/practices\/([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(value);
	return (match ? match[1] : value).trim().toLowerCase();
}

/** Links a practice the organiser may see to the event (what participants will see or saw). */
export async function addEventPracticeFromForm(actor: MaybeActor, input: { slug: string; values: FormValues }, { db }: Deps) {
	const event = await managedEvent(db, actor, input.slug);
	const slug = practiceSlugFrom(text(input.values.practice));
	if (!slug) throw invalid({ practice: { key: 'error_required' } });
	const practice = slug.length <= 200 ? await findVisiblePracticeId(db, actor, slug) : undefined;
	if (!practice) throw invalid({ practice: { key: 'events_error_practice_not_found' } });
	await db.transaction().execute(async (trx) => {
		await addEventPractice(trx, event.id, practice.id);
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'event.practice_add',
			subjectType: 'event',
			subjectId: event.id,
			details: { practiceId: practice.id }
		});
	});
}

export async function removeEventPracticeFromForm(actor: MaybeActor, input: { slug: string; values: FormValues }, { db }: Deps) {
	const event = await managedEvent(db, actor, input.slug);
	const id = Number(text(input.values.practiceId));
	if (!Number.isInteger(id) || id <= 0) throw invalid({ practice: { key: 'error_invalid' } });
	await db.transaction().execute(async (trx) => {
		await removeEventPractice(trx, event.id, id);
		await insertAudit(trx, {
			actorId: actor!.id,
			action: 'event.practice_remove',
			subjectType: 'event',
			subjectId: event.id,
			details: { practiceId: id }
		});
	});
}

/** Practices matching the organiser's words, to pick from on the event page. */
export async function findPracticesForEvent(actor: MaybeActor, input: { slug: string; text: string; locale: Locale }, { db }: Deps) {
	await managedEvent(db, actor, input.slug);
	const words = input.text.trim().slice(0, 100);
	if (words.length < 2) return [];
	const rows = await searchPracticeRows(db, actor, words, input.locale);
	return rows.map((p) => ({ id: p.id, slug: p.slug, title: p.title?.title ?? p.slug, lang: p.title?.lang ?? input.locale }));
}

/** The event's id for its materials, if the actor may see it (the documents service decides the rest). */
export async function eventForDocuments(actor: MaybeActor, slug: string, { db }: Deps) {
	const { event } = await visibleEvent(db, actor, slug);
	return { id: event.id };
}
