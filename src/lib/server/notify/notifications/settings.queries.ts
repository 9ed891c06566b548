/** A person's notification mail settings and per-context overrides. */
import type { Kysely, Transaction } from 'kysely';
import type { DB, EmailFrequency } from '../../platform/db';

type Db = Kysely<DB> | Transaction<DB>;

/** The contexts the database keeps overrides for: those whose registry entry is `overridable`. */
export type OverrideContext = DB['notification_overrides']['context_type'];

/**
 * The person's settings row, made on first need (weekly digests; unsubscribe tokens are made
 * with each mailing). Safe when two requests or processes make it at once.
 */
export async function ensureNotificationSettings(db: Db, personId: number) {
	await db
		.insertInto('notification_settings')
		.values({ person_id: personId })
		.onConflict((oc) => oc.column('person_id').doNothing())
		.execute();
	return db
		.selectFrom('notification_settings')
		.select(['person_id', 'email_frequency', 'last_digest_at', 'updated_at'])
		.where('person_id', '=', personId)
		.executeTakeFirstOrThrow();
}

/** The stored frequency, or undefined when the person never chose (weekly then). */
export async function findEmailFrequency(db: Db, personId: number): Promise<EmailFrequency | undefined> {
	const row = await db.selectFrom('notification_settings').select('email_frequency').where('person_id', '=', personId).executeTakeFirst();
	return row?.email_frequency;
}

export async function setEmailFrequency(db: Db, personId: number, frequency: EmailFrequency) {
	await ensureNotificationSettings(db, personId);
	await db
		.updateTable('notification_settings')
		.set({ email_frequency: frequency, updated_at: new Date() })
		.where('person_id', '=', personId)
		.execute();
}

export function listOverrides(db: Db, personId: number) {
	return db
		.selectFrom('notification_overrides')
		.select(['context_type', 'context_id', 'email_frequency'])
		.where('person_id', '=', personId)
		.execute();
}

/** Sets the override for one context, or removes it (null: as the general setting). */
export async function setOverride(
	db: Db,
	personId: number,
	context: { type: OverrideContext; id: number },
	frequency: EmailFrequency | null
) {
	if (frequency === null) {
		await db
			.deleteFrom('notification_overrides')
			.where('person_id', '=', personId)
			.where('context_type', '=', context.type)
			.where('context_id', '=', context.id)
			.execute();
		return;
	}
	await db
		.insertInto('notification_overrides')
		.values({ person_id: personId, context_type: context.type, context_id: context.id, email_frequency: frequency })
		.onConflict((oc) => oc.constraint('notification_overrides_pk').doUpdateSet({ email_frequency: frequency }))
		.execute();
}
