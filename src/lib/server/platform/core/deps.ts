import type { Kysely } from 'kysely';
import type { DB } from '../db';
import type { SearchCache } from '../../knowledge/search';
import type { SummaryCache } from '../cache';

/** What services need from the outside world; routes pass `locals.deps`, tests their own. */
export interface Deps {
	db: Kysely<DB>;
	/** The site's public origin, for links in mail. */
	origin: string;
	/** Recent search results; only the server has one (see search.cache.ts). */
	searchCache?: SearchCache;
	/** Network-wide summaries for a minute; only the server has one (see summary-cache.ts). */
	summaryCache?: SummaryCache;
}
