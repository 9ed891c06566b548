import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import { changeFollow } from '../follows';
import { getNotificationSettings, saveEmailFrequency, saveOverride } from './settings.service';
import { ensureNotificationSettings } from './settings.queries';
import { makeGroup, makeThread } from './notifications.testing';

const t = useTestDatabase();

describe('notification settings', () => {
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
		await expect(saveOverride(ewa, { type: 'group', id: String(group.id), frequency: 'daily' }, t.deps)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('makes the settings row once, however often asked', async () => {
		const person = await makePerson(t.db);
		const [a, b] = await Promise.all([ensureNotificationSettings(t.db, person.id), ensureNotificationSettings(t.db, person.id)]);
		expect(b).toEqual(a);
		expect(a.email_frequency).toBe('weekly');
	});
});
