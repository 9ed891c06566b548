/**
 * Calendar files: one event's .ics (for the person reading its page) and a person's secret
 * feed of the events they hold a place at, for calendar apps that subscribe without a session.
 * Both ask the event page's rules (calendarPolicy) when the file is read: an event the reader
 * may no longer see (it became members-only, their membership lapsed) leaves the feed, and the
 * meeting link goes in only where the page would show it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { notFound, type Deps } from '../../platform/core';
import { authorize, can, toActor, type MaybeActor } from '../../platform/auth';
import { calendarPolicy } from './calendar.policy';
import { buildCalendar, type IcsEvent } from './ics';
import * as q from './calendar.queries';

/** Past events stay in a feed this long, so last month's meeting is still in the calendar. */
export const FEED_PAST_DAYS = 90;
const DAY = 86_400_000;

interface CalendarEventFacts {
	id: number;
	slug: string;
	title: string;
	description: string;
	starts_at: Date;
	ends_at: Date;
	online: boolean;
	place: string;
	meeting_url: string | null;
	cancelled_at: Date | null;
	created_at: Date;
	updated_at: Date;
}

export const eventPageUrl = (origin: string, locale: Locale, slug: string) => `${origin}/${locale}/events/${encodeURIComponent(slug)}`;

/** The VEVENT of an event; `withMeetingLink` (the policy's answer) decides whether the link is in it. */
export function toIcsEvent(event: CalendarEventFacts, withMeetingLink: boolean, locale: Locale, origin: string): IcsEvent {
	const url = eventPageUrl(origin, locale, event.slug);
	const meeting = withMeetingLink && event.meeting_url ? event.meeting_url : null;
	const location = [event.place.trim(), event.online ? (meeting ?? m.calendar_online({}, { locale })) : ''].filter(Boolean).join(' · ');
	const description = [
		event.description.trim(),
		meeting ? m.calendar_ics_meeting_link({ url: meeting }, { locale }) : '',
		m.calendar_ics_details({ url }, { locale })
	]
		.filter(Boolean)
		.join('\n\n');
	const changed = Math.max(event.updated_at.getTime(), event.cancelled_at?.getTime() ?? 0);
	return {
		uid: `event-${event.id}@${new URL(origin).hostname}`,
		start: event.starts_at,
		end: event.ends_at,
		summary: event.title,
		description,
		location,
		url,
		cancelled: event.cancelled_at !== null,
		// Seconds since creation only grow with each change: a valid, increasing SEQUENCE.
		sequence: Math.max(0, Math.floor((changed - event.created_at.getTime()) / 1000)),
		lastModified: new Date(changed)
	};
}

export interface CalendarFile {
	fileName: string;
	body: string;
}

/** The .ics of one event, for whoever may see it; a members-only event is missing for others. */
export async function eventCalendar(actor: MaybeActor, slug: unknown, locale: Locale, deps: Deps): Promise<CalendarFile> {
	if (typeof slug !== 'string' || slug.length > 200) throw notFound();
	const event = await q.findEventForCalendar(deps.db, slug, actor?.id ?? null);
	if (!event) throw notFound();
	authorize(actor, calendarPolicy, 'event', event);
	const link = can(actor, calendarPolicy, 'meetingLink', { status: event.registration, manages: false });
	const body = buildCalendar({ events: [toIcsEvent(event, link, locale, deps.origin)] });
	return { fileName: `${event.slug}.ics`, body };
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The feed address for a token (https), and the webcal:// form calendar apps open directly. */
export function feedUrls(origin: string, token: string) {
	const https = `${origin}/calendar/${token}.ics`;
	return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/** Whether the actor has a feed address, and since when (the address itself is not kept). */
export async function feedStatus(actor: MaybeActor, deps: Deps): Promise<{ createdAt: Date | null }> {
	authorize(actor, calendarPolicy, 'signedIn');
	const feed = await q.findFeed(deps.db, actor.id);
	return { createdAt: feed?.created_at ?? null };
}

/**
 * A new secret address for the actor's feed (32 random bytes); any earlier address stops
 * working. Only the token's SHA-256 is stored, so the address is shown once, now.
 */
export async function createFeed(actor: MaybeActor, deps: Deps): Promise<{ token: string; https: string; webcal: string }> {
	authorize(actor, calendarPolicy, 'signedIn');
	const token = randomBytes(32).toString('base64url');
	await q.saveFeed(deps.db, actor.id, hashToken(token));
	return { token, ...feedUrls(deps.origin, token) };
}

export async function revokeFeed(actor: MaybeActor, deps: Deps): Promise<{ revoked: boolean }> {
	authorize(actor, calendarPolicy, 'signedIn');
	return { revoked: await q.deleteFeed(deps.db, actor.id) };
}

/**
 * The feed behind a secret address: the owner's events, upcoming and of the last 90 days, that
 * the owner may see now, each with the meeting link only where the event page would show it.
 */
export async function feedCalendar(token: unknown, deps: Deps, now: Date = new Date()): Promise<string> {
	if (typeof token !== 'string' || !TOKEN.test(token)) throw notFound();
	const row = await q.findFeedOwner(deps.db, hashToken(token));
	if (!row) throw notFound();
	const owner = toActor(row);
	const locale = owner.locale;
	const rows = await q.listRegisteredEvents(deps.db, owner.id, new Date(now.getTime() - FEED_PAST_DAYS * DAY));
	const events = rows
		.filter((event) => can(owner, calendarPolicy, 'event', event))
		.map((event) =>
			toIcsEvent(event, can(owner, calendarPolicy, 'meetingLink', { status: event.status, manages: false }), locale, deps.origin)
		);
	return buildCalendar({ name: m.calendar_feed_name({}, { locale }), refreshMinutes: 60, events }, now);
}
