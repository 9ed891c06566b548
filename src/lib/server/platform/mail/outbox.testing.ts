/** What tests read back from the outbox. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db';

/** For tests and the local console: the newest mail to an address. */
export function findMailTo(db: Kysely<DB>, to: string) {
	return db
		.selectFrom('outbox')
		.selectAll()
		.where(sql`lower(to_address)`, '=', to.toLowerCase())
		.orderBy('id', 'desc')
		.execute();
}
