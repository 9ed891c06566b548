import { describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { useTestDatabase } from '../testing/test-db';
import { makePerson } from '../testing/factories';
import { hashToken } from '../../auth';
import { up } from './0009-unsubscribe-tokens';

const t = useTestDatabase();

describe('migration 0009', () => {
	it('hashes the plain unsubscribe tokens of mail already sent to what the links are checked against', async () => {
		const [person, other] = [await makePerson(t.db), await makePerson(t.db)];
		const plain = 'Qx7-plain_token_from_2026_mail';
		// The migration runs on the shape it found (the plain column, no token table), inside a
		// transaction that is then rolled back: the database of the other tests stays as it is.
		const rolledBack = new Error('roll back');
		let converted: unknown;
		await t.db
			.transaction()
			.execute(async (trx) => {
				await sql`drop table unsubscribe_tokens`.execute(trx);
				await sql`alter table notification_settings add column unsubscribe_token text`.execute(trx);
				await trx
					.insertInto('notification_settings')
					.values([{ person_id: person.id }, { person_id: other.id }])
					.execute();
				await sql`update notification_settings set unsubscribe_token = 'other-token-' || person_id`.execute(trx);
				await sql`update notification_settings set unsubscribe_token = ${plain} where person_id = ${person.id}`.execute(trx);
				await up(trx as unknown as Kysely<unknown>);
				converted = await trx
					.selectFrom('unsubscribe_tokens')
					.select(['person_id', 'token_hash', sql<boolean>`expires_at > now() + interval '360 days'`.as('long_lived')])
					.where('person_id', 'in', [person.id, other.id])
					.orderBy('person_id')
					.execute();
				const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns
					where table_name = 'notification_settings'`.execute(trx);
				expect(columns.rows.map((row) => row.column_name)).not.toContain('unsubscribe_token');
				throw rolledBack;
			})
			.catch((error: unknown) => {
				if (error !== rolledBack) throw error;
			});
		expect(converted).toEqual([
			{ person_id: person.id, token_hash: hashToken(plain), long_lived: true },
			{ person_id: other.id, token_hash: hashToken(`other-token-${other.id}`), long_lived: true }
		]);
	});
});
