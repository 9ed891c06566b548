import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember } from '../../platform/db/testing/factories';
import { getChallenge } from './challenges-read.service';
import { answerChallenge, faceToo } from './challenge-answers.service';
import { makeChallenge } from './challenges.testing';

const t = useTestDatabase();

describe('people on a challenge page', () => {
	it('are named only to those who may see their profiles', async () => {
		const { person } = await makeMember(t.db);
		await t.db
			.updateTable('people')
			.set({ visibility: JSON.stringify({ profile: 'members' }) })
			.where('id', '=', person.id)
			.execute();
		const actor = actorOf(person, true);
		const challenge = await makeChallenge(t.db, { author_id: person.id });
		await answerChallenge(actor, { slug: challenge.slug, values: { body: 'U nas pomogła spółdzielnia.' }, locale: 'pl' }, t.deps);
		await faceToo(actor, { slug: challenge.slug, values: { city_id: String(person.city_id), note: 'U nas też.' } }, t.deps);
		const viewer = actorOf((await makeMember(t.db)).person, true);

		const asMember = await getChallenge(viewer, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(asMember.author?.handle).toBe(person.handle);
		expect(asMember.answerList.map((answer) => answer.author?.handle)).toEqual([person.handle]);
		expect(asMember.facingCities.map((city) => city.by?.handle)).toEqual([person.handle]);

		const asVisitor = await getChallenge(null, { slug: challenge.slug, locale: 'en' }, t.deps);
		expect(asVisitor.author).toBeNull();
		expect(asVisitor.answerList.map((answer) => answer.author)).toEqual([null]);
		expect(asVisitor.facingCities.map((city) => city.by)).toEqual([null]);
		expect(JSON.stringify(asVisitor)).not.toContain(person.name);
	});
});
