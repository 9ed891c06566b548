import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import { findFollow } from '../follows/follows.queries';
import { changeFollow, followButton, getNotificationSettings, saveEmailFrequency, saveOverride } from './follows.service';
import { ensureNotificationSettings } from './settings.queries';
import { makeChallenge, makeGroup, makeThread } from './notifications.testing';

const t = useTestDatabase();

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

		for (const [type, id] of [['city', city.id], ['area', area.id], ['thread', general.id], ['challenge', membersOnly.id], ['person', other.person.id], ['organisation', other.organisation.id]] as const) {
			expect(await changeFollow(ewa, { type, id: String(id) }, t.deps)).toEqual({ following: true });
			expect(await findFollow(t.db, ewa.id, { type, id })).toBeDefined();
		}
		for (const [type, id] of [['group', secret.id], ['thread', secretThread.id], ['city', 987654321], ['person', hiddenProfile.id], ['person', ewa.id], ['event', 1]] as const) {
			await expect(changeFollow(ewa, { type, id: String(id) }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
		}
		await expect(changeFollow(ewa, { type: 'nonsense', id: '1' }, t.deps)).rejects.toMatchObject({ code: 'validation_failed' });
		await expect(changeFollow(null, { type: 'city', id: String(city.id) }, t.deps)).rejects.toMatchObject({ code: 'unauthenticated' });

		// A registered person who is not a network member may not follow a members-only challenge.
		const registered = actorOf(await makePerson(t.db));
		await expect(changeFollow(registered, { type: 'challenge', id: String(membersOnly.id) }, t.deps)).rejects.toMatchObject({ code: 'not_found' });

		expect(await changeFollow(ewa, { type: 'city', id: String(city.id), action: 'unfollow' }, t.deps)).toEqual({ following: false });
		expect(await findFollow(t.db, ewa.id, { type: 'city', id: city.id })).toBeUndefined();
		expect(await followButton(ewa, { type: 'city', key: city.slug }, t.deps)).toEqual({ type: 'city', id: city.id, following: false });
		expect(await followButton(ewa, { type: 'area', key: area.key }, t.deps)).toEqual({ type: 'area', id: area.id, following: true });
		expect(await followButton(ewa, { type: 'person', key: ewa.handle }, t.deps)).toBeNull();
		expect(await followButton(null, { type: 'area', key: area.key }, t.deps)).toBeNull();
	});

	it('keeps the settings: frequency, what is followed, overrides', async () => {
		const ewa = actorOf((await makeMember(t.db)).person, true);
		const other = (await makeMember(t.db)).person;
		const thread = await makeThread(t.db, other.id, { title: 'Heat networks' });
		const group = await makeGroup(t.db, 'secret', [{ id: ewa.id }]);
		const city = await makeCity(t.db, { name: 'Wałbrzych-test', name_en: 'Walbrzych-test' });
		await changeFollow(ewa, { type: 'thread', id: String(thread.id) }, t.deps);
		await changeFollow(ewa, { type: 'group', id: String(group.id) }, t.deps);
		await changeFollow(ewa, { type: 'city', id: String(city.id) }, t.deps);

		let settings = await getNotificationSettings(ewa, { locale: 'en' }, t.deps);
		expect(settings.frequency).toBe('weekly');
		expect(settings.follows.map((f) => [f.type, f.title, f.path, f.override]).sort()).toEqual(
			[
				['city', 'Walbrzych-test', `cities/${city.slug}`, null],
				['group', group.name, `groups/${group.slug}`, ''],
				['thread', 'Heat networks', `discussions/${thread.slug}`, '']
			].sort()
		);

		await saveEmailFrequency(ewa, { frequency: 'daily' }, t.deps);
		await expect(saveEmailFrequency(ewa, { frequency: 'hourly' }, t.deps)).rejects.toMatchObject({ code: 'validation_failed' });
		await saveOverride(ewa, { type: 'thread', id: String(thread.id), frequency: 'never' }, t.deps);
		await saveOverride(ewa, { type: 'group', id: String(group.id), frequency: 'immediately' }, t.deps);
		await saveOverride(ewa, { type: 'group', id: String(group.id), frequency: '' }, t.deps);
		settings = await getNotificationSettings(ewa, { locale: 'en' }, t.deps);
		expect(settings.frequency).toBe('daily');
		expect(settings.follows.find((f) => f.type === 'thread')?.override).toBe('never');
		expect(settings.follows.find((f) => f.type === 'group')?.override).toBe('');

		// Leaving the secret group: it drops out of the list, and no override can be set for it.
		await t.db.deleteFrom('group_members').where('group_id', '=', group.id).execute();
		settings = await getNotificationSettings(ewa, { locale: 'en' }, t.deps);
		expect(settings.follows.map((f) => f.type).sort()).toEqual(['city', 'thread']);
		await expect(saveOverride(ewa, { type: 'group', id: String(group.id), frequency: 'daily' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('makes the settings row once, with a token, however often asked', async () => {
		const person = await makePerson(t.db);
		const [a, b] = await Promise.all([ensureNotificationSettings(t.db, person.id), ensureNotificationSettings(t.db, person.id)]);
		expect(a.unsubscribe_token).toHaveLength(32);
		expect(b.unsubscribe_token).toBe(a.unsubscribe_token);
		expect(a.email_frequency).toBe('weekly');
	});
});
