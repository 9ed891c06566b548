import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeCity, makeMember } from '../../platform/db/testing/factories';
import { makePractice } from './transfers.testing';
import { createTransfer } from './transfers.service';
import { getCityKnowledge } from './city-knowledge.service';

const t = useTestDatabase();

async function adoptInto(cityId: number, slug: string) {
	const { person, organisation } = await makeMember(t.db, { cityId });
	return createTransfer(actorOf(person, true), { slug, values: { organisation_id: String(organisation.id) }, locale: 'en' }, t.deps);
}

describe('getCityKnowledge', () => {
	it('lists what a city took and gave, and its own visible practices', async () => {
		const walbrzych = await makeCity(t.db, { name: 'Wałbrzych' });
		const bytom = await makeCity(t.db, { name: 'Bytom' });
		const ostrava = await makeCity(t.db, { name: 'Ostrava', country_code: 'CZ' });
		const own = await makePractice(t.db, { cityId: walbrzych.id, title: 'Stara Kopalnia' });
		const secret = await makePractice(t.db, { cityId: walbrzych.id, title: 'Dla członków', visibility: 'members' });
		await makePractice(t.db, { cityId: walbrzych.id, title: 'Szkic', published: false });
		const foreign = await makePractice(t.db, { cityId: ostrava.id, title: 'Landek Park' });

		await adoptInto(bytom.id, own.slug);
		await adoptInto(bytom.id, secret.slug);
		await adoptInto(walbrzych.id, foreign.slug);

		const visitor = await getCityKnowledge(null, { cityId: walbrzych.id, locale: 'en' }, t.deps);
		expect(visitor.practices.map((p) => p.title)).toEqual(['Stara Kopalnia']);
		expect(visitor.practicesTotal).toBe(1);
		expect(visitor.gave.map((x) => [x.practiceTitle, x.city.name])).toEqual([['Stara Kopalnia', 'Bytom']]);
		expect(visitor.took.map((x) => [x.practiceTitle, x.fromCity.name, x.fromCity.countryCode])).toEqual([['Landek Park', 'Ostrava', 'CZ']]);

		const member = actorOf((await makeMember(t.db)).person, true);
		const forMember = await getCityKnowledge(member, { cityId: walbrzych.id, locale: 'en' }, t.deps);
		expect(forMember.practices.map((p) => p.title).sort()).toEqual(['Dla członków', 'Stara Kopalnia']);
		expect(forMember.gave.map((x) => x.practiceTitle).sort()).toEqual(['Dla członków', 'Stara Kopalnia']);

		const bytomPage = await getCityKnowledge(null, { cityId: bytom.id, locale: 'en' }, t.deps);
		expect(bytomPage.took.map((x) => [x.practiceTitle, x.fromCity.name])).toEqual([['Stara Kopalnia', 'Wałbrzych']]);
		expect(bytomPage.gave).toEqual([]);
	});
});
