import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db';

type Db = Kysely<DB>;

/** An invitation of the organisation to this address (any letter case) that can still be accepted. */
export function findOpenInvitationTo(db: Db, organisationId: number, email: string) {
	return db
		.selectFrom('organisation_invitations')
		.select(['id', 'expires_at'])
		.where('organisation_id', '=', organisationId)
		.where(sql<string>`lower(email)`, '=', email.toLowerCase())
		.where('accepted_at', 'is', null)
		.where('expires_at', '>', sql<Date>`now()`)
		.executeTakeFirst();
}
