import type { Kysely } from 'kysely';
import type { DB } from './db/schema';

/** What services need from the outside world; routes pass `locals.deps`, tests their own. */
export interface Deps {
	db: Kysely<DB>;
	/** The site's public origin, for links in mail. */
	origin: string;
}
