/**
 * Builds the search index with the search engineer's own functions (the same documents the
 * server writes): `reindexMany` in batches when the indexer has it, else one call per thing,
 * grouped in transactions so commits do not dominate.
 */
import type { Kysely } from 'kysely';
import type { DB, SearchDocumentType } from '../../src/lib/server/platform/db/schema';
import * as indexer from '../../src/lib/server/knowledge/search/search.indexer';
import { warmUpLemmatizer } from '../../src/lib/server/knowledge/search/lemmatize';

export interface IndexReport {
	type: string;
	sources: number;
	ms: number;
	/** 'batch' (reindexMany) or 'one by one'. */
	mode: string;
}

type Many = (db: Kysely<DB>, type: SearchDocumentType, ids: number[]) => Promise<void>;
const reindexMany = (indexer as unknown as { reindexMany?: Many }).reindexMany;

type Indexed = 'city' | 'organisation' | 'person' | 'practice' | 'event';

const ONE_BY_ONE: Record<Indexed, (db: Kysely<DB>, id: number) => Promise<void>> = {
	city: (db, id) => indexer.reindexCity(db, id, { cascade: false }),
	organisation: (db, id) => indexer.reindexOrganisation(db, id, { cascade: false }),
	person: (db, id) => indexer.reindexPerson(db, id),
	practice: (db, id) => indexer.reindexPractice(db, id),
	event: (db, id) => indexer.reindexEvent(db, id)
};

// Discussions are not in the search index (search_documents has no thread type); events are.
const TABLES: [Indexed, 'cities' | 'organisations' | 'people' | 'practices' | 'events'][] = [
	['city', 'cities'],
	['organisation', 'organisations'],
	['person', 'people'],
	['practice', 'practices'],
	['event', 'events']
];

export async function indexEverything(db: Kysely<DB>, log: (line: string) => void, batch = 250): Promise<IndexReport[]> {
	warmUpLemmatizer();
	const out: IndexReport[] = [];
	for (const [type, table] of TABLES) {
		const started = performance.now();
		const ids = (await db.selectFrom(table).select('id').orderBy('id').execute()).map((row) => row.id);
		for (let start = 0; start < ids.length; start += batch) {
			const chunk = ids.slice(start, start + batch);
			await db.transaction().execute(async (trx) => {
				if (reindexMany) await reindexMany(trx, type, chunk);
				else for (const id of chunk) await ONE_BY_ONE[type](trx, id);
			});
			const done = start + chunk.length;
			if (done % 10_000 < batch && done >= 10_000)
				log(`indexed ${done}/${ids.length} ${table} (${Math.round((performance.now() - started) / 1000)} s)`);
		}
		out.push({
			type,
			sources: ids.length,
			ms: Math.round(performance.now() - started),
			mode: reindexMany ? `batches of ${batch}` : 'one by one'
		});
		log(`indexed ${ids.length} ${table} in ${Math.round((performance.now() - started) / 1000)} s`);
	}
	return out;
}
