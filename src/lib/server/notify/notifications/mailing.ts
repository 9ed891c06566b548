/**
 * Notification mail: turns unmailed notifications into outbox mail, as a periodic job.
 *
 * Per notification, the effective frequency is the person's override for its context (where
 * its registry entry allows one: thread, challenge, group; a group's thread or proposal also
 * honours the group's override), else their own setting (weekly by default):
 * - never: marked mailed, no mail;
 * - immediately: one mail per context at the next run ("New in X (3)"), grouped;
 * - daily / weekly: one digest, grouped by context with counts and links.
 *
 * When a digest goes: once the oldest notification waiting for a daily digest is a day old, or
 * the oldest waiting for a weekly digest is a week old — the first notification starts the
 * clock, so a digest never arrives a moment after the first reply, and nothing waits longer
 * than its period (plus a run). At most one digest a day (`last_digest_at`). A digest carries
 * every notification waiting for a daily digest, and the weekly ones once they are due.
 *
 * Skipped without mail (marked mailed): notifications already read on the site, contexts that
 * are gone, hidden, or no longer readable by the person (left a secret group since), and all
 * of a person whose address is not verified. Nothing left → no mail: never an empty digest.
 *
 * Exactly once with several processes: each person is handled in one transaction that locks
 * their notification_settings row FOR UPDATE SKIP LOCKED (another process skips them), marks
 * the notifications mailed only where still unmailed, and inserts the outbox mail; the outbox
 * worker claims mail with SKIP LOCKED too.
 *
 * Every mail names its frequency, links to the settings and has a one-click unsubscribe link
 * (`/unsubscribe/<token>`, no sign-in) with `List-Unsubscribe` and `List-Unsubscribe-Post`.
 */
