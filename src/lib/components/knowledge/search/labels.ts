/** Translated labels for search's fixed values (result types, facets, sorts, practice statuses). */
import { m } from '$lib/paraglide/messages';
import { industryLabel, organisationTypeLabel, sizeOptions } from '$lib/components/directory/cities/labels';
import type { FacetName } from '$lib/server/knowledge/search';
import { displayNames } from '$lib/intl';

type Message = () => string;

export const TYPE_LABELS: Record<string, Message> = {
	practice: m.search_type_practice,
	organisation: m.search_type_organisation,
	person: m.search_type_person,
	city: m.search_type_city,
	event: m.search_type_event,
	call: m.search_type_call,
	project: m.search_type_project,
	challenge: m.challenges_search_type
};

const KIND_LABELS: Record<string, Message> = {
	practice: m.search_kind_practice,
	organisation: m.search_kind_organisation,
	person: m.search_kind_person,
	city: m.search_kind_city,
	event: m.search_kind_event,
	call: m.search_kind_call,
	project: m.search_kind_project,
	challenge: m.challenges_search_kind
};

const STATUS_LABELS: Record<string, Message> = {
	idea: m.search_status_idea,
	ongoing: m.search_status_ongoing,
	completed: m.search_status_completed,
	abandoned: m.search_status_abandoned
};

/** An event's document carries its kind (meeting, study visit...) as its status. */
const EVENT_TYPE_LABELS: Record<string, Message> = {
	meeting: m.search_event_type_meeting,
	study_visit: m.search_event_type_study_visit,
	consultation: m.search_event_type_consultation,
	workshop: m.search_event_type_workshop,
	conference: m.search_event_type_conference
};

const PROJECT_STATUS_LABELS: Record<string, Message> = {
	idea: m.search_project_status_idea,
	forming: m.search_project_status_forming,
	submitted: m.search_project_status_submitted,
	funded: m.search_project_status_funded,
	not_funded: m.search_project_status_not_funded,
	running: m.search_project_status_running,
	completed: m.search_project_status_completed
};

/**
 * The facets in form order with their query parameter. Mirrors FACET_PARAMS of the server's
 * search.schemas.ts (a server module cannot be imported into components); the type keeps the
 * two sets of names equal.
 */
export const FACETS = [
	{ name: 'area', param: 'area' },
	{ name: 'country', param: 'country' },
	{ name: 'city', param: 'city' },
	{ name: 'industry', param: 'industry' },
	{ name: 'size', param: 'size' },
	{ name: 'orgType', param: 'orgtype' },
	{ name: 'status', param: 'status' },
	{ name: 'language', param: 'language' },
	{ name: 'year', param: 'year' }
] as const satisfies readonly { name: FacetName; param: string }[];

export const FACET_LABELS: Record<FacetName, Message> = {
	area: m.search_facet_area,
	country: m.search_facet_country,
	city: m.search_facet_city,
	industry: m.search_facet_industry,
	size: m.search_facet_size,
	orgType: m.search_facet_org_type,
	status: m.search_facet_status,
	language: m.search_facet_language,
	year: m.search_facet_year
};

export const SORT_LABELS: Record<string, Message> = {
	relevance: m.search_sort_relevance,
	newest: m.search_sort_newest,
	updated: m.search_sort_updated
};

export const kindLabel = (type: string) => KIND_LABELS[type]?.() ?? type;
export const statusLabel = (status: string) => STATUS_LABELS[status]?.() ?? status;
/** The kind of an event in the reader's language: "Study visit", "Wizyta studyjna". */
export const eventTypeLabel = (type: string) => EVENT_TYPE_LABELS[type]?.() ?? type;

/** The status shown on a result of any type: a practice's stage, an event's kind, a project's stage. */
export function hitStatusLabel(type: string, status: string): string {
	if (type === 'event') return EVENT_TYPE_LABELS[status]?.() ?? status;
	if (type === 'project') return PROJECT_STATUS_LABELS[status]?.() ?? status;
	if (type === 'challenge') return status === 'solved' ? m.challenges_status_solved() : m.challenges_status_open();
	return statusLabel(status);
}

/** The label of a facet value: fixed values are translated here, the rest come from the server. */
export function facetValueLabel(facet: string, value: string, serverLabel: string): string {
	if (facet === 'industry') return industryLabel(value);
	if (facet === 'orgType') return organisationTypeLabel(value);
	if (facet === 'status') return statusLabel(value);
	if (facet === 'size') return sizeOptions().find((option) => option.value === value)?.label ?? value;
	return serverLabel;
}

/** A language's name in the page's language: "polski", "German". */
export function languageName(code: string, locale: string): string {
	try {
		return displayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}
