import { sql, type Kysely } from 'kysely';

/**
 * The search index: one document per searchable thing (practice, organisation, person, city).
 * PostgreSQL has no Polish stemmer, so the application lemmatises the text (hunspell) and
 * writes the tsvector itself; `words` (distinct unaccented words) backs the typo fallback with
 * trigrams. The facet columns let the practice list and search filter and count without joins.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
create table search_documents (
	type text not null constraint search_documents_type_check check (type in ('practice', 'organisation', 'person', 'city')),
	source_id integer not null,
	-- slug or handle: the page is /{lang}/<type path>/<key>
	key text not null,
	-- ISO 639-1 of the original text; null when unknown (organisation, person, city texts)
	language text,
	-- the original language and every translation
	languages text[] not null default '{}',
	visibility text not null constraint search_documents_visibility_check check (visibility in ('public', 'members')),
	title text not null,
	-- plain text of the original, for snippets
	body text not null default '',
	-- other languages: {"en": {"title": "...", "body": "..."}}
	translations jsonb not null default '{}',
	city_id integer,
	city_name text,
	country_code text,
	industries text[] not null default '{}',
	population integer,
	size_band text,
	area_ids integer[] not null default '{}',
	org_types text[] not null default '{}',
	status text,
	year integer,
	published_at timestamptz,
	source_updated_at timestamptz,
	tsv tsvector not null,
	-- distinct unaccented lowercase words, for word_similarity when a word is mistyped
	words text not null default '',
	updated_at timestamptz not null default now(),
	constraint search_documents_pk primary key (type, source_id)
);
create index search_documents_tsv_idx on search_documents using gin (tsv);
create index search_documents_words_idx on search_documents using gin (words gin_trgm_ops);
create index search_documents_areas_idx on search_documents using gin (area_ids);
create index search_documents_published_idx on search_documents (type, published_at desc);
create index search_documents_updated_idx on search_documents (type, source_updated_at desc);
`.execute(db);
}
