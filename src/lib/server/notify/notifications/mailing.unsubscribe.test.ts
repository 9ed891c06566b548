/**
 * Unsubscribe links are secrets in mail: only their hash is stored, each mailing carries a
 * fresh one, and links in mail sent earlier keep working (the tokens of the plain-text era are
 * converted by migration 0009: see its test).
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase, TEST_ORIGIN } from '../../platform/db/testing/test-db';
import { makeMember } from '../../platform/db/testing/factories';
import { hashToken } from '../../platform/auth';
import { insertFollow } from '../follows';
import { recordActivity } from './activity.sql';
import { processPendingActivity } from './fanout';
import { mailNotifications } from './mailing';
import { unsubscribe, unsubscribeDetails } from './mailing.service';
import { makePost, makeThread } from './notifications.testing';

const t = useTestDatabase();

/** A member who gets every reply in a followed thread by mail at once, and that thread's author. */
async function follower() {
	const [author, person] = [(await makeMember(t.db)).person, (await makeMember(t.db)).person];
	await t.db.insertInto('notification_settings').values({ person_id: person.id, email_frequency: 'immediately' }).execute();
	const thread = await makeThread(t.db, author.id);
	await insertFollow(t.db, person.id, { type: 'thread', id: thread.id });
	return { person, author, thread };
}

/** One reply, fanned out and mailed; the unsubscribe token of the mail it produced. */
async function replyAndMail(threadId: number, authorId: number, email: string): Promise<string> {
	const post = await makePost(t.db, threadId, authorId);
	await recordActivity(t.db, {
		kind: 'reply_posted',
		actorId: authorId,
		subjectType: 'post',
		subjectId: post.id,
		contextType: 'thread',
		contextId: threadId,
		payload: { number: post.number }
	});
	while ((await processPendingActivity(t.db, new Date(Date.now() + 1000))) > 0) {
		/* until every event is processed */
	}
	await mailNotifications(t.db, new Date(), TEST_ORIGIN);
	const [mail] = await t.db.selectFrom('outbox').selectAll().where('to_address', '=', email).orderBy('id', 'desc').limit(1).execute();
	const token = new RegExp(`${TEST_ORIGIN}/unsubscribe/([A-Za-z0-9_-]+)`).exec(mail.text_body)?.[1];
	if (!token) throw new Error(`No unsubscribe link in:\n${mail.text_body}`);
	expect((mail.headers as Record<string, string>)['List-Unsubscribe']).toBe(`<${TEST_ORIGIN}/unsubscribe/${token}>`);
	return token;
}

describe('unsubscribe links', () => {
	it('stores only a hash, gives each mailing a fresh link, and keeps the earlier links working', async () => {
		const { person, author, thread } = await follower();
		const first = await replyAndMail(thread.id, author.id, person.email);
		const second = await replyAndMail(thread.id, author.id, person.email);
		expect(second).not.toBe(first);

		const stored = await t.db.selectFrom('unsubscribe_tokens').select('token_hash').where('person_id', '=', person.id).execute();
		const hashes = stored.map((row) => row.token_hash);
		expect(hashes).toEqual(expect.arrayContaining([hashToken(first), hashToken(second)]));
		// nothing in the database is the token itself: reading it gives no working link
		expect(hashes).not.toContain(first);
		const [everything] = (
			await sql<{ dump: string }>`select (select json_agg(t) from unsubscribe_tokens t)::text
			|| (select json_agg(s) from notification_settings s)::text as dump`.execute(t.db)
		).rows;
		expect(everything.dump).not.toContain(first);
		expect(everything.dump).not.toContain(second);
		await expect(unsubscribeDetails(hashToken(first), t.deps)).rejects.toMatchObject({ code: 'not_found' });

		// the older mail's link still works
		expect(await unsubscribeDetails(first, t.deps)).toMatchObject({ email: person.email, frequency: 'immediately' });
		expect(await unsubscribe(first, t.deps)).toMatchObject({ email: person.email, frequency: 'never' });
		expect(await unsubscribeDetails(second, t.deps)).toMatchObject({ frequency: 'never' });
	});

	it('refuses an expired link', async () => {
		const { person, author, thread } = await follower();
		const token = await replyAndMail(thread.id, author.id, person.email);
		await t.db
			.updateTable('unsubscribe_tokens')
			.set({ expires_at: new Date(Date.now() - 1000) })
			.where('person_id', '=', person.id)
			.execute();
		await expect(unsubscribe(token, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		const settings = await t.db
			.selectFrom('notification_settings')
			.select('email_frequency')
			.where('person_id', '=', person.id)
			.executeTakeFirstOrThrow();
		expect(settings.email_frequency).toBe('immediately');
	});
});
