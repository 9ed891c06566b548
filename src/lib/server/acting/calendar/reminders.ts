/**
 * The day-before reminder of an event, as a periodic job: every few minutes it claims the
 * registrations of events starting in 24 to 26 hours that have not been reminded, and queues
 * one mail each in the person's language, with the time in the event's zone. The window is
 * two hours wide, so a job that runs at least every hour or so misses nobody. Each reader is
 * asked of the event page's rules as they stand when the mail is written: someone who may no
 * longer see the event (it became members-only, their membership lapsed) gets no reminder, and
 * the meeting link goes only to those the page would show it to.
 */
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/datetime';
import { config } from '../../platform/core';
import type { DB } from '../../platform/db';
import { insertMail } from '../../platform/mail';
import { can, toActor } from '../../platform/auth';
import { claimDueReminders, findActors, reminderDetails } from './calendar.queries';
import { calendarPolicy } from './calendar.policy';
import { eventPageUrl } from './calendar.service';
import { asLocale } from '../../platform/i18n';

const HOUR = 3_600_000;
export const REMINDER_FROM_HOURS = 24;
export const REMINDER_TO_HOURS = 26;

/** Queues the reminders due at `now`; returns how many. Claim and mail commit together. */
export async function queueEventReminders(db: Kysely<DB>, now: Date, origin: string = config.origin): Promise<{ queued: number }> {
	return db.transaction().execute(async (trx) => {
		const claimed = await claimDueReminders(
			trx,
			new Date(now.getTime() + REMINDER_FROM_HOURS * HOUR),
			new Date(now.getTime() + REMINDER_TO_HOURS * HOUR)
		);
		const details = await reminderDetails(
			trx,
			claimed.map((c) => c.id)
		);
		const actors = new Map((await findActors(trx, [...new Set(details.map((d) => d.person_id))])).map((p) => [p.id, toActor(p)]));
		// A claimed registration left out stays claimed: the reminder is decided once, now.
		const rows = details.filter((row) => can(actors.get(row.person_id) ?? null, calendarPolicy, 'event', row));
		for (const row of rows) {
			const locale = asLocale(row.locale);
			const reader = actors.get(row.person_id) ?? null;
			const lines = [
				m.calendar_reminder_greeting({ name: row.name }, { locale }),
				'',
				m.calendar_reminder_intro({ title: row.title }, { locale }),
				'',
				m.calendar_reminder_when({ when: formatPeriod(row.starts_at, row.ends_at, row.time_zone, locale) }, { locale })
			];
			if (row.place.trim()) lines.push(m.calendar_reminder_place({ place: row.place.trim() }, { locale }));
			if (row.meeting_url && can(reader, calendarPolicy, 'meetingLink', { status: row.status, manages: false }))
				lines.push(m.calendar_reminder_meeting({ url: row.meeting_url }, { locale }));
			lines.push(
				m.calendar_reminder_details({ url: eventPageUrl(origin, locale, row.slug) }, { locale }),
				'',
				m.calendar_reminder_cancel({}, { locale })
			);
			await insertMail(trx, {
				to: row.email,
				subject: m.calendar_reminder_subject({}, { locale }),
				text: lines.join('\n')
			});
		}
		return { queued: rows.length };
	});
}
