/** Challenges in the search index: found by their words and cities, at their visibility; hidden ones go. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import type { MaybeActor } from '../../platform/auth';
import { makeChallenge } from '../../together/challenges/challenges.testing';
import { createChallenge, faceToo, setChallengeStatus } from '../../together/challenges';
import { reindexAll, reindexChallenge } from './search.indexer';
import { searchSite } from './search.service';

const t = useTestDatabase();
const unique = () => Math.random().toString(36).replace(/[0-9]/g, '').slice(0, 6);

const search = (q: string, actor: MaybeActor = null, extra: Record<string, string> = {}, locale: 'pl' | 'en' = 'pl') =>
	searchSite(actor, { query: new URLSearchParams({ q, ...extra }), locale }, t.deps);
const hrefs = (page: { hits: { href: string }[] }) => page.hits.map((hit) => hit.href);
const docOf = (id: number) =>
	t.db.selectFrom('search_documents').selectAll().where('type', '=', 'challenge').where('source_id', '=', id).executeTakeFirst();

describe('challenges in search', () => {
	it('finds a challenge by its words, its city, its areas and the cities facing it too, as its status changes', async () => {
		const word = `Pustostany${unique()}`;
		const { person } = await makeMember(t.db);
		const actor = actorOf(person, true);
		const area = await makeArea(t.db, { pl: `Handel ${unique()}` });
		const { id, slug } = await createChallenge(
			actor,
			{
				values: {
					title: `Puste lokale ${word}`,
					description: 'Sklepy przy **rynku** stoją puste.',
					tried: 'Niższe czynsze',
					city_id: String(person.city_id),
					areas: [String(area.id)],
					help_wanted: ['data'],
					visibility: 'public'
				}
			},
			t.deps
		);
		const city = await t.db.selectFrom('cities').select(['name']).where('id', '=', person.city_id!).executeTakeFirstOrThrow();
		expect(await docOf(id)).toMatchObject({
			key: slug,
			status: 'open',
			city_id: person.city_id,
			area_ids: [area.id],
			visibility: 'public'
		});
		for (const q of [word, 'czynsze', city.name]) expect(hrefs(await search(q)), q).toContain(`/pl/challenges/${slug}`);

		const other = await makeMember(t.db, { cityId: (await makeCity(t.db, { name: `Charleroi ${unique()}` })).id });
		const otherCity = await t.db.selectFrom('cities').select('name').where('id', '=', other.person.city_id!).executeTakeFirstOrThrow();
		await faceToo(actorOf(other.person, true), { slug, values: { city_id: String(other.person.city_id) } }, t.deps);
		expect(hrefs(await search(otherCity.name))).toContain(`/pl/challenges/${slug}`);

		await setChallengeStatus(actor, { slug, values: { status: 'solved' } }, t.deps);
		const page = await search(word, null, { type: 'challenge' }, 'en');
		expect(page.typeCounts.challenge).toBe(1);
		expect(page.hits[0]).toMatchObject({ type: 'challenge', href: `/en/challenges/${slug}`, status: 'solved', membersOnly: false });
	});

	it('shows members-only challenges to members and coordinators, never to visitors or non-members', async () => {
		const word = `Kamienice${unique()}`;
		const challenge = await makeChallenge(t.db, { title: `Ogrzewanie ${word}`, visibility: 'members' });
		await reindexChallenge(t.db, challenge.id);
		expect(hrefs(await search(word))).toEqual([]);
		expect(hrefs(await search(word, actorOf(await makePerson(t.db))))).toEqual([]);
		const { person } = await makeMember(t.db);
		const found = await search(word, actorOf(person, true));
		expect(hrefs(found)).toEqual([`/pl/challenges/${challenge.slug}`]);
		expect(found.hits[0].membersOnly).toBe(true);
		expect(hrefs(await search(word, actorOf(await makePerson(t.db, { role: 'coordinator' }))))).toEqual([
			`/pl/challenges/${challenge.slug}`
		]);
	});

	it('removes a challenge the moderators hid, and keeps it out of a full rebuild', async () => {
		const word = `Halda${unique()}`;
		const challenge = await makeChallenge(t.db, { title: `Dostęp do ${word}` });
		await reindexChallenge(t.db, challenge.id);
		expect(hrefs(await search(word))).toHaveLength(1);
		await t.db.updateTable('challenges').set({ hidden_at: new Date(), hidden_reason: 'spam' }).where('id', '=', challenge.id).execute();
		await reindexChallenge(t.db, challenge.id);
		expect(await docOf(challenge.id)).toBeUndefined();
		const visible = await makeChallenge(t.db, { title: `Widoczna ${word}` });
		const report = await reindexAll(t.db);
		expect(report.counts.challenge).toBeGreaterThanOrEqual(1);
		expect(await docOf(challenge.id)).toBeUndefined();
		expect(await docOf(visible.id)).toBeDefined();
	});
});
