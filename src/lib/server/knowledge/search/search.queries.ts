/**
 * Reading the search index: matches, counts per type, facet counts and one page of results.
 * Visibility is always part of the WHERE clause, so members-only documents are neither
 * returned to nor counted for visitors.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB, SearchDocumentType } from '../../platform/db';
import { FACET_NAMES, emptyTypeCounts, type FacetName, type PracticeFacets, type Sort } from './search.schemas';

type Db = Kysely<DB>;

export interface Match {
	/** Visibility levels the viewer may see: ['public'] or ['public', 'members']. */
	levels: string[];
	/** tsquery literal; null lists everything visible (the practice list without words). */
	tsquery: string | null;
	/**
	 * When `tsquery` was widened with similar spellings (the typo fallback): the query as typed,
	 * so exact matches rank above the others.
	 */
	exact: string | null;
}

/** Facets with the area already resolved from its key to its id (-1: unknown key, matches nothing). */
export type ResolvedFacets = Omit<PracticeFacets, 'area'> & { area: number | null };

/** Trigram similarity a vocabulary word needs to be offered for a mistyped word. */
export const SIMILARITY_THRESHOLD = 0.4;
// {D, C, B, A}: titles first, then the text; names of places and areas (C) only a little.
const WEIGHTS = sql.lit('{0.05, 0.1, 0.4, 1.0}');

function matchCondition(match: Match, alias = 'd'): RawBuilder<boolean> {
	const visible = sql<boolean>`${sql.ref(`${alias}.visibility`)} in (${sql.join(match.levels)})`;
	if (!match.tsquery) return visible;
	return sql<boolean>`(${visible} and ${sql.ref(`${alias}.tsv`)} @@ ${match.tsquery}::tsquery)`;
}

function facetCondition(facets: ResolvedFacets, alias: string, except?: FacetName): RawBuilder<boolean> {
	const col = (name: string) => sql.ref(`${alias}.${name}`);
	const parts: RawBuilder<unknown>[] = [];
	const on = (name: FacetName) => name !== except && facets[name] !== null;
	if (on('area')) parts.push(sql`${col('area_ids')} @> array[${facets.area}]::integer[]`);
	if (on('country')) parts.push(sql`${col('country_code')} = ${facets.country}`);
	if (on('city')) parts.push(sql`${col('city_id')} = ${facets.city}`);
	if (on('industry')) parts.push(sql`${facets.industry} = any(${col('industries')})`);
	if (on('size')) parts.push(sql`${col('size_band')} = ${facets.size}`);
	if (on('orgType')) parts.push(sql`${facets.orgType} = any(${col('org_types')})`);
	if (on('status')) parts.push(sql`${col('status')} = ${facets.status}`);
	if (on('language')) parts.push(sql`${facets.language} = any(${col('languages')})`);
	if (on('year')) parts.push(sql`${col('year')} = ${facets.year}`);
	return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`true`;
}

/**
 * Runs the queries of one search in a transaction with settings of its own (set_config(...,
 * true) lasts until the transaction ends, on PostgreSQL and PGlite alike):
 * - no sequential scans when words are searched and an index can answer: the planner does not count the cost of
 *   reading each row's large tsvector, and a scan of every document for a common word is
 *   many times slower than the GIN index;
 * - the trigram threshold for looking up similar spellings.
 */
export async function withSearchSettings<T>(db: Db, options: { words: boolean }, work: (db: Db) => Promise<T>): Promise<T> {
	return db.transaction().execute(async (trx) => {
		// Without words there is no tsvector to read, and the list is better served as planned.
		const seqscan = options.words ? 'off' : 'on';
		await sql`select set_config('enable_seqscan', ${seqscan}, true), set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`.execute(
			trx
		);
		return work(trx);
	});
}

/** Indexed words spelled like each given word, most similar first (trigram index on search_words). */
export async function similarWords(db: Db, words: string[]): Promise<Map<string, string[]>> {
	const out = new Map<string, string[]>();
	for (const word of words) {
		const result = await sql<{ word: string }>`
			select w.word from search_words w where w.word % ${word} and w.word <> ${word}
			order by similarity(w.word, ${word}) desc, w.word limit 12`.execute(db);
		out.set(
			word,
			result.rows.map((row) => row.word)
		);
	}
	return out;
}

/** Matches per document type (facets not applied: they describe practices only). */
export async function countByType(db: Db, match: Match): Promise<Record<SearchDocumentType, number>> {
	const result = await sql<{ type: SearchDocumentType; count: number }>`
		select d.type, count(*)::int as count from search_documents d where ${matchCondition(match)} group by d.type`.execute(db);
	const counts = emptyTypeCounts();
	for (const row of result.rows) counts[row.type] = Number(row.count);
	return counts;
}

export async function countMatches(db: Db, match: Match, type: SearchDocumentType | null, facets: ResolvedFacets | null): Promise<number> {
	const result = await sql<{ count: number }>`
		select count(*)::int as count from search_documents d
		where ${matchCondition(match)}
			${type ? sql`and d.type = ${type}` : sql``}
			${facets ? sql`and ${facetCondition(facets, 'd')}` : sql``}`.execute(db);
	return Number(result.rows[0]?.count ?? 0);
}

