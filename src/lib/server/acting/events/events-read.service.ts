/** What the calendar, the event page and the event form show, shaped for the pages. */
import type { Locale } from '$lib/paraglide/runtime';
import { formatDateTime, formatPeriod, formatTime, timeZoneOptions, toLocalInput, zoneAbbreviation } from '$lib/datetime';
import { editVersion, type Deps } from '../../platform/core';
import type { AgendaItem, EventType, RegistrationStatus } from '../../platform/db';
import { authorize, type MaybeActor } from '../../platform/auth';
import { COMMON_LANGUAGES } from '../../knowledge/practices';
import { listAreas } from '../../knowledge/areas';
import { eventPolicy, isRegistrationOpen } from './events.policy';
import {
	countByStatus,
	countEventRows,
	findViewerRegistration,
	isStudyVisit,
	listApprovedOrganisations,
	listEventAreaRows,
	listEventCities,
	listEventPracticeRows,
	listEventRows,
	listPersonOrganisations,
	type EventListFilters,
	type EventListRow
} from './event-read.queries';
import { listEventAreaIds } from './event-write.queries';
import { listCityChoices } from '../../directory/cities';
import { managedEvent, visibleEvent } from './events-access';
import { eventFormValues } from './events-form';
import { EVENT_QUESTIONS, EVENT_TYPES, type EventQuestion } from './events.schemas';
import { dateFormat } from '$lib/intl';
import { summarised } from '../../platform/cache';
import { cityName, countryName, languageName, renderMarkdown } from '../../shared';

export const PAGE_SIZE = 20;
const DAY = 86_400_000;

export interface EventListItem {
	slug: string;
	title: string;
	type: EventType;
	period: string;
	startsAt: string;
	city: { slug: string; name: string } | null;
	host: { slug: string; name: string } | null;
	online: boolean;
	place: string;
	cancelled: boolean;
	membersOnly: boolean;
	/** null: no limit. */
	placesLeft: number | null;
}

export interface MonthDayEvent {
	slug: string;
	title: string;
	type: EventType;
	/** Local start time on the event's first day, in its zone with the zone named; '' on later days. */
	time: string;
	cancelled: boolean;
}

export interface MonthDay {
	date: string;
	day: number;
	events: MonthDayEvent[];
}

export interface MonthView {
	month: string;
	label: string;
	previous: string;
	next: string;
	weekdays: { short: string; long: string }[];
	/** Weeks from Monday; null where the day belongs to another month. */
	weeks: (MonthDay | null)[][];
	count: number;
}

const intlLocale = (locale: string) => (locale === 'pl' ? 'pl-PL' : 'en-GB');

function toItem(row: EventListRow, locale: Locale): EventListItem {
	return {
		slug: row.slug,
		title: row.title,
		type: row.type,
		period: formatPeriod(row.starts_at, row.ends_at, row.time_zone, locale),
		startsAt: row.starts_at.toISOString(),
		city: row.city_slug ? { slug: row.city_slug, name: cityName({ name: row.city_name!, name_en: row.city_name_en }, locale) } : null,
		host: row.host_slug ? { slug: row.host_slug, name: row.host_name! } : null,
		online: row.online,
		place: row.place,
		cancelled: row.cancelled_at !== null,
		membersOnly: row.visibility === 'members',
		placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.registered)
	};
}

function shiftMonth(month: string, by: number): string {
	const [y, mo] = month.split('-').map(Number);
	const d = new Date(Date.UTC(y, mo - 1 + by, 1));
	return d.toISOString().slice(0, 7);
}

