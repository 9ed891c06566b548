import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember } from '../../platform/db/testing/factories';
import { searchSite } from '../search';
import type { MaybeActor } from '../../platform/auth';
import { createPractice, getPracticeForEdit, setPracticePublished, updatePractice } from './practices.service';
import { saveTranslation } from './translations.service';

const t = useTestDatabase();

async function found(actor: MaybeActor, q: string): Promise<string[]> {
	const page = await searchSite(actor, { query: new URLSearchParams({ q }), locale: 'pl' }, t.deps);
	return page.hits.filter((h) => h.type === 'practice').map((h) => h.href);
}

describe('practice writes keep the search index current', () => {
	it('indexes on publish and edit, drops drafts, and keeps members-only practices from visitors', async () => {
		const { person, organisation } = await makeMember(t.db);
		const actor = actorOf(person, true);
		const input = {
			summary: 'Opis.',
			city: String(organisation.city_id),
			status: 'ongoing',
			original_language: 'pl',
			visibility: 'public'
		};
		const { slug } = await createPractice(actor, { ...input, title: 'Kopalnia Zygfryd jako pracownia', intent: 'draft' }, t.deps, 'pl');
		expect(await found(actor, 'zygfryd')).toEqual([]);
		await setPracticePublished(actor, slug, true, t.deps);
		expect(await found(null, 'zygfryd')).toEqual([`/pl/practices/${slug}`]);

		const form = await getPracticeForEdit(actor, slug, t.deps, 'pl');
		await updatePractice(
			actor,
			slug,
			{ ...form.values, title: 'Kopalnia Bernadeta jako pracownia', visibility: 'members', intent: 'save' },
			t.deps,
			'pl'
		);
		expect(await found(null, 'bernadeta')).toEqual([]);
		expect(await found(actor, 'bernadeta')).toEqual([`/pl/practices/${slug}`]);
		expect(await found(actor, 'zygfryd')).toEqual([]);

		await saveTranslation(actor, slug, 'en', { title: 'The Bernadeta mine as a workshop', summary: 'Workshops in a mine.' }, t.deps);
		expect(await found(actor, 'workshops')).toEqual([`/pl/practices/${slug}`]);

		await setPracticePublished(actor, slug, false, t.deps);
		expect(await found(actor, 'bernadeta')).toEqual([]);
	});
});
