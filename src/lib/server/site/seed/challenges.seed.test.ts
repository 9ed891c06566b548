import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { getChallenge, listChallenges } from '../../together/challenges';
import { searchSite } from '../../knowledge/search';
import { cityActivity } from '../../acting/activity';
import { demoActor as demoActorOf, seedWholeDemo } from './seed.testing';

const t = useTestDatabase();

beforeAll(() => seedWholeDemo(t.deps), 120_000);

describe('demo challenges', () => {
	it('has open and solved challenges from several countries, with answers, a linked practice, helpful marks and cities facing them too', async () => {
		const list = await listChallenges(null, { query: new URLSearchParams(), locale: 'pl' }, t.deps);
		expect(list.total).toBeGreaterThanOrEqual(4);
		expect(new Set(list.items.map((c) => c.city.countryName)).size).toBeGreaterThanOrEqual(2);
		expect(list.items.some((c) => c.status === 'solved')).toBe(true);
		// The members-only one only for members.
		const ewa = await demoActorOf(t.db, 'ewa@headframe.example');
		expect((await listChallenges(ewa, { query: new URLSearchParams(), locale: 'pl' }, t.deps)).total).toBe(list.total + 1);

		const charleroi = await getChallenge(null, { slug: 'charleroi-access-to-slag-heaps-demo', locale: 'en' }, t.deps);
		expect(charleroi).toMatchObject({ status: 'solved', facing: 1 });
		expect(charleroi.answerList.find((a) => a.helpful)?.practice?.slug).toBe('walbrzych-haldy');
		const bytom = await getChallenge(null, { slug: 'bytom-puste-lokale-w-srodmiesciu-demo', locale: 'pl' }, t.deps);
		expect(bytom.facingCities.map((c) => c.slug)).toEqual(['walbrzych', 'essen']);
	});

	it('shows Wałbrzych’s challenges on its page and finds them by search', async () => {
		const activity = await cityActivity(null, { slug: 'walbrzych', locale: 'pl' }, t.deps);
		expect(activity.challenges.items.map((c) => c.slug)).toEqual(
			expect.arrayContaining(['walbrzych-ogrzewanie-starych-kamienic-demo', 'bytom-puste-lokale-w-srodmiesciu-demo'])
		);
		const found = await searchSite(null, { query: new URLSearchParams({ q: 'kamienice ogrzewanie' }), locale: 'pl' }, t.deps);
		expect(found.hits.map((h) => h.href)).toContain('/pl/challenges/walbrzych-ogrzewanie-starych-kamienic-demo');
	});
});
