/**
 * "What is happening here" on a city's, an organisation's and an area's page: upcoming events,
 * open funding calls, projects and partner searches, each a short list with a link to the
 * whole filtered list. Visitors see public events and projects and checked calls; members also
 * members-only events and projects (the projects' own rules, from the projects service) and
 * partner searches. Cancelled events, pending or rejected calls never show.
 */
import type { Locale } from '$lib/paraglide/runtime';
import { formatDateTime, formatPeriod, zoneAbbreviation } from '$lib/datetime';
import { notFound, type Deps } from '../../platform/core';
import type { MaybeActor } from '../../platform/auth';
import { eventPolicy } from '../events';
import { partnerPolicy } from '../partners';
import { listProjects, projectsOfCity, projectsOfOrganisation } from '../projects';
import { challengesOf } from '../../together/challenges';
import {
	findAreaRef,
	findCityRef,
	findOrganisationRef,
	openCallsOfArea,
	openPartnerSearchesOf,
	upcomingEvents,
	type EventScope
} from './activity.queries';
import {
	ACTIVITY_LIMIT,
	type ActivityCall,
	type ActivityEvent,
	type AreaActivity,
	type CityActivity,
	type OrganisationActivity,
	type Section
} from './activity.schemas';
import { cityName } from '../../shared';

const DAY = 86_400_000;

/** Members-only events follow the events policy (members, coordinators included). */
const seesMembersOnly = (actor: MaybeActor) => eventPolicy.view(actor, { visibility: 'members' });

type EventRow = Awaited<ReturnType<typeof upcomingEvents>>['rows'][number];
type CallRow = Awaited<ReturnType<typeof openCallsOfArea>>['rows'][number];

function toEvent(row: EventRow, locale: Locale): ActivityEvent {
	const starts = new Date(row.starts_at);
	return {
		slug: row.slug,
		title: row.title,
		type: row.type,
		when: formatPeriod(starts, new Date(row.ends_at), row.time_zone, locale),
		startsAt: starts.toISOString(),
		online: row.online,
		place: row.place,
		cityName: row.city_name ? cityName({ name: row.city_name, name_en: row.city_name_en }, locale) : null,
		hostName: row.host_name,
		membersOnly: row.visibility === 'members'
	};
}

function toCall(row: CallRow, locale: Locale, now: Date): ActivityCall {
	const deadline = new Date(row.deadline);
	return {
		slug: row.slug,
		title: row.title,
		funder: row.funder,
		programme: row.programme,
		deadline: `${formatDateTime(deadline, row.time_zone, locale)} ${zoneAbbreviation(deadline, row.time_zone, locale)}`,
		deadlineAt: deadline.toISOString(),
		daysLeft: Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / DAY))
	};
}

async function eventsSection(
	actor: MaybeActor,
	scope: Omit<EventScope, 'members'>,
	allHref: string | null,
	locale: Locale,
	deps: Deps,
	now: Date
) {
	const { rows, total } = await upcomingEvents(deps.db, { ...scope, members: seesMembersOnly(actor) }, now, ACTIVITY_LIMIT);
	return { items: rows.map((row) => toEvent(row, locale)), total, allHref } satisfies Section<ActivityEvent>;
}

const short = <T>(items: T[], allHref: string): Section<T> => ({ items: items.slice(0, ACTIVITY_LIMIT), total: items.length, allHref });
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A city's page: upcoming events in the city, and projects its organisations take part in. */
export async function cityActivity(
	actor: MaybeActor,
	input: { slug: string; locale: Locale; now?: Date },
	deps: Deps
): Promise<CityActivity> {
	const city = await findCityRef(deps.db, input.slug);
	if (!city) throw notFound();
	const now = input.now ?? new Date();
	const base = `/${input.locale}`;
	const [events, projects, challenges] = await Promise.all([
		eventsSection(actor, { cityId: city.id }, `${base}/events?${query({ city: city.slug })}`, input.locale, deps, now),
		projectsOfCity(deps, actor, city.id, input.locale),
		challengesOf(actor, { cityId: city.id, locale: input.locale, limit: ACTIVITY_LIMIT }, deps)
	]);
	return {
		events,
		pastEventsHref: `${base}/events?${query({ city: city.slug, when: 'past' })}`,
		projects: short(projects, `${base}/projects?${query({ city: city.slug })}`),
		challenges: { ...challenges, allHref: `${base}/challenges?${query({ city: city.slug })}` }
	};
}

/**
 * An organisation's page: the events it hosts, the projects it is in (with its role), and the
 * partner searches it has open (members only, as everywhere).
 */
export async function organisationActivity(
	actor: MaybeActor,
	input: { slug: string; locale: Locale; now?: Date },
	deps: Deps
): Promise<OrganisationActivity> {
	const organisation = await findOrganisationRef(deps.db, input.slug);
	if (!organisation) throw notFound();
	const now = input.now ?? new Date();
	const base = `/${input.locale}`;
	const members = partnerPolicy.view(actor);
	const [events, projects, searches] = await Promise.all([
		// The calendar has no filter by host: the section lists the first ones only.
		eventsSection(actor, { hostId: organisation.id }, null, input.locale, deps, now),
		projectsOfOrganisation(deps, actor, organisation.id, input.locale),
		members ? openPartnerSearchesOf(deps.db, organisation.id, ACTIVITY_LIMIT) : null
	]);
	return {
		events,
		projects: short(projects, `${base}/projects?${query({ organisation: organisation.slug })}`),
		partnerSearches: searches
			? {
					items: searches.rows.map((row) => ({
						slug: row.slug,
						title: row.title,
						call: row.call_slug && row.call_title ? { slug: row.call_slug, title: row.call_title } : null
					})),
					total: searches.total,
					allHref: `${base}/partners`
				}
			: null
	};
}

/** An area's page: upcoming events, calls still open, and projects in the area. */
export async function areaActivity(
	actor: MaybeActor,
	input: { key: string; locale: Locale; now?: Date },
	deps: Deps
): Promise<AreaActivity> {
	const area = await findAreaRef(deps.db, input.key);
	if (!area) throw notFound();
	const now = input.now ?? new Date();
	const base = `/${input.locale}`;
	const filter = query({ area: area.key });
	const [events, calls, projects, challenges] = await Promise.all([
		eventsSection(actor, { areaId: area.id }, `${base}/events?${filter}`, input.locale, deps, now),
		openCallsOfArea(deps.db, area.id, now, ACTIVITY_LIMIT),
		listProjects(actor, new URLSearchParams({ area: area.key }), deps, input.locale),
		challengesOf(actor, { areaId: area.id, openOnly: true, locale: input.locale, limit: ACTIVITY_LIMIT }, deps)
	]);
	return {
		events,
		calls: { items: calls.rows.map((row) => toCall(row, input.locale, now)), total: calls.total, allHref: `${base}/calls?${filter}` },
		projects: { items: projects.items.slice(0, ACTIVITY_LIMIT), total: projects.total, allHref: `${base}/projects?${filter}` },
		challenges: { ...challenges, allHref: `${base}/challenges?${query({ area: area.key, status: 'open' })}` }
	};
}
