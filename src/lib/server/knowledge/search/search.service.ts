/**
 * Search across the network, and the practice list (the same index, restricted to practices,
 * with facets and sorting). Both are public pages: what a viewer sees depends only on the
 * visibility levels they may read.
 */
import type { Locale } from '$lib/paraglide/runtime';
import type { Deps } from '../../platform/core';
import type { SearchCache } from './search.cache';
import type { MaybeActor } from '../../platform/auth';
import { searchPolicy } from './search.policy';
import type { Kysely } from 'kysely';
import type { DB, SearchDocumentType } from '../../platform/db';
import { listAreas } from '../areas';
import { INDUSTRIES, SIZE_BAND_KEYS } from '../../directory/cities';
import { ORGANISATION_TYPES } from '../../directory/organisations';
import { englishStems } from './index.queries';
import { callDeadlines, eventTimes } from './events-calls-projects-index.queries';
import { formatDateTime, formatPeriod, zoneAbbreviation } from '$lib/datetime';
import { analyseQuery, queryWordsForStems, widenQuery, type AnalysedQuery } from './query';
import { editDistance, highlightAll, snippet, wordMatcher } from './highlight';
import {
	areaIdByKey,
	countByType,
	countMatches,
	facetCounts,
	searchPage,
	similarWords,
	withSearchSettings,
	type FacetCountRow,
	type HitRow,
	type Match,
	type ResolvedFacets
} from './search.queries';
import {
	FACET_NAMES,
	PAGE_SIZE,
	PRACTICE_STATUSES,
	emptyTypeCounts,
	hasFacets,
	parseSearchParams,
	type FacetName,
	type FacetValue,
	type SearchHit,
	type SearchParams,
	type SearchResultPage
} from './search.schemas';
import { sortCollator, displayNames } from '$lib/intl';
import { countryName } from '../../shared';

/** Towns offered in the city filter at most. */
const MAX_CITY_OPTIONS = 200;

/** Below this many exact matches, words that may be mistyped are also looked up by trigrams. */
export const FUZZY_BELOW = 5;

const PATHS: Record<SearchDocumentType, string> = {
	practice: 'practices',
	organisation: 'organisations',
	person: 'people',
	city: 'cities',
	event: 'events',
	call: 'calls',
	project: 'projects',
	challenge: 'challenges'
};

/** Coordinators read members-only content too (they look after the whole network). */
function levelsFor(actor: MaybeActor): string[] {
	return searchPolicy.readMembersOnly(actor) ? ['public', 'members'] : ['public'];
}

/**
 * `/search?q=`: ranked matches of every type the viewer may see, with highlighted snippets,
 * counts per type, and facets when narrowed to practices. Typos in longer words are forgiven
 * (ranked after exact matches) when exact matches are few.
 */
export async function searchSite(
	actor: MaybeActor,
	input: { query: URLSearchParams; locale: Locale },
	deps: Deps
): Promise<SearchResultPage> {
	const params = parseSearchParams(input.query, { sort: 'relevance' });
	// Without words the page asks for some rather than listing the whole network.
	if (!params.q) return emptyPage(params);
	return run(actor, params, input.locale, deps, { facets: params.type === 'practice' });
}

/**
 * `/practices`: published practices the viewer may see (never drafts; members-only only for
 * members), filtered by facets with counts, sorted newest, recently updated or by relevance.
 */
export async function listPractices(
	actor: MaybeActor,
	input: { query: URLSearchParams; locale: Locale },
	deps: Deps
): Promise<SearchResultPage> {
	const params = { ...parseSearchParams(input.query, { type: 'practice' }), type: 'practice' as const };
	return run(actor, params, input.locale, deps, { facets: true });
}

async function run(
	actor: MaybeActor,
	params: SearchParams,
	locale: Locale,
	deps: Deps,
	options: { facets: boolean }
): Promise<SearchResultPage> {
	const stems = await englishStems(deps.db, queryWordsForStems(params.q));
	const query = analyseQuery(params.q, stems);
	if (params.q && !query.tsquery) return emptyPage(params);
	const found = await cached(deps, [levelsFor(actor), params, query.tsquery, options.facets], () =>
		withSearchSettings(deps.db, { words: !!query.tsquery }, (db) => search(db, actor, params, query, options))
	);
	const times = await timesOf(deps.db, found.rows, locale);
	return {
		params: { ...params, page: found.page },
		hits: found.rows.map((row) => ({ ...toHit(row, query, found.similar, locale), ...times.get(`${row.type}:${row.source_id}`) })),
		total: found.total,
		page: found.page,
		pages: found.pages,
		typeCounts: found.typeCounts,
		facets: found.facetRows ? await labelFacets(deps, found.facetRows, params, locale) : null,
		approximate: found.rows.some((row) => row.grp === 1),
		filtered: hasFacets(params.facets)
	};
}

