/** What the activity sections of city, organisation and area pages receive. */
import type { EventType } from '../../platform/db';
import type { ProjectSummary } from '../projects';
import type { ChallengeSummary } from '../../together/challenges';

/** How many items each section shows before its "see all" link. */
export const ACTIVITY_LIMIT = 5;

export interface ActivityEvent {
	slug: string;
	title: string;
	type: EventType;
	/** In the event's zone, named: "Saturday, 28 March 2027, 10:00–16:00 CET". */
	when: string;
	/** ISO instant of the start, for <time datetime>. */
	startsAt: string;
	online: boolean;
	place: string;
	cityName: string | null;
	hostName: string | null;
	membersOnly: boolean;
}

export interface ActivityCall {
	slug: string;
	title: string;
	funder: string;
	programme: string;
	/** In the call's zone, named. */
	deadline: string;
	deadlineAt: string;
	daysLeft: number;
}

export interface ActivityPartnerSearch {
	slug: string;
	title: string;
	call: { slug: string; title: string } | null;
}

/** A short list: the first items, how many there are in all, and where the whole list is. */
export interface Section<T> {
	items: T[];
	total: number;
	/** The filtered list page ("see all"), with the language prefix; null when there is none. */
	allHref: string | null;
}

export interface CityActivity {
	events: Section<ActivityEvent>;
	/** The city's past events on the calendar. */
	pastEventsHref: string;
	projects: Section<ProjectSummary>;
	/** Challenges of the city and those it faces too, open ones first. */
	challenges: Section<ChallengeSummary>;
}

export interface OrganisationActivity {
	events: Section<ActivityEvent>;
	projects: Section<ProjectSummary>;
	/** null: the viewer may not see partner searches (members only). */
	partnerSearches: Section<ActivityPartnerSearch> | null;
}

export interface AreaActivity {
	events: Section<ActivityEvent>;
	calls: Section<ActivityCall>;
	projects: Section<ProjectSummary>;
	/** Open challenges in the area. */
	challenges: Section<ChallengeSummary>;
}
