import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeCity, makeMember } from '../../platform/db/testing/factories';
import { insertPracticeGraph } from '../practices';
import { reindexPractice } from './search.indexer';
import { SearchCache, noteIndexWrite } from './search.cache';
import { searchSite } from './search.service';

describe('the search cache', () => {
	it('serves an entry until it expires, and forgets it when the index is written', () => {
		let now = 1_000_000;
		const cache = new SearchCache<string>({ now: () => now, ttlMs: 1000, settleMs: 0 });
		cache.set('q', 'answer', cache.version());
		expect(cache.get('q')).toBe('answer');
		now += 1001;
		expect(cache.get('q')).toBeUndefined();

		cache.set('q', 'answer', cache.version());
		noteIndexWrite();
		expect(cache.get('q')).toBeUndefined();
	});

	it('does not keep what was read while the index was being written', () => {
		const cache = new SearchCache<string>({ settleMs: 0 });
		const before = cache.version();
		noteIndexWrite();
		cache.set('q', 'read before the write', before);
		expect(cache.get('q')).toBeUndefined();

		const settling = new SearchCache<string>({ settleMs: 60_000 });
		settling.set('q', 'read just after a write', settling.version());
		expect(settling.get('q')).toBeUndefined();
	});

	it('keeps at most its limit, dropping the least recently used', () => {
		const cache = new SearchCache<number>({ settleMs: 0 });
		for (let i = 0; i < 250; i++) cache.set(`q${i}`, i, cache.version());
		expect(cache.size).toBe(200);
		expect(cache.get('q0')).toBeUndefined();
		expect(cache.get('q249')).toBe(249);
	});
});

describe('search with the cache', () => {
	const t = useTestDatabase();

	it('never serves members-only results cached for a member to a visitor, and shows a new practice at once', async () => {
		const deps = { ...t.deps, searchCache: new SearchCache({ settleMs: 0 }) };
		const city = await makeCity(t.db, { name: 'Cachetown' });
		const practice = async (title: string, visibility: 'public' | 'members') => {
			const created = await insertPracticeGraph(t.db, {
				cityId: city.id,
				status: 'ongoing',
				visibility,
				originalLanguage: 'en',
				published: true,
				createdBy: null,
				texts: { en: { title, summary: 'A zinc smelter turned into a library.' } }
			});
			await reindexPractice(t.db, created.id);
			return created;
		};
		const hidden = await practice('Smelter library for members', 'members');
		const member = actorOf((await makeMember(t.db)).person, true);
		const search = (actor: typeof member | null) => searchSite(actor, { query: new URLSearchParams({ q: 'smelter' }), locale: 'en' }, deps);

		expect((await search(member)).hits.map((hit) => hit.href)).toContain(`/en/practices/${hidden.slug}`);
		expect(deps.searchCache.size).toBe(1);
		expect((await search(null)).hits.map((hit) => hit.href)).not.toContain(`/en/practices/${hidden.slug}`);

		const shown = await practice('Smelter library for everyone', 'public');
		expect((await search(null)).hits.map((hit) => hit.href)).toContain(`/en/practices/${shown.slug}`);
	});
});