type Found = Awaited<ReturnType<typeof search>>;

/** The index's answer from the server's cache when it has a fresh one (see search.cache.ts). */
async function cached(deps: Deps, keyParts: unknown[], compute: () => Promise<Found>): Promise<Found> {
	const cache = deps.searchCache as SearchCache<Found> | undefined;
	if (!cache) return compute();
	const key = JSON.stringify(keyParts);
	const hit = cache.get(key);
	if (hit) return hit;
	const version = cache.version();
	const found = await compute();
	cache.set(key, found, version);
	return found;
}

async function search(db: Kysely<DB>, actor: MaybeActor, params: SearchParams, query: AnalysedQuery, options: { facets: boolean }) {
	const areaId = params.facets.area ? ((await areaIdByKey(db, params.facets.area)) ?? -1) : null;
	const facets: ResolvedFacets | null = params.type === 'practice' ? { ...params.facets, area: areaId } : null;
	let match: Match = { levels: levelsFor(actor), tsquery: query.tsquery, exact: null };

	const count = async (current: Match) => {
		const typeCounts = params.q ? await countByType(db, current) : emptyTypeCounts();
		// Without facets the type counts already hold the total; facets need their own count.
		const total =
			params.q && !facets
				? params.type
					? typeCounts[params.type]
					: Object.values(typeCounts).reduce((sum, n) => sum + n, 0)
				: await countMatches(db, current, params.type, facets);
		return { typeCounts, total };
	};
	let counted = await count(match);

	// Few exact matches: add indexed words spelled like the long words typed (one or two letters off).
	let similar: string[] = [];
	if (params.q && counted.total < FUZZY_BELOW && query.fuzzyWords.length > 0) {
		const candidates = await similarWords(db, query.fuzzyWords);
		for (const [typed, words] of candidates) {
			const limit = typed.length >= 8 ? 2 : 1;
			candidates.set(
				typed,
				words.filter((word) => editDistance(typed, word, limit) <= limit)
			);
			similar.push(...candidates.get(typed)!);
		}
		const widened = widenQuery(query, candidates);
		if (similar.length && widened) {
			match = { ...match, tsquery: widened, exact: query.tsquery };
			counted = await count(match);
		} else similar = [];
	}

	const pages = Math.max(1, Math.ceil(counted.total / PAGE_SIZE));
	const page = Math.min(params.page, pages);
	const rows = await searchPage(db, match, {
		type: params.type,
		facets,
		sort: params.sort,
		limit: PAGE_SIZE,
		offset: (page - 1) * PAGE_SIZE
	});
	const facetRows = options.facets && facets ? await facetCounts(db, match, facets) : null;
	return { rows, facetRows, page, pages, similar, ...counted };
}

function emptyPage(params: SearchParams): SearchResultPage {
	const typeCounts = emptyTypeCounts();
	return {
		params,
		hits: [],
		total: 0,
		page: 1,
		pages: 1,
		typeCounts,
		facets: null,
		approximate: false,
		filtered: hasFacets(params.facets)
	};
}

function toHit(row: HitRow, query: AnalysedQuery, similar: string[], locale: Locale): SearchHit {
	const translated = row.language !== locale ? row.translations?.[locale] : undefined;
	const shown = translated ?? { title: row.title, body: row.body };
	const shownLanguage = translated ? locale : row.language;
	const matches = query.tsquery ? wordMatcher(query, similar) : () => false;
	return {
		type: row.type,
		href: `/${locale}/${PATHS[row.type]}/${encodeURIComponent(row.key)}`,
		titleHtml: highlightAll(shown.title, matches),
		snippetHtml: snippet(shown.body, matches).html,
		language: shownLanguage,
		originalNote: row.type === 'practice' && shownLanguage && shownLanguage !== locale ? shownLanguage : null,
		cityName: row.type === 'city' ? null : row.city_name,
		countryName: row.country_code ? countryName(row.country_code, locale) : null,
		status: row.status,
		year: row.year,
		publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
		updatedAt: row.source_updated_at ? new Date(row.source_updated_at).toISOString() : null,
		membersOnly: row.visibility === 'members',
		eventTime: null,
		eventPast: false,
		deadline: null,
		deadlinePassed: false,
		approximate: row.grp === 1
	};
}

