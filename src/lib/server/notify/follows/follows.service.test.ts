import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { makeChallenge, makeGroup, makeThread } from '../notifications/notifications.testing';
import { changeFollow, countFollowers, follow, followButton, followers, isFollowing, unfollow } from './follows.service';
import { findFollow } from './follows.sql';

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

describe('following from pages', () => {
	it('follows what the actor may see, refuses what they may not, and stops', async () => {
		const ewa = actorOf((await makeMember(t.db)).person, true);
		const other = await makeMember(t.db);
		const city = await makeCity(t.db);
		const area = await makeArea(t.db);
		const secret = await makeGroup(t.db, 'secret', [{ id: other.person.id }]);
		const secretThread = await makeThread(t.db, other.person.id, { groupId: secret.id });
		const general = await makeThread(t.db, other.person.id);
		const membersOnly = await makeChallenge(t.db, other.person.id, { visibility: 'members' });
		const hiddenProfile = await makePerson(t.db);
		await t.db.updateTable('people').set({ hidden_at: new Date(), hidden_reason: 'spam' }).where('id', '=', hiddenProfile.id).execute();

		for (const [type, id] of [
			['city', city.id],
			['area', area.id],
			['thread', general.id],
			['challenge', membersOnly.id],
			['person', other.person.id],
			['organisation', other.organisation.id]
		] as const) {
			expect(await changeFollow(ewa, { type, id: String(id) }, t.deps)).toEqual({ following: true });
			expect(await findFollow(t.db, ewa.id, { type, id })).toBeDefined();
		}
		for (const [type, id] of [
			['group', secret.id],
			['thread', secretThread.id],
			['city', 987654321],
			['person', hiddenProfile.id],
			['person', ewa.id],
			['event', 1]
		] as const) {
			await expect(changeFollow(ewa, { type, id: String(id) }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		}
		await expect(changeFollow(ewa, { type: 'nonsense', id: '1' }, t.deps)).rejects.toMatchObject({ code: 'validation_failed' });
		await expect(changeFollow(null, { type: 'city', id: String(city.id) }, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });

		// A registered person who is not a network member may not follow a members-only challenge.
		const registered = actorOf(await makePerson(t.db));
		await expect(changeFollow(registered, { type: 'challenge', id: String(membersOnly.id) }, t.deps)).rejects.toMatchObject({
			code: 'not_found'
		});

		expect(await changeFollow(ewa, { type: 'city', id: String(city.id), action: 'unfollow' }, t.deps)).toEqual({ following: false });
		expect(await findFollow(t.db, ewa.id, { type: 'city', id: city.id })).toBeUndefined();
		expect(await followButton(ewa, { type: 'city', key: city.slug }, t.deps)).toEqual({ type: 'city', id: city.id, following: false });
		expect(await followButton(ewa, { type: 'area', key: area.key }, t.deps)).toEqual({ type: 'area', id: area.id, following: true });
		expect(await followButton(ewa, { type: 'person', key: ewa.handle }, t.deps)).toBeNull();
		expect(await followButton(null, { type: 'area', key: area.key }, t.deps)).toBeNull();
	});
});
