/**
 * The services that write organisations, people and cities keep the search index current
 * (search.indexer.ts is called inside their transactions).
 */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeCity, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { insertPracticeGraph } from '../practices';
import { updateProfile } from '../../directory/accounts';
import { updateOrganisation } from '../../directory/organisations';
import { decideApplication } from '../../directory/membership';
import { updateCity } from '../../directory/cities';
import { reindexOrganisation, reindexPractice } from './search.indexer';
import { listPractices, searchSite } from './search.service';

const t = useTestDatabase();
const unique = () => Math.random().toString(36).slice(2, 8);
const find = (q: string, extra: Record<string, string> = {}) =>
	searchSite(null, { query: new URLSearchParams({ q, ...extra }), locale: 'en' }, t.deps).then((page) =>
		page.hits.map((hit) => hit.href.split('/').pop())
	);

describe('indexing on every write', () => {
	it('follows a profile: made public it is found by visitors, hidden it is gone', async () => {
		const surname = `Szybikowska${unique()}`;
		const person = await makePerson(t.db, { name: `Ola ${surname}` });
		const actor = actorOf(person);
		await updateProfile(actor, { name: person.name, bio: 'Hałdy i szyby', visibility_profile: 'public', visibility_bio: 'public' }, t.deps);
		expect(await find(surname)).toEqual([person.handle]);
		expect(await find(`${surname} szyb`)).toEqual([person.handle]);
		await updateProfile(actor, { name: person.name, bio: 'Hałdy i szyby', visibility_profile: 'nobody' }, t.deps);
		expect(await find(surname)).toEqual([]);
	});

	it('indexes an organisation when its membership is approved and follows its edits', async () => {
		const name = `Stowarzyszenie Kopalnia ${unique()}`;
		const admin = await makePerson(t.db);
		const organisation = await makeOrganisation(t.db, { name, approved: false });
		await t.db
			.insertInto('organisation_members')
			.values({ organisation_id: organisation.id, person_id: admin.id, role: 'admin' })
			.execute();
		const application = await t.db
			.insertInto('membership_applications')
			.values({
				organisation_id: organisation.id,
				applicant_id: admin.id,
				motivation: 'Chcemy',
				contact_name: 'Ola',
				contact_email: 'ola@example.org'
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await reindexOrganisation(t.db, organisation.id);
		expect(await find(name)).toEqual([]);

		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		await decideApplication(coordinator, { application_id: application.id, decision: 'approve' }, t.deps);
		expect(await find(name)).toEqual([organisation.slug]);

		const city = await t.db
			.selectFrom('cities')
			.select(['name', 'country_code'])
			.where('id', '=', organisation.city_id)
			.executeTakeFirstOrThrow();
		const renamed = `Fundacja Sztolnia ${unique()}`;
		await updateOrganisation(
			actorOf(admin),
			organisation.slug,
			{ name: renamed, type: 'ngo', city_name: city.name, country: city.country_code, description: 'Muzeum w sztolni' },
			t.deps
		);
		expect(await find(renamed)).toEqual([organisation.slug]);
		expect(await find(name)).toEqual([]);
	});

	it('moves practices to the new size band when a coordinator edits their city', async () => {
		const city = await makeCity(t.db, { population: 15_000 });
		const created = await insertPracticeGraph(t.db, {
			cityId: city.id,
			status: 'ongoing',
			visibility: 'public',
			originalLanguage: 'pl',
			texts: { pl: { title: `Praktyka ${unique()}` } },
			published: true,
			createdBy: null
		});
		await reindexPractice(t.db, created.id);
		const inBand = (size: string) =>
			listPractices(null, { query: new URLSearchParams({ city: String(city.id), size }), locale: 'pl' }, t.deps).then((page) => page.total);
		expect(await inBand('under_20k')).toBe(1);

		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		await updateCity(coordinator, { slug: city.slug, values: { population: '60000', industries: ['steel'], story: 'Huta' } }, t.deps);
		expect(await inBand('under_20k')).toBe(0);
		expect(await inBand('50k_100k')).toBe(1);
		expect(await find(city.name, { type: 'city' })).toEqual([city.slug]);
	});
});
