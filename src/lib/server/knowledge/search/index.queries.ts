/**
 * Reading what gets indexed and writing search documents. The only database access of the
 * indexer; search.indexer.ts turns these rows into documents.
 */
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DB, PracticeTextField, SearchDocumentType, SearchDocumentsTable } from '../../platform/db';
import { noteIndexWrite } from './search.cache';

export type Db = Kysely<DB> | Transaction<DB>;

const stemCache = new Map<string, string[]>();
const STEM_CACHE_LIMIT = 50_000;

/**
 * English stems of folded words, from PostgreSQL's snowball stemmer (`english_stem`, present in
 * PostgreSQL and PGlite): "regenerating" and "regeneration" both give "regener". English stop
 * words give none. Cached: the stemmer is deterministic.
 */
export async function englishStems(db: Db, words: Iterable<string>): Promise<Map<string, string[]>> {
	const out = new Map<string, string[]>();
	const missing: string[] = [];
	for (const word of new Set(words)) {
		const cached = stemCache.get(word);
		if (cached) out.set(word, cached);
		else if (/^[a-z]+$/.test(word)) missing.push(word);
		else out.set(word, []);
	}
	for (let start = 0; start < missing.length; start += 5000) {
		const chunk = missing.slice(start, start + 5000);
		const result = await sql<{ w: string; s: string[] | null }>`
			select w, ts_lexize('english_stem', w) as s from unnest(${chunk}::text[]) as w`.execute(db);
		for (const row of result.rows) {
			const stems = (row.s ?? []).filter((stem) => stem !== row.w);
			if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
			stemCache.set(row.w, stems);
			out.set(row.w, stems);
		}
	}
	return out;
}

export interface PracticeSource {
	id: number;
	slug: string;
	status: string;
	visibility: 'public' | 'members';
	original_language: string;
	period_start: Date | string | null;
	published_at: Date | null;
	updated_at: Date;
	city_id: number;
	city_name: string;
	city_name_en: string | null;
	country_code: string;
	population: number | null;
	industries: string[];
	texts: ({ language: string; is_original: boolean } & Record<PracticeTextField, string>)[];
	area_ids: number[];
	area_names: string[];
	org_names: string[];
	org_types: string[];
}

/** Everything a practice's search document is made of, for a batch of practices. */
export async function loadPracticeSources(db: Db, ids: number[]): Promise<PracticeSource[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('practices as p')
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.where('p.id', 'in', ids)
		.select([
			'p.id',
			'p.slug',
			'p.status',
			'p.visibility',
			'p.original_language',
			'p.period_start',
			'p.published_at',
			'p.updated_at',
			'p.city_id',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code',
			'c.population',
			'c.industries',
			sql<PracticeSource['texts']>`coalesce((select json_agg(t order by t.is_original desc, t.language)
				from practice_texts t where t.practice_id = p.id), '[]')`.as('texts'),
			sql<number[]>`array(select pa.area_id from practice_areas pa where pa.practice_id = p.id order by pa.area_id)`.as('area_ids'),
			sql<string[]>`array(select n.name from practice_areas pa join area_names n on n.area_id = pa.area_id
				where pa.practice_id = p.id)`.as('area_names'),
			sql<string[]>`array(select coalesce(o.name, po.name) from practice_organisations po
				left join organisations o on o.id = po.organisation_id where po.practice_id = p.id)`.as('org_names'),
			sql<string[]>`array(select distinct o.type from practice_organisations po
				join organisations o on o.id = po.organisation_id where po.practice_id = p.id)`.as('org_types')
		])
		.execute();
	return rows as PracticeSource[];
}

export async function loadOrganisationSources(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('organisations as o')
		.innerJoin('cities as c', 'c.id', 'o.city_id')
		.where('o.id', 'in', ids)
		.select([
			'o.id',
			'o.slug',
			'o.name',
			'o.type',
			'o.description',
			'o.member_since',
			'o.created_at',
			'o.updated_at',
			'o.city_id',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code',
			'c.population',
			'c.industries'
		])
		.execute();
}

export async function loadPersonSources(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('people as p')
		.leftJoin('cities as c', 'c.id', 'p.city_id')
		.where('p.id', 'in', ids)
		.select([
			'p.id',
			'p.handle',
			'p.name',
			'p.bio',
			'p.visibility',
			'p.hidden_at',
			'p.created_at',
			'p.updated_at',
			'p.city_id',
			'c.name as city_name',
			'c.name_en as city_name_en',
			'c.country_code',
			sql<number[]>`array(select pa.area_id from person_areas pa where pa.person_id = p.id order by pa.area_id)`.as('area_ids'),
			sql<string[]>`array(select n.name from person_areas pa join area_names n on n.area_id = pa.area_id
				where pa.person_id = p.id)`.as('area_names'),
			// Only organisations in the network are shown on a person to others.
			sql<{ name: string; type: string }[]>`coalesce((select json_agg(json_build_object('name', o.name, 'type', o.type))
				from organisation_members om join organisations o on o.id = om.organisation_id
				where om.person_id = p.id and o.member_since is not null), '[]')`.as('organisations')
		])
		.execute();
}

