import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError, statusOf } from '../../platform/core';
import { translate } from '../../platform/i18n';
import { assertMayPost, NEWCOMER_LIMITS } from './limits';
import { makeAnswer, makeChallenge, makePost, makeThread } from './moderation.testing';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

describe('assertMayPost', () => {
	it('lets members and coordinators post links as often as they like', async () => {
		const { person } = await makeMember(t.db);
		const member = actorOf(person, true);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const { thread } = await makeThread(t.db, person.id);
		for (let i = 0; i < 7; i++) await makePost(t.db, thread.id, person.id);
		await expect(assertMayPost(t.db, member, 'see https://example.com')).resolves.toBeUndefined();
		await expect(assertMayPost(t.db, coordinator, 'see https://example.com')).resolves.toBeUndefined();
	});

	it('refuses people who have not confirmed their e-mail address', async () => {
		const unverified = actorOf(await makePerson(t.db, { verified: false }));
		const error = await failure(assertMayPost(t.db, unverified, 'Hello'));
		expect(error.code).toBe('forbidden');
		expect(error.messageKey).toBe('moderation_error_unverified');
	});

	it('refuses links in a newcomer’s first posts, with a translated error on the field', async () => {
		const newcomer = await makePerson(t.db);
		const actor = actorOf(newcomer);
		await expect(assertMayPost(t.db, actor, 'Hello, we face this in Bytom too.')).resolves.toBeUndefined();
		const error = await failure(assertMayPost(t.db, actor, 'Cheap offer at www.spam.example'));
		expect(statusOf[error.code]).toBe(400);
		expect(error.messageKey).toBe('moderation_error_links');
		expect(error.fieldErrors.body?.key).toBe('moderation_error_links_field');
		expect(translate(error.fieldErrors.body!, 'pl')).toContain('5');
		expect(translate(error.messageKey, 'en')).toMatch(/links/i);
		const named = await failure(assertMayPost(t.db, actor, 'example.com/x', 'description'));
		expect(Object.keys(named.fieldErrors)).toEqual(['description']);
		// e-mail links count too, in every form the page would render as a link
		for (const text of [
			'Write to <mailto:offer@spam.example>',
			'mailto:offer@spam.example',
			'offer@spam.example',
			'[us](mailto:a@spam.example)'
		])
			expect((await failure(assertMayPost(t.db, actor, text))).messageKey, text).toBe('moderation_error_links');
	});

	it('allows links once a newcomer has written their first posts (spread over time)', async () => {
		const newcomer = await makePerson(t.db);
		const { thread } = await makeThread(t.db, newcomer.id, { createdAt: hoursAgo(30) });
		for (let i = 0; i < NEWCOMER_LIMITS.firstPostsWithoutLinks - 1; i++) {
			await makePost(t.db, thread.id, newcomer.id, 'reply', hoursAgo(20 - i));
		}
		await expect(assertMayPost(t.db, actorOf(newcomer), 'https://example.com/report.pdf')).resolves.toBeUndefined();
	});

	it('limits newcomers to five posts an hour, counting posts, answers and challenges', async () => {
		const newcomer = await makePerson(t.db);
		const actor = actorOf(newcomer);
		const other = await makePerson(t.db);
		const { thread } = await makeThread(t.db, other.id);
		await makePost(t.db, thread.id, newcomer.id, 'old', hoursAgo(2));
		await makePost(t.db, thread.id, newcomer.id);
		await makePost(t.db, thread.id, newcomer.id);
		const challenge = await makeChallenge(t.db, newcomer.id);
		await makeAnswer(t.db, challenge.id, newcomer.id);
		await expect(assertMayPost(t.db, actor, 'fifth')).resolves.toBeUndefined();
		await makeThread(t.db, newcomer.id);
		const error = await failure(assertMayPost(t.db, actor, 'sixth'));
		expect(error.code).toBe('rate_limited');
		expect(statusOf[error.code]).toBe(429);
		expect(error.messageKey).toBe('moderation_error_rate');
		expect(translate(error.fieldErrors.body!, 'en')).toContain('5');
	});

	it('works inside a transaction', async () => {
		const actor = actorOf(await makePerson(t.db));
		await t.db.transaction().execute(async (trx) => {
			await expect(assertMayPost(trx, actor, 'plain')).resolves.toBeUndefined();
		});
	});
});
