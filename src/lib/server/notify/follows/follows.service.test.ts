import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { countFollowers, follow, followers, isFollowing, unfollow } from './follows.service';

const t = useTestDatabase();

describe('follows', () => {
	it('follows once however often asked, unfollows, and lists verified followers only', async () => {
		const ewa = actorOf(await makePerson(t.db, { name: 'Ewa', locale: 'pl' }), true);
		const tom = actorOf(await makePerson(t.db, { name: 'Tom' }), true);
		const unverified = actorOf(await makePerson(t.db, { verified: false }));
		const target = { type: 'call' as const, id: 424242 };
		const other = { type: 'event' as const, id: 424242 };

		await follow(ewa, target, t.deps);
		await follow(ewa, target, t.deps);
		await follow(tom, target, t.deps);
		await follow(unverified, target, t.deps);
		await follow(tom, other, t.deps);

		expect(await isFollowing(ewa, target, t.deps)).toBe(true);
		expect(await isFollowing(ewa, other, t.deps)).toBe(false);
		expect(await isFollowing(null, target, t.deps)).toBe(false);
		expect(await countFollowers(target, t.deps)).toBe(3);
		expect((await followers(target, t.deps)).map((f) => f.name)).toEqual(['Ewa', 'Tom']);
		expect((await followers(target, t.deps))[0].locale).toBe('pl');

		await unfollow(ewa, target, t.deps);
		await unfollow(ewa, target, t.deps);
		expect(await isFollowing(ewa, target, t.deps)).toBe(false);
		expect((await followers(target, t.deps)).map((f) => f.name)).toEqual(['Tom']);
	});

	it('asks a visitor to sign in', async () => {
		const error = await follow(null, { type: 'call', id: 1 }, t.deps).catch((e) => e);
		expect(error).toBeInstanceOf(AppError);
		expect(error.code).toBe('unauthenticated');
	});
});
