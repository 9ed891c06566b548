import { sql, type Kysely } from 'kysely';

/**
 * The typo fallback looks a mistyped word up in a vocabulary (every indexed word of 5+
 * letters) by trigram similarity, then searches the index for the words it found. Comparing
 * the query with each document's whole word list (search_documents.words) was far too slow
 * on a large network, so that column and its trigram index go.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
create table search_words (
	word text not null constraint search_words_pk primary key
);
create index search_words_trgm_idx on search_words using gin (word gin_trgm_ops);
insert into search_words (word)
	select distinct w from search_documents d, regexp_split_to_table(d.words, ' ') as w where length(w) >= 5
	on conflict do nothing;
drop index if exists search_documents_words_idx;
alter table search_documents drop column words;
`.execute(db);
}
