/**
 * What the search page and the practice list read from the query string, and what they get
 * back. Unknown or malformed values are dropped (a shared link with an old filter still works),
 * so a query string can never cause an error page.
 */
import type { PracticeStatus, SearchDocumentType } from '../../platform/db';
import { INDUSTRIES, SIZE_BAND_KEYS } from '../../directory/cities';
import { ORGANISATION_TYPES } from '../../directory/organisations';

export const SEARCH_TYPES = [
	'practice',
	'organisation',
	'person',
	'city',
	'event',
	'call',
	'project',
	'challenge'
] as const satisfies readonly SearchDocumentType[];

/** A zero for every type, in the order the type filter offers them. */
export const emptyTypeCounts = (): Record<SearchDocumentType, number> =>
	Object.fromEntries(SEARCH_TYPES.map((type) => [type, 0])) as Record<SearchDocumentType, number>;
export const PRACTICE_STATUSES = ['idea', 'ongoing', 'completed', 'abandoned'] as const satisfies readonly PracticeStatus[];
export const SORTS = ['relevance', 'newest', 'updated'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 20;
const MAX_PAGE = 500;
const MAX_QUERY = 200;

/** Filters on practices; each is one value (a select in the form). */
export interface PracticeFacets {
	area: string | null;
	country: string | null;
	city: number | null;
	industry: string | null;
	size: string | null;
	orgType: string | null;
	status: string | null;
	language: string | null;
	year: number | null;
}

export const FACET_NAMES = ['area', 'country', 'city', 'industry', 'size', 'orgType', 'status', 'language', 'year'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
/** The query-string parameter of each facet. */
export const FACET_PARAMS: Record<FacetName, string> = {
	area: 'area',
	country: 'country',
	city: 'city',
	industry: 'industry',
	size: 'size',
	orgType: 'orgtype',
	status: 'status',
	language: 'language',
	year: 'year'
};

export interface SearchParams {
	q: string;
	type: SearchDocumentType | null;
	page: number;
	sort: Sort;
	facets: PracticeFacets;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
	value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

function int(value: string | null, min: number, max: number): number | null {
	if (!value || !/^\d{1,9}$/.test(value)) return null;
	const number = Number(value);
	return number >= min && number <= max ? number : null;
}

export function parseSearchParams(params: URLSearchParams, defaults: { type?: SearchDocumentType; sort?: Sort } = {}): SearchParams {
	const get = (name: string) => {
		const value = params.get(name)?.trim();
		return value ? value : null;
	};
	const country = get('country');
	const language = get('language');
	const area = get('area');
	const facets: PracticeFacets = {
		area: area && /^[a-z0-9_-]{1,60}$/.test(area) ? area : null,
		country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
		city: int(get('city'), 1, 2_147_483_647),
		industry: oneOf(INDUSTRIES, get('industry')),
		size: oneOf(SIZE_BAND_KEYS, get('size')),
		orgType: oneOf(ORGANISATION_TYPES, get('orgtype')),
		status: oneOf(PRACTICE_STATUSES, get('status')),
		language: language && /^[a-z]{2}$/.test(language) ? language : null,
		year: int(get('year'), 1900, 2200)
	};
	const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
	const sort = oneOf(SORTS, get('sort')) ?? defaults.sort ?? (q ? 'relevance' : 'newest');
	return {
		q,
		// Facets describe practices: choosing one narrows the search to practices.
		type: oneOf(SEARCH_TYPES, get('type')) ?? (hasFacets(facets) ? 'practice' : (defaults.type ?? null)),
		page: int(get('page'), 1, MAX_PAGE) ?? 1,
		// Relevance needs words to be relevant to.
		sort: sort === 'relevance' && !q ? 'newest' : sort,
		facets
	};
}

export const hasFacets = (facets: PracticeFacets) => FACET_NAMES.some((name) => facets[name] !== null);

export interface FacetValue {
	value: string;
	label: string;
	count: number;
}

export interface SearchHit {
	type: SearchDocumentType;
	/** The page of the thing, with the language prefix. */
	href: string;
	/** Escaped HTML with <mark> around matched words. */
	titleHtml: string;
	snippetHtml: string;
	/** ISO 639-1 of the shown text when known, for the lang attribute. */
	language: string | null;
	/** The shown text is the original, not in the reader's language; its language. */
	originalNote: string | null;
	cityName: string | null;
	countryName: string | null;
	status: string | null;
	year: number | null;
	publishedAt: string | null;
	updatedAt: string | null;
	membersOnly: boolean;
	/** An event's time in its own zone, named ("Saturday, 28 March 2027, 10:00–16:00 CET"). */
	eventTime: string | null;
	/** The event is over (or cancelled), for a note beside its time. */
	eventPast: boolean;
	/** A call's deadline in its zone, named; `deadlinePassed` when it is over. */
	deadline: string | null;
	deadlinePassed: boolean;
	/** Found only by similar spelling (a typo), ranked after exact matches. */
	approximate: boolean;
}

export interface SearchResultPage {
	params: SearchParams;
	hits: SearchHit[];
	total: number;
	page: number;
	pages: number;
	/** Matches per type for the type filter (all visible types, whatever type is chosen). */
	typeCounts: Record<SearchDocumentType, number>;
	/** Facet values with counts among matching practices; each counted under the other filters. */
	facets: Record<FacetName, FacetValue[]> | null;
	/** Some results were found by similar spelling because exact matches were few. */
	approximate: boolean;
	/** A practice facet is chosen. */
	filtered: boolean;
}