/** The month as a grid of weeks, each event listed on every day it covers in its own zone. */
export function buildMonth(month: string, rows: EventListRow[], locale: Locale): MonthView {
	const [y, mo] = month.split('-').map(Number);
	const first = new Date(Date.UTC(y, mo - 1, 1));
	const daysIn = new Date(Date.UTC(y, mo, 0)).getUTCDate();
	const lead = (first.getUTCDay() + 6) % 7;
	const days: MonthDay[] = Array.from({ length: daysIn }, (_, i) => ({
		date: `${month}-${String(i + 1).padStart(2, '0')}`,
		day: i + 1,
		events: []
	}));
	let count = 0;
	for (const row of rows) {
		const startDay = toLocalInput(row.starts_at, row.time_zone).slice(0, 10);
		const endDay = toLocalInput(row.ends_at, row.time_zone).slice(0, 10);
		let placed = false;
		for (const day of days) {
			if (day.date < startDay || day.date > endDay) continue;
			placed = true;
			day.events.push({
				slug: row.slug,
				title: row.title,
				type: row.type,
				time:
					day.date === startDay
						? `${formatTime(row.starts_at, row.time_zone, locale)} ${zoneAbbreviation(row.starts_at, row.time_zone, locale)}`
						: '',
				cancelled: row.cancelled_at !== null
			});
		}
		if (placed) count++;
	}
	const cells: (MonthDay | null)[] = [...Array.from({ length: lead }, () => null), ...days];
	while (cells.length % 7) cells.push(null);
	const weeks: (MonthDay | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	// 2024-01-01 was a Monday
	const weekdays = Array.from({ length: 7 }, (_, i) => {
		const day = new Date(Date.UTC(2024, 0, 1 + i));
		return {
			short: dateFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' }).format(day),
			long: dateFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(day)
		};
	});
	const label = dateFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
	return {
		month,
		label: label.charAt(0).toLocaleUpperCase(locale) + label.slice(1),
		previous: shiftMonth(month, -1),
		next: shiftMonth(month, 1),
		weekdays,
		weeks,
		count
	};
}

export interface CalendarParams {
	view: 'list' | 'month';
	when: 'upcoming' | 'past';
	month: string;
	type: string;
	city: string;
	area: string;
	mode: '' | 'online' | 'onsite';
	page: number;
}

export function readCalendarParams(query: URLSearchParams, now: Date): CalendarParams {
	const get = (key: string) => (query.get(key) ?? '').trim().slice(0, 100);
	const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(get('month')) ? get('month') : toLocalInput(now, 'Europe/Warsaw').slice(0, 7);
	const page = Number(get('page'));
	return {
		view: get('view') === 'month' ? 'month' : 'list',
		when: get('when') === 'past' ? 'past' : 'upcoming',
		month,
		type: (EVENT_TYPES as readonly string[]).includes(get('type')) ? get('type') : '',
		city: /^[a-z0-9-]+$/.test(get('city')) ? get('city') : '',
		area: /^[a-z0-9-]+$/.test(get('area')) ? get('area') : '',
		mode: get('mode') === 'online' || get('mode') === 'onsite' ? (get('mode') as 'online' | 'onsite') : '',
		page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1
	};
}

/** The calendar: upcoming (or past) events as a list with pages, or one month as a grid. */
export async function listEvents(
	actor: MaybeActor,
	input: { query: URLSearchParams; locale: Locale; now?: Date },
	{ db, summaryCache }: Deps
) {
	const now = input.now ?? new Date();
	const params = readCalendarParams(input.query, now);
	const members = eventPolicy.view(actor, { visibility: 'members' });
	const filters: EventListFilters = {
		members,
		type: (params.type || undefined) as EventType | undefined,
		citySlug: params.city || undefined,
		areaKey: params.area || undefined,
		online: params.mode === '' ? undefined : params.mode === 'online'
	};
	const [cities, areas] = await Promise.all([
		summarised(summaryCache, `event-towns:${members}`, () => listEventCities(db, members)),
		listAreas(db, input.locale)
	]);
	const options = {
		types: [...EVENT_TYPES],
		cities: cities.map((c) => ({ value: c.slug, label: `${cityName(c, input.locale)} (${countryName(c.country_code, input.locale)})` })),
		areas: areas.map((a) => ({ value: a.key, label: a.name as string }))
	};
	const filtered = !!(params.type || params.city || params.area || params.mode);
	if (params.view === 'month') {
		const [y, mo] = params.month.split('-').map(Number);
		// wide enough for every zone; days are placed in each event's own zone
		const from = new Date(Date.UTC(y, mo - 1, 1) - DAY);
		const to = new Date(Date.UTC(y, mo, 1) + DAY);
		const rows = await listEventRows(db, { ...filters, from, to }, now, 500, 0);
		return {
			params,
			options,
			filtered,
			month: buildMonth(params.month, rows, input.locale),
			items: [] as EventListItem[],
			total: 0,
			page: 1,
			pages: 1
		};
	}
	const listFilters = { ...filters, when: params.when };
	const total = await countEventRows(db, listFilters, now);
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	const page = Math.min(params.page, pages);
	const rows = await listEventRows(db, listFilters, now, PAGE_SIZE, (page - 1) * PAGE_SIZE);
	return { params, options, filtered, month: null, items: rows.map((r) => toItem(r, input.locale)), total, page, pages };
}

export type RegistrationState =
	'open' | 'login' | 'members_only' | 'unverified' | 'not_yet' | 'closed' | 'cancelled' | 'study_visit' | 'consultation' | 'ended';

/** One event as its page shows it to this viewer. The meeting link is left out unless policy allows it. */
export async function getEventPage(actor: MaybeActor, input: { slug: string; locale: Locale; now?: Date }, { db }: Deps) {
	const now = input.now ?? new Date();
	const { locale } = input;
	const { event, manages } = await visibleEvent(db, actor, input.slug);
	const [areas, practices, counts, mine, studyVisit] = await Promise.all([
		listEventAreaRows(db, event.id, locale),
		listEventPracticeRows(db, actor, event.id, locale),
		countByStatus(db, event.id),
		actor ? findViewerRegistration(db, event.id, actor.id) : Promise.resolve(undefined),
		isStudyVisit(db, event.id)
	]);
	const status: RegistrationStatus | null = mine?.status ?? null;
	const ended = event.ends_at < now;
	const started = event.starts_at <= now;
	const open = isRegistrationOpen(event, now);
	let state: RegistrationState;
	if (event.cancelled_at) state = 'cancelled';
	else if (studyVisit) state = 'study_visit';
	else if (ended) state = 'ended';
	else if (event.type === 'consultation' && !open) state = 'consultation';
	else if (event.registration_opens_at && now < event.registration_opens_at) state = 'not_yet';
	else if (!open) state = 'closed';
	else if (!actor) state = 'login';
	else if (!eventPolicy.register(actor, event)) state = event.visibility === 'members' ? 'members_only' : 'unverified';
	else state = 'open';
	const zone = event.time_zone;
	const questions = (event.questions as string[]).filter((q): q is EventQuestion => (EVENT_QUESTIONS as readonly string[]).includes(q));
	const places = event.capacity === null ? null : Math.max(0, event.capacity - counts.registered);
	return {
		id: event.id,
		slug: event.slug,
		title: event.title,
		type: event.type,
		host: event.host_slug ? { slug: event.host_slug, name: event.host_name! } : null,
		city: event.city_slug
			? { slug: event.city_slug, name: cityName({ name: event.city_name!, name_en: event.city_name_en }, locale) }
			: null,
		period: formatPeriod(event.starts_at, event.ends_at, zone, locale),
		startsAt: event.starts_at.toISOString(),
		endsAt: event.ends_at.toISOString(),
		timeZone: zone,
		online: event.online,
		place: event.place,
		meetingUrl: eventPolicy.seeMeetingLink(actor, { status, manages }) ? event.meeting_url : null,
		languages: event.languages.map((code) => ({ code, name: languageName(code, locale) })),
		descriptionHtml: renderMarkdown(event.description),
		agenda: event.agenda as AgendaItem[],
		areas: areas.map((a) => ({ key: a.key, name: a.name as string })),
		practices: practices.map((p) => ({ id: p.id, slug: p.slug, title: p.title?.title ?? p.slug, lang: p.title?.lang ?? locale })),
		capacity: event.capacity,
		registered: counts.registered,
		waitlisted: counts.waitlisted,
		placesLeft: places,
		membersOnly: event.visibility === 'members',
		cancelled: event.cancelled_at !== null,
		cancelledOn: event.cancelled_at ? formatDateTime(event.cancelled_at, zone, locale) : null,
		started,
		ended,
		studyVisit,
		registration: {
			state,
			opensAt: event.registration_opens_at
				? `${formatDateTime(event.registration_opens_at, zone, locale)} ${zoneAbbreviation(event.registration_opens_at, zone, locale)}`
				: null,
			closesAt: event.registration_closes_at
				? `${formatDateTime(event.registration_closes_at, zone, locale)} ${zoneAbbreviation(event.registration_closes_at, zone, locale)}`
				: null,
			full: places === 0
		},
		viewer: { status: status === 'cancelled' ? null : status, queue: status === 'waitlisted' ? (mine?.queue ?? null) : null },
		questions,
		freeQuestion: event.free_question,
		manages,
		notesHtml: renderMarkdown(event.notes),
		notes: manages ? event.notes : '',
		/** The version the notes form is based on (organisers only). */
		notesVersion: manages ? editVersion(event.version, { notes: event.notes }) : null
	};
}

export type EventPage = Awaited<ReturnType<typeof getEventPage>>;

interface Choice {
	value: string;
	label: string;
}

/** Choices and starting values for the create and edit forms; refuses who may not use them. */
export async function getEventForm(actor: MaybeActor, input: { slug?: string; locale: Locale }, { db }: Deps) {
	authorize(actor, eventPolicy, 'signedIn');
	const { locale } = input;
	const existing = input.slug ? await managedEvent(db, actor, input.slug) : null;
	const [mine, all, cities, areas] = await Promise.all([
		listPersonOrganisations(db, actor.id),
		eventPolicy.hostAnywhere(actor) ? listApprovedOrganisations(db) : Promise.resolve([]),
		listCityChoices(db),
		listAreas(db, locale)
	]);
	const organisations = new Map<number, { id: number; name: string; city_id: number }>();
	for (const o of [...mine, ...all]) organisations.set(o.id, o);
	const blocked: 'not_member' | 'no_organisation' | null = existing
		? null
		: !actor.isMember
			? 'not_member'
			: organisations.size === 0
				? 'no_organisation'
				: null;
	const hostChoices: Choice[] = [...organisations.values()].map((o) => ({ value: String(o.id), label: o.name }));
	if (existing?.host_organisation_id && !organisations.has(existing.host_organisation_id))
		hostChoices.unshift({ value: String(existing.host_organisation_id), label: existing.host_name ?? '' });
	const firstOrg = mine[0];
	const values: Record<string, string | string[]> = existing
		? eventFormValues(
				{ ...existing, agenda: existing.agenda as AgendaItem[], questions: existing.questions as string[] },
				await listEventAreaIds(db, existing.id)
			)
		: {
				type: 'meeting',
				hostOrganisationId: hostChoices.length === 1 ? hostChoices[0].value : '',
				cityId: firstOrg ? String(firstOrg.city_id) : '',
				timeZone: 'Europe/Warsaw',
				visibility: 'members',
				languages: [locale]
			};
	return {
		blocked,
		event: existing ? { slug: existing.slug, title: existing.title, cancelled: existing.cancelled_at !== null, type: existing.type } : null,
		values,
		/** The version the edit form is based on (null for a new event). */
		version: existing ? editVersion(existing.version, values) : null,
		options: {
			types: EVENT_TYPES.map((t) => t),
			hosts: hostChoices,
			cities: cities.map((c) => ({ value: String(c.id), label: `${cityName(c, locale)} (${countryName(c.country_code, locale)})` })),
			areas: areas.map((a) => ({ value: String(a.id), label: a.name as string })),
			languages: COMMON_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) })),
			zones: timeZoneOptions()
		}
	};
}

export type EventFormView = Awaited<ReturnType<typeof getEventForm>>;
