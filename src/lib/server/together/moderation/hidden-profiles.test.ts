import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { listPeople, showPerson } from '../../directory/people';
import { hideContent, reportContent, restoreContent } from './reports.service';

const t = useTestDatabase();

describe('hidden profiles', () => {
	it('vanish for others (page and directory) while the owner sees why; restoring brings them back', async () => {
		const { person } = await makeMember(t.db, { name: `Spammy ${Date.now()}`, visibility: { profile: 'public' } });
		const owner = actorOf(person, true);
		const other = actorOf((await makeMember(t.db)).person, true);
		const moderator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const inDirectory = async (viewer: typeof other | null) =>
			(await listPeople(viewer, { filters: { q: person.name }, locale: 'en' }, t.deps)).people.some((p) => p.handle === person.handle);

		expect(await inDirectory(null)).toBe(true);
		expect((await showPerson(owner, { handle: person.handle, locale: 'en' }, t.deps)).hidden).toBeNull();
		await reportContent(other, { type: 'profile', id: person.id, values: { reason: 'spam' } }, t.deps);
		await hideContent(moderator, { type: 'profile', id: person.id, values: { reason: 'Advertising profile' } }, t.deps);

		for (const viewer of [null, other, moderator]) {
			await expect(showPerson(viewer, { handle: person.handle, locale: 'en' }, t.deps)).rejects.toBeInstanceOf(AppError);
			expect(await inDirectory(viewer)).toBe(false);
		}
		const own = await showPerson(owner, { handle: person.handle, locale: 'en' }, t.deps);
		expect(own.hidden).toEqual({ reason: 'Advertising profile' });
		expect(await inDirectory(owner)).toBe(true);

		await restoreContent(moderator, { type: 'profile', id: person.id }, t.deps);
		expect((await showPerson(other, { handle: person.handle, locale: 'en' }, t.deps)).hidden).toBeNull();
		expect(await inDirectory(null)).toBe(true);
	});

	it('leaves the search index while hidden', async () => {
		const { person } = await makeMember(t.db, { visibility: { profile: 'public' } });
		const { reindexPerson } = await import('../../knowledge/search');
		await reindexPerson(t.db, person.id);
		const doc = () =>
			t.db
				.selectFrom('search_documents')
				.select('source_id')
				.where('type', '=', 'person')
				.where('source_id', '=', person.id)
				.executeTakeFirst();
		expect(await doc()).toBeDefined();
		const moderator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		await hideContent(moderator, { type: 'profile', id: person.id, values: { reason: 'x' } }, t.deps);
		expect(await doc()).toBeUndefined();
		await restoreContent(moderator, { type: 'profile', id: person.id }, t.deps);
		expect(await doc()).toBeDefined();
	});
});