export interface HitRow {
	type: SearchDocumentType;
	source_id: number;
	key: string;
	language: string | null;
	visibility: 'public' | 'members';
	title: string;
	body: string;
	translations: Record<string, { title: string; body: string }>;
	city_name: string | null;
	country_code: string | null;
	status: string | null;
	year: number | null;
	published_at: Date | null;
	source_updated_at: Date | null;
	/** 0: a full-text match; 1: found by similar spelling only. */
	grp: number;
	score: number;
}

export async function searchPage(
	db: Db,
	match: Match,
	options: { type: SearchDocumentType | null; facets: ResolvedFacets | null; sort: Sort; limit: number; offset: number }
): Promise<HitRow[]> {
	const grp = match.tsquery && match.exact ? sql`case when d.tsv @@ ${match.exact}::tsquery then 0 else 1 end` : sql`0`;
	const score = match.tsquery ? sql`ts_rank_cd(${WEIGHTS}::float4[], d.tsv, ${match.tsquery}::tsquery)` : sql`0`;
	const order = {
		// Equal scores (e.g. only an area's name matched): practices, the heart of the network, first.
		relevance: sql`grp, score desc, array_position(array['practice', 'challenge', 'project', 'event', 'call', 'organisation', 'city', 'person']::text[], d.type), d.published_at desc nulls last`,
		newest: sql`d.published_at desc nulls last`,
		updated: sql`d.source_updated_at desc nulls last`
	}[options.sort];
	const result = await sql<HitRow>`
		select d.type, d.source_id, d.key, d.language, d.visibility, d.title, d.body, d.translations, d.city_name,
			d.country_code, d.status, d.year, d.published_at, d.source_updated_at, ${grp} as grp, ${score} as score
		from search_documents d
		where ${matchCondition(match)}
			${options.type ? sql`and d.type = ${options.type}` : sql``}
			${options.facets ? sql`and ${facetCondition(options.facets, 'd')}` : sql``}
		order by ${order}, d.type, d.source_id desc
		limit ${options.limit} offset ${options.offset}`.execute(db);
	return result.rows.map((row) => ({ ...row, grp: Number(row.grp), score: Number(row.score) }));
}

export interface FacetCountRow {
	facet: FacetName;
	value: string;
	label: string | null;
	count: number;
}

/** Counts of one facet's values among the matches `m`: arrays count each of their values. */
const FACET_COUNT: Record<FacetName, RawBuilder<unknown>> = {
	area: sql`select 'area', v::text, null::text, count(*)::int from m, unnest(m.area_ids) as v group by v`,
	industry: sql`select 'industry', v, null::text, count(*)::int from m, unnest(m.industries) as v group by v`,
	orgType: sql`select 'orgType', v, null::text, count(*)::int from m, unnest(m.org_types) as v group by v`,
	language: sql`select 'language', v, null::text, count(*)::int from m, unnest(m.languages) as v group by v`,
	country: sql`select 'country', m.country_code, null::text, count(*)::int from m where m.country_code is not null group by m.country_code`,
	city: sql`select 'city', m.city_id::text, max(m.city_name), count(*)::int from m where m.city_id is not null group by m.city_id`,
	size: sql`select 'size', m.size_band, null::text, count(*)::int from m where m.size_band is not null group by m.size_band`,
	status: sql`select 'status', m.status, null::text, count(*)::int from m where m.status is not null group by m.status`,
	year: sql`select 'year', m.year::text, null::text, count(*)::int from m where m.year is not null group by m.year`
};

/**
 * Counts of the values of some facets among the matching practices: the matches are read once
 * (only their facet columns) and each facet is a small hash aggregate over them, several times
 * faster than expanding every row into one row per facet value and grouping those.
 */
function facetPass(match: Match, names: FacetName[], condition: RawBuilder<boolean>) {
	return sql`
		with m as materialized (
			select d.area_ids, d.industries, d.org_types, d.languages, d.country_code, d.city_id, d.city_name, d.size_band, d.status, d.year
			from search_documents d
			where d.type = 'practice' and ${matchCondition(match)} and ${condition}
		)
		${sql.join(
			names.map((name) => FACET_COUNT[name]),
			sql` union all `
		)}`;
}

/**
 * Counts of every facet value among matching practices. A chosen facet is counted under all
 * the OTHER filters, so the alternatives to the chosen value keep their counts; the facets
 * nobody chose share one pass (one scan) under all the filters.
 */
export async function facetCounts(db: Db, match: Match, facets: ResolvedFacets): Promise<FacetCountRow[]> {
	const open = FACET_NAMES.filter((name) => facets[name] === null);
	const chosen = FACET_NAMES.filter((name) => facets[name] !== null);
	const passes = [
		...(open.length ? [facetPass(match, open, facetCondition(facets, 'd'))] : []),
		...chosen.map((name) => facetPass(match, [name], facetCondition(facets, 'd', name)))
	];
	const rows: FacetCountRow[] = [];
	for (const pass of passes) {
		const result = await sql<{ facet: FacetName; value: string; label: string | null; count: number }>`
			select f.facet, f.value, f.label, f.count from (${pass}) as f (facet, value, label, count)`.execute(db);
		for (const row of result.rows) rows.push({ ...row, count: Number(row.count) });
	}
	return rows;
}

export async function areaIdByKey(db: Db, key: string): Promise<number | null> {
	const row = await db.selectFrom('areas').select('id').where('key', '=', key).executeTakeFirst();
	return row?.id ?? null;
}