type Times = Pick<SearchHit, 'eventTime' | 'eventPast' | 'deadline' | 'deadlinePassed'>;

/**
 * Events' times and calls' deadlines for the hits on the page, read from their tables (not the
 * index, so a moved date shows at once), each in its own zone and named.
 */
async function timesOf(db: Deps['db'], rows: HitRow[], locale: Locale): Promise<Map<string, Partial<Times>>> {
	const ids = (type: SearchDocumentType) => rows.filter((row) => row.type === type).map((row) => row.source_id);
	const now = Date.now();
	const out = new Map<string, Partial<Times>>();
	for (const event of await eventTimes(db, ids('event'))) {
		out.set(`event:${event.id}`, {
			eventTime: formatPeriod(new Date(event.starts_at), new Date(event.ends_at), event.time_zone, locale),
			eventPast: event.cancelled_at !== null || new Date(event.ends_at).getTime() < now
		});
	}
	for (const call of await callDeadlines(db, ids('call'))) {
		const deadline = new Date(call.deadline);
		out.set(`call:${call.id}`, {
			deadline: `${formatDateTime(deadline, call.time_zone, locale)} ${zoneAbbreviation(deadline, call.time_zone, locale)}`,
			deadlinePassed: deadline.getTime() < now
		});
	}
	return out;
}

/** Facet values in a stable, meaningful order with labels; the chosen value is always offered. */
async function labelFacets(
	deps: Deps,
	rows: FacetCountRow[],
	params: SearchParams,
	locale: Locale
): Promise<Record<FacetName, FacetValue[]>> {
	const areas = await listAreas(deps.db, locale);
	const collator = sortCollator(locale);
	const languageNames = displayNames([locale], { type: 'language' });
	const out = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>;
	for (const row of rows) out[row.facet].push({ value: row.value, label: row.label ?? row.value, count: row.count });

	const areaById = new Map(areas.map((area) => [String(area.id), area]));
	out.area = out.area
		.filter((value) => areaById.has(value.value))
		.map((value) => ({ ...value, value: areaById.get(value.value)!.key, label: areaById.get(value.value)!.name }))
		.sort((a, b) => areas.findIndex((area) => area.key === a.value) - areas.findIndex((area) => area.key === b.value));
	out.country = out.country
		.map((value) => ({ ...value, label: countryName(value.value, locale) }))
		.sort((a, b) => collator.compare(a.label, b.label));
	// On a network of thousands of towns the select offers the towns with most matches (the
	// chosen one is added back below); any town is still found by typing its name.
	out.city = out.city
		.sort((a, b) => b.count - a.count)
		.slice(0, MAX_CITY_OPTIONS)
		.sort((a, b) => collator.compare(a.label, b.label));
	const byOrder = (order: readonly string[]) => (a: FacetValue, b: FacetValue) => order.indexOf(a.value) - order.indexOf(b.value);
	out.industry.sort(byOrder(INDUSTRIES));
	out.size.sort(byOrder(SIZE_BAND_KEYS));
	out.orgType.sort(byOrder(ORGANISATION_TYPES));
	out.status.sort(byOrder(PRACTICE_STATUSES));
	out.language = out.language
		.map((value) => ({ ...value, label: languageNames.of(value.value) ?? value.value }))
		.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
	out.year.sort((a, b) => Number(b.value) - Number(a.value));

	// A chosen value with no matches left still shows as chosen in its select.
	for (const name of FACET_NAMES) {
		const chosen = params.facets[name];
		if (chosen === null || out[name].some((value) => value.value === String(chosen))) continue;
		const label =
			name === 'country'
				? countryName(String(chosen), locale)
				: name === 'language'
					? (languageNames.of(String(chosen)) ?? String(chosen))
					: String(chosen);
		out[name].unshift({ value: String(chosen), label: areas.find((area) => area.key === chosen)?.name ?? label, count: 0 });
	}
	return out;
}