import type { Kysely, Transaction } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB, EmailFrequency } from '../../platform/db';
import { hashToken, newToken, toActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { translate } from '../../platform/i18n';
import { contextEntry, contextKey, contextLinks, kindEntry, readableContexts, type ContextLink, type ContextRef } from '../registry';
import * as q from './mailing.queries';

const DAY_MS = 86_400_000;
export const DIGEST_PERIOD_MS: Record<'daily' | 'weekly', number> = { daily: DAY_MS, weekly: 7 * DAY_MS };
/** People looked at per query page; a run goes through all pages. */
const PAGE = 200;

export interface MailingResult {
	/** Mails queued: immediate ones and digests. */
	mails: number;
	digests: number;
	/** Notifications marked mailed without a mail (read, never, gone, no longer readable). */
	skipped: number;
}

export const unsubscribeUrl = (origin: string, token: string) => `${origin}/unsubscribe/${token}`;
export const settingsUrl = (origin: string, locale: Locale) => `${origin}/${locale}/account/notifications`;

/** The frequency that applies to one notification. */
export function effectiveFrequency(
	n: { context_type: string; context_id: number },
	groupId: number | null,
	overrides: Map<string, EmailFrequency>,
	setting: EmailFrequency
): EmailFrequency {
	if (contextEntry(n.context_type)?.overridable) {
		const own = overrides.get(`${n.context_type}:${n.context_id}`);
		if (own) return own;
	}
	if (groupId !== null) {
		const group = overrides.get(`group:${groupId}`);
		if (group) return group;
	}
	return setting;
}

/** Whether a digest may go at `now`, given what waits for it (see the header). */
export function digestDue(now: Date, lastDigestAt: Date | null, oldestDaily: Date | null, oldestWeekly: Date | null) {
	const t = now.getTime();
	if (lastDigestAt && t - lastDigestAt.getTime() < DAY_MS) return { daily: false, weekly: false };
	const weekly = oldestWeekly !== null && t - oldestWeekly.getTime() >= DIGEST_PERIOD_MS.weekly;
	const daily = oldestDaily !== null && (weekly || t - oldestDaily.getTime() >= DIGEST_PERIOD_MS.daily);
	return { daily, weekly };
}

/** Runs the job once for everyone; safe to run in several processes at once. */
export async function mailNotifications(db: Kysely<DB>, now: Date, origin: string): Promise<MailingResult> {
	const total: MailingResult = { mails: 0, digests: 0, skipped: 0 };
	let after = 0;
	for (;;) {
		const people = await q.mailCandidates(db, now, after, PAGE);
		for (const personId of people) {
			const result = await db.transaction().execute((trx) => mailPerson(trx, personId, now, origin));
			total.mails += result.mails;
			total.digests += result.digests;
			total.skipped += result.skipped;
		}
		if (people.length < PAGE) break;
		after = people[people.length - 1];
	}
	return total;
}

interface ContextGroup {
	link: ContextLink;
	items: q.PendingNotification[];
}

async function mailPerson(trx: Transaction<DB>, personId: number, now: Date, origin: string): Promise<MailingResult> {
	const result: MailingResult = { mails: 0, digests: 0, skipped: 0 };
	const settings = await q.claimPersonSettings(trx, personId);
	if (!settings) return result; // another process is on it
	const pending = await q.pendingNotifications(trx, personId);
	if (pending.length === 0) return result;
	const person = await q.findMailRecipient(trx, personId);
	if (!person) return result;

	const skip: string[] = [];
	if (person.email_verified_at === null) {
		result.skipped = (
			await q.markMailed(
				trx,
				pending.map((n) => n.id),
				now
			)
		).length;
		return result;
	}
	const actor = toActor(person);

	const refs: ContextRef[] = pending.map((n) => ({ type: n.context_type, id: n.context_id }));
	const links = await contextLinks(trx, refs);
	// The fan-out checked access when it made the notification; a digest may go a week later,
	// so it is checked again now (same rules): a secret group's thread titles must not reach
	// someone who left it, nor hidden content anyone but its author.
	const readable = await readableContexts(trx, actor, [...links.values()]);
	const overrides = new Map(
		(await q.overridesOf(trx, personId)).map((o) => [`${o.context_type}:${o.context_id}`, o.email_frequency] as const)
	);

	const immediate: q.PendingNotification[] = [];
	const daily: q.PendingNotification[] = [];
	const weekly: q.PendingNotification[] = [];
	for (const n of pending) {
		const key = contextKey({ type: n.context_type, id: n.context_id });
		const link = links.get(key);
		if (!link || !readable.has(key) || n.read_at !== null) {
			skip.push(n.id);
			continue;
		}
		const frequency = effectiveFrequency(n, link.groupId, overrides, settings.email_frequency);
		if (frequency === 'never') skip.push(n.id);
		else if (frequency === 'immediately') immediate.push(n);
		else (frequency === 'daily' ? daily : weekly).push(n);
	}
	result.skipped = (await q.markMailed(trx, skip, now)).length;

	const locale = actor.locale;
	// Only the hash of an unsubscribe token is stored, so each run that mails the person makes
	// a fresh one (made once, when the first mail is written; older mails' links keep working).
	let token: string | undefined;
	const unsubscribeToken = async () => {
		if (token === undefined) {
			token = newToken();
			await q.insertUnsubscribeToken(trx, personId, hashToken(token));
		}
		return token;
	};
	const footer = async (frequency: EmailFrequency) => mailFooter(origin, locale, await unsubscribeToken(), frequency);
	const headers = async () => unsubscribeHeaders(origin, await unsubscribeToken());

	for (const group of groupByContext(immediate, links)) {
		const claimed = await q.markMailed(
			trx,
			group.items.map((n) => n.id),
			now
		);
		if (claimed.length === 0) continue;
		const items = group.items.filter((n) => claimed.includes(n.id));
		await insertMail(trx, {
			to: person.email,
			subject: m.notifications_mail_immediate_subject({ count: items.length }, { locale }),
			text: [
				m.notifications_mail_greeting({ name: person.name }, { locale }),
				'',
				m.notifications_mail_immediate_intro({}, { locale }),
				'',
				contextBlock({ link: group.link, items }, origin, locale),
				await footer('immediately')
			].join('\n'),
			headers: await headers()
		});
		result.mails++;
	}

	const due = digestDue(now, settings.last_digest_at, daily[0]?.created_at ?? null, weekly[0]?.created_at ?? null);
	const digestItems = [...(due.daily ? daily : []), ...(due.weekly ? weekly : [])];
	if (digestItems.length > 0) {
		const claimed = new Set(
			await q.markMailed(
				trx,
				digestItems.map((n) => n.id),
				now
			)
		);
		const groups = groupByContext(
			digestItems.filter((n) => claimed.has(n.id)),
			links
		);
		if (groups.length > 0) {
			const frequency: EmailFrequency =
				due.weekly && !due.daily
					? 'weekly'
					: due.daily && !due.weekly
						? 'daily'
						: settings.email_frequency === 'daily'
							? 'daily'
							: 'weekly';
			const count = groups.reduce((sum, g) => sum + g.items.length, 0);
			const subject =
				frequency === 'daily'
					? m.notifications_mail_digest_subject_daily({ count }, { locale })
					: m.notifications_mail_digest_subject_weekly({ count }, { locale });
			await insertMail(trx, {
				to: person.email,
				subject,
				text: [
					m.notifications_mail_greeting({ name: person.name }, { locale }),
					'',
					m.notifications_mail_digest_intro({ contexts: groups.length }, { locale }),
					'',
					...groups.map((g) => contextBlock(g, origin, locale)),
					await footer(frequency)
				].join('\n'),
				headers: await headers()
			});
			await q.setLastDigest(trx, personId, now);
			result.mails++;
			result.digests++;
		}
	}
	return result;
}

/** Groups notifications by context, in the order each context first appears (oldest first). */
function groupByContext(items: q.PendingNotification[], links: Map<string, ContextLink>): ContextGroup[] {
	const groups = new Map<string, ContextGroup>();
	for (const n of items) {
		const key = contextKey({ type: n.context_type, id: n.context_id });
		const link = links.get(key);
		if (!link) continue;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { link, items: [] }));
		group.items.push(n);
	}
	return [...groups.values()];
}

