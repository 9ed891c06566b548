/**
 * For other domains that found a project (a completed partner search, the demo network): the
 * project with its partners and areas, inside the caller's transaction. The caller has checked
 * rights and input (see insertProject's contract); partners named twice count once.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db';
import { insertProject, type NewProjectRow } from './projects.queries';

export function foundProject(trx: Kysely<DB> | Transaction<DB>, project: NewProjectRow): Promise<{ id: number; slug: string }> {
	return insertProject(trx, project);
}
