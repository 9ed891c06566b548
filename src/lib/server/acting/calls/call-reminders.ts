/**
 * Deadline reminders for followers of checked calls, 14 and 3 days before. Run periodically
 * (the jobs runner calls `queueCallReminders`); safe to run from several processes at once.
 */
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../../platform/db';
import { insertMail } from '../../platform/mail';
import { followers } from '../../notify/follows';
import { claimReminders } from './calls.queries';
import { daysLeft, deadlineText } from './deadline';
import { config } from '../../platform/core';
import { asLocale } from '../../platform/i18n';

export interface ReminderResult {
	/** Calls reminded, by threshold. */
	calls: { 14: number; 3: number };
	mails: number;
}

/**
 * Claims the due reminders and queues one mail per follower, in their language, with the
 * deadline in the call's zone. Claim and mail are one transaction: a failure leaves the
 * reminder for the next run; a claimed reminder is never sent again.
 */
export async function queueCallReminders(db: Kysely<DB>, now: Date, origin: string = config.origin): Promise<ReminderResult> {
	const result: ReminderResult = { calls: { 14: 0, 3: 0 }, mails: 0 };
	// 3 first: it also claims a 14-day reminder never sent, so nobody gets both at once
	for (const threshold of [3, 14] as const) {
		await db.transaction().execute(async (trx) => {
			const calls = await claimReminders(trx, threshold, now);
			result.calls[threshold] += calls.length;
			for (const call of calls) {
				for (const person of await followers({ type: 'call', id: call.id }, { db: trx })) {
					const locale = asLocale(person.locale);
					const when = deadlineText(call.deadline, call.time_zone, locale);
					const days = Math.max(0, daysLeft(call.deadline, call.time_zone, now));
					await insertMail(trx, {
						to: person.email,
						subject: m.calls_mail_reminder_subject({ date: when }, { locale }),
						text: m.calls_mail_reminder_text(
							{
								name: person.name,
								title: call.title,
								funder: call.funder,
								date: when,
								days,
								url: `${origin}/${locale}/calls/${call.slug}`
							},
							{ locale }
						)
					});
					result.mails++;
				}
			}
		});
	}
	return result;
}