export async function loadCitySources(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('cities as c')
		.where('c.id', 'in', ids)
		.select([
			'c.id',
			'c.slug',
			'c.name',
			'c.name_en',
			'c.region',
			'c.country_code',
			'c.population',
			'c.industries',
			'c.story',
			'c.created_at',
			'c.updated_at'
		])
		.execute();
}

export type NewSearchDocument = Insertable<SearchDocumentsTable>;

const UPSERT_BATCH = 200;

/** Writes (or replaces) documents; `tsv` is a tsvector literal built by the application. */
export async function upsertDocuments(db: Db, docs: NewSearchDocument[]): Promise<void> {
	noteIndexWrite();
	for (let start = 0; start < docs.length; start += UPSERT_BATCH) {
		const rows = docs
			.slice(start, start + UPSERT_BATCH)
			.map(({ tsv, ...rest }) => ({ ...rest, tsv: sql<string>`${tsv}::tsvector`, updated_at: sql<Date>`now()` }));
		const columns = Object.keys(rows[0]).filter((column) => column !== 'type' && column !== 'source_id');
		await db
			.insertInto('search_documents')
			.values(rows as never)
			.onConflict((oc) =>
				oc
					.columns(['type', 'source_id'])
					.doUpdateSet((eb) => Object.fromEntries(columns.map((column) => [column, eb.ref(`excluded.${column}` as never)])) as never)
			)
			.execute();
	}
}

/** Adds words to the typo fallback's vocabulary (never removed: a stale word finds nothing). */
export async function addWords(db: Db, words: Iterable<string>): Promise<void> {
	noteIndexWrite();
	const list = [...words].sort();
	for (let start = 0; start < list.length; start += 5000) {
		await sql`insert into search_words (word) select unnest(${list.slice(start, start + 5000)}::text[]) on conflict do nothing`.execute(db);
	}
}

/** Empties the vocabulary before a full rebuild fills it again. */
export async function clearWords(db: Db): Promise<void> {
	noteIndexWrite();
	await db.deleteFrom('search_words').execute();
}

export async function deleteDocuments(db: Db, type: SearchDocumentType, ids: number[]): Promise<void> {
	if (ids.length === 0) return;
	noteIndexWrite();
	await db.deleteFrom('search_documents').where('type', '=', type).where('source_id', 'in', ids).execute();
}

/** Documents whose city carries the city's facts (name, size, industries) and must follow it. */
export async function documentsOfCity(db: Db, cityId: number) {
	return db
		.selectFrom('search_documents')
		.where('city_id', '=', cityId)
		.where('type', '!=', 'city')
		.select(['type', 'source_id'])
		.execute();
}

/** The people of an organisation, whose documents name it. */
export async function peopleOfOrganisation(db: Db, organisationId: number): Promise<number[]> {
	const rows = await db.selectFrom('organisation_members').where('organisation_id', '=', organisationId).select('person_id').execute();
	return rows.map((row) => row.person_id);
}

/** The practices naming an organisation. */
export async function practicesOfOrganisation(db: Db, organisationId: number): Promise<number[]> {
	const rows = await db.selectFrom('practice_organisations').where('organisation_id', '=', organisationId).select('practice_id').execute();
	return [...new Set(rows.map((row) => row.practice_id))];
}

export async function allSourceIds(db: Db, type: SearchDocumentType): Promise<number[]> {
	const table = {
		practice: 'practices',
		organisation: 'organisations',
		person: 'people',
		city: 'cities',
		event: 'events',
		call: 'funding_calls',
		project: 'projects',
		challenge: 'challenges'
	} as const;
	const rows = await db.selectFrom(table[type]).select('id').orderBy('id').execute();
	return rows.map((row) => row.id);
}

/** Removes documents whose source is gone (deleted rows) during a full rebuild. */
export async function deleteOrphans(db: Db): Promise<number> {
	noteIndexWrite();
	const result = await sql`
		delete from search_documents d where
			(d.type = 'practice' and not exists (select 1 from practices x where x.id = d.source_id))
			or (d.type = 'organisation' and not exists (select 1 from organisations x where x.id = d.source_id))
			or (d.type = 'person' and not exists (select 1 from people x where x.id = d.source_id))
			or (d.type = 'city' and not exists (select 1 from cities x where x.id = d.source_id))
			or (d.type = 'event' and not exists (select 1 from events x where x.id = d.source_id))
			or (d.type = 'call' and not exists (select 1 from funding_calls x where x.id = d.source_id))
			or (d.type = 'project' and not exists (select 1 from projects x where x.id = d.source_id))
			or (d.type = 'challenge' and not exists (select 1 from challenges x where x.id = d.source_id))`.execute(db);
	return Number(result.numAffectedRows ?? 0);
}

export async function countDocuments(db: Db) {
	return db
		.selectFrom('search_documents')
		.select(['type', (eb) => eb.fn.countAll<number>().as('count')])
		.groupBy('type')
		.execute();
}