/** One context in a mail: its title, what happened (counts by kind, mentions) and its link. */
export function contextBlock(group: ContextGroup, origin: string, locale: Locale): string {
	const counts = new Map<string, number>();
	for (const n of group.items) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
	const heading = contextEntry(group.link.type)?.wording.mail;
	const lines = heading ? [translate({ key: heading, params: { title: group.link.title } }, locale)] : [group.link.title];
	let other = 0;
	for (const [kind, count] of counts) {
		const line = kindEntry(kind)?.mail;
		if (line) lines.push(`  ${translate({ key: line, params: { count } }, locale)}`);
		else other += count;
	}
	if (other > 0) lines.push(`  ${m.notifications_mail_kind_other({ count: other }, { locale })}`);
	const mentions = group.items.filter((n) => n.mentioned).length;
	if (mentions > 0) lines.push(`  ${m.notifications_mail_mentions({ count: mentions }, { locale })}`);
	lines.push(`  ${origin}/${locale}/${group.link.path}`, '');
	return lines.join('\n');
}

function mailFooter(origin: string, locale: Locale, token: string, frequency: EmailFrequency): string {
	const why = {
		immediately: m.notifications_mail_footer_immediately,
		daily: m.notifications_mail_footer_daily,
		weekly: m.notifications_mail_footer_weekly,
		never: m.notifications_mail_footer_weekly
	}[frequency];
	return [
		'-- ',
		why({}, { locale }),
		m.notifications_mail_footer_settings({ url: settingsUrl(origin, locale) }, { locale }),
		m.notifications_mail_footer_unsubscribe({ url: unsubscribeUrl(origin, token) }, { locale })
	].join('\n');
}

/** RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link. */
export function unsubscribeHeaders(origin: string, token: string): Record<string, string> {
	return {
		'List-Unsubscribe': `<${unsubscribeUrl(origin, token)}>`,
		'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
	};
}
