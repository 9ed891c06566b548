import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { getCity, getCityForEdit, listCities, mapOfNetwork, updateCity } from './cities.service';

const t = useTestDatabase();

const list = (query: Record<string, string>, locale: 'pl' | 'en' = 'en') =>
	listCities(null, { query: new URLSearchParams(query), locale }, t.deps);
const names = (page: Awaited<ReturnType<typeof list>>) => page.items.map((item) => item.name);

async function expectNotFound(promise: Promise<unknown>) {
	await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === 'not_found');
}

describe('city list', () => {
	it('filters by country and by former industry', async () => {
		// Each test uses its own country so the others' cities never show up.
		await makeCity(t.db, { name: 'Esch-Test', country_code: 'LU', industries: ['steel'] });
		await makeCity(t.db, { name: 'Dudelange-Test', country_code: 'LU', industries: ['steel', 'textiles'] });
		await makeCity(t.db, { name: 'Wiltz-Test', country_code: 'LU', industries: ['textiles'] });
		await makeCity(t.db, { name: 'Elsewhere-Test', country_code: 'MT', industries: ['steel'] });

		const all = await list({ country: 'LU' });
		expect(names(all)).toEqual(['Dudelange-Test', 'Esch-Test', 'Wiltz-Test']);
		expect(all.total).toBe(3);
		expect(all.filters.country).toBe('LU');
		expect(all.countries.find((c) => c.code === 'LU')?.name).toBe('Luxembourg');

		expect(names(await list({ country: 'lu', industry: 'steel' }))).toEqual(['Dudelange-Test', 'Esch-Test']);
		expect(names(await list({ country: 'LU', industry: 'textiles' }))).toEqual(['Dudelange-Test', 'Wiltz-Test']);
		// unknown values are ignored, not errors
		expect((await list({ country: 'LU', industry: 'unicorns', size: 'huge' })).total).toBe(3);
	});

	it('filters by size band', async () => {
		await makeCity(t.db, { name: 'Tiny', country_code: 'IS', population: 5_000 });
		await makeCity(t.db, { name: 'Small', country_code: 'IS', population: 20_000 });
		await makeCity(t.db, { name: 'Middle', country_code: 'IS', population: 99_999 });
		await makeCity(t.db, { name: 'Large', country_code: 'IS', population: 300_000 });
		await makeCity(t.db, { name: 'Huge', country_code: 'IS', population: 1_500_000 });

		expect(names(await list({ country: 'IS', size: 'under_20k' }))).toEqual(['Tiny']);
		expect(names(await list({ country: 'IS', size: '20k_50k' }))).toEqual(['Small']);
		expect(names(await list({ country: 'IS', size: '50k_100k' }))).toEqual(['Middle']);
		expect(names(await list({ country: 'IS', size: '100k_250k' }))).toEqual([]);
		expect(names(await list({ country: 'IS', size: '250k_1m' }))).toEqual(['Large']);
		expect(names(await list({ country: 'IS', size: 'over_1m' }))).toEqual(['Huge']);
	});

	it('marks member cities and counts their member organisations', async () => {
		const withOrg = await makeCity(t.db, { name: 'Org City', country_code: 'LI' });
		await makeOrganisation(t.db, { cityId: withOrg.id, approved: true });
		await makeOrganisation(t.db, { cityId: withOrg.id, approved: true });
		await makeOrganisation(t.db, { cityId: withOrg.id, approved: false });
		const withPerson = await makeCity(t.db, { name: 'Person City', country_code: 'LI' });
		await makePerson(t.db, { cityId: withPerson.id, member: true });
		const applicantsOnly = await makeCity(t.db, { name: 'Applicant City', country_code: 'LI' });
		await makeOrganisation(t.db, { cityId: applicantsOnly.id, approved: false });
		await makePerson(t.db, { cityId: applicantsOnly.id, member: false });

		const page = await list({ country: 'LI' });
		const byName = Object.fromEntries(page.items.map((item) => [item.name, item]));
		expect(byName['Org City']).toMatchObject({ isMember: true, memberOrganisations: 2 });
		expect(byName['Person City']).toMatchObject({ isMember: true, memberOrganisations: 0 });
		expect(byName['Applicant City']).toMatchObject({ isMember: false, memberOrganisations: 0 });
		expect(names(await list({ country: 'LI', member: '1' }))).toEqual(['Org City', 'Person City']);
	});

	it('sorts names without regard to diacritics and pages by 50', async () => {
		await makeCity(t.db, { name: 'Łask', country_code: 'AD' });
		await makeCity(t.db, { name: 'Lublin', country_code: 'AD' });
		await makeCity(t.db, { name: 'Kalisz', country_code: 'AD' });
		expect(names(await list({ country: 'AD' }))).toEqual(['Kalisz', 'Łask', 'Lublin']);

		for (let i = 0; i < 52; i++) await makeCity(t.db, { name: `Paged ${String(i).padStart(2, '0')}`, country_code: 'SM' });
		const first = await list({ country: 'SM' });
		expect(first).toMatchObject({ total: 52, page: 1, pages: 2 });
		expect(first.items).toHaveLength(50);
		const second = await list({ country: 'SM', page: '2' });
		expect(names(second)).toEqual(['Paged 50', 'Paged 51']);
		// a page past the end shows the last one
		expect((await list({ country: 'SM', page: '9' })).page).toBe(2);
	});
});

describe('city page', () => {
	it('shows people only to viewers allowed to see their profile and city', async () => {
		const city = await makeCity(t.db, { name: 'Visibility Town', country_code: 'MC' });
		const open = await makePerson(t.db, { name: 'Open Olga', cityId: city.id, visibility: { profile: 'public', city: 'public' } });
		await makePerson(t.db, { name: 'Member Marek', cityId: city.id });
		await makePerson(t.db, { name: 'Quiet Quentin', cityId: city.id, visibility: { profile: 'public', city: 'members' } });
		const hidden = await makePerson(t.db, { name: 'Hidden Hanna', cityId: city.id, visibility: { profile: 'nobody' } });
		const { person: member } = await makeMember(t.db);

		const forVisitor = await getCity(null, { slug: city.slug, locale: 'en' }, t.deps);
		expect(forVisitor.people).toEqual([{ handle: open.handle, name: 'Open Olga' }]);

		const forMember = await getCity(actorOf(member, true), { slug: city.slug, locale: 'en' }, t.deps);
		expect(forMember.people.map((p) => p.name)).toEqual(['Member Marek', 'Open Olga', 'Quiet Quentin']);

		const forHerself = await getCity(actorOf(hidden), { slug: city.slug, locale: 'en' }, t.deps);
		expect(forHerself.people.map((p) => p.name)).toContain('Hidden Hanna');
	});

	it('shows the city, its member organisations and a map, in the page language', async () => {
		const city = await makeCity(t.db, {
			name: 'Genk-Test',
			country_code: 'BE',
			industries: ['coal_mining', 'not-an-industry'],
			story: 'First paragraph.\n\nSecond <b>paragraph</b>.'
		});
		const approved = await makeOrganisation(t.db, { cityId: city.id, approved: true, name: 'C-mine Test', type: 'public_institution' });
		await makeOrganisation(t.db, { cityId: city.id, approved: false, name: 'Applicant Org' });

		const page = await getCity(null, { slug: city.slug, locale: 'pl' }, t.deps);
		expect(page).toMatchObject({ name: 'Genk-Test', countryName: 'Belgia', industries: ['coal_mining'], isMember: true, canEdit: false });
		expect(page.story).toEqual(['First paragraph.', 'Second <b>paragraph</b>.']);
		expect(page.organisations).toEqual([{ slug: approved.slug, name: 'C-mine Test', type: 'public_institution', isMember: true }]);
		expect(page.mapSvg).toContain(`href="/pl/cities/${city.slug}"`);
	});

	it('answers not found for an unknown slug', async () => {
		await expectNotFound(getCity(null, { slug: 'no-such-city', locale: 'en' }, t.deps));
	});
});

describe('editing a city', () => {
	it('lets a coordinator change the profile and records it in the audit log', async () => {
		const city = await makeCity(t.db, { name: 'Edit Town', industries: ['coal_mining'] });
		const coordinator = await makePerson(t.db, { role: 'coordinator' });
		const actor = actorOf(coordinator);

		const form = await getCityForEdit(actor, { slug: city.slug, locale: 'en' }, t.deps);
		expect(form.values).toMatchObject({ industries: ['coal_mining'], population: '110000' });

		await updateCity(
			actor,
			{
				slug: city.slug,
				values: {
					name_en: ' Edit City ',
					region: 'Lower Silesia',
					population: '98 500',
					industries: ['steel', 'textiles'],
					story: 'New\r\n\r\nstory'
				}
			},
			t.deps
		);
		const row = await t.db.selectFrom('cities').selectAll().where('id', '=', city.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			name_en: 'Edit City',
			region: 'Lower Silesia',
			population: 98_500,
			industries: ['steel', 'textiles'],
			story: 'New\n\nstory'
		});

		const audit = await t.db
			.selectFrom('audit_log')
			.selectAll()
			.where('subject_type', '=', 'city')
			.where('subject_id', '=', String(city.id))
			.execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actor_id: coordinator.id, action: 'city.update' });
		expect((audit[0].details as { changed: string[] }).changed.sort()).toEqual(['industries', 'name_en', 'population', 'region', 'story']);
	});

	it('refuses invalid values with messages per field', async () => {
		const city = await makeCity(t.db);
		const actor = actorOf(await makePerson(t.db, { role: 'admin' }));
		const failure = await updateCity(actor, { slug: city.slug, values: { population: 'many', industries: ['unicorns'] } }, t.deps).catch(
			(e) => e
		);
		expect(failure).toBeInstanceOf(AppError);
		expect(failure.code).toBe('validation_failed');
		expect(failure.fieldErrors.population.key).toBe('error_invalid_number');
		expect(failure.fieldErrors.industries.key).toBe('error_invalid_choice');
	});

	it('answers not found to members and visitors, and changes nothing', async () => {
		const city = await makeCity(t.db, { story: 'Original' });
		const { person } = await makeMember(t.db);
		await expectNotFound(getCityForEdit(actorOf(person, true), { slug: city.slug, locale: 'en' }, t.deps));
		await expectNotFound(updateCity(actorOf(person, true), { slug: city.slug, values: { story: 'Vandalised' } }, t.deps));
		await expectNotFound(updateCity(null, { slug: city.slug, values: { story: 'Vandalised' } }, t.deps));
		const row = await t.db.selectFrom('cities').select('story').where('id', '=', city.id).executeTakeFirstOrThrow();
		expect(row.story).toBe('Original');
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		await expectNotFound(getCityForEdit(coordinator, { slug: 'no-such-city', locale: 'en' }, t.deps));
	});
});

describe('network map', () => {
	it('links every city on a light SVG and lists the same cities', async () => {
		const member = await makeCity(t.db, { name: 'Map Member', country_code: 'CZ', latitude: 49.8347, longitude: 18.282 });
		await makeOrganisation(t.db, { cityId: member.id, approved: true });
		const other = await makeCity(t.db, { name: 'Map Other', country_code: 'ES', latitude: 43.2627, longitude: -2.9253 });

		const map = await mapOfNetwork(t.deps, 'en');
		const total = await t.db
			.selectFrom('cities')
			.select((eb) => eb.fn.countAll().as('n'))
			.executeTakeFirstOrThrow();
		expect(map.cities).toHaveLength(Number(total.n));
		expect(map.cities).toContainEqual({ slug: member.slug, name: 'Map Member', countryCode: 'CZ', countryName: 'Czechia', isMember: true });
		expect(map.cities).toContainEqual({ slug: other.slug, name: 'Map Other', countryCode: 'ES', countryName: 'Spain', isMember: false });
		expect(map.svg).toContain(`<a href="/en/cities/${member.slug}" tabindex="-1"><title>Map Member (member city)</title><circle`);
		expect(map.svg).toContain(`<a href="/en/cities/${other.slug}" tabindex="-1"><title>Map Other</title><circle`);
		// members drawn larger, in their own group, after (above) the others
		const memberGroup = map.svg.slice(map.svg.indexOf('<g fill="#226b45"'));
		expect(memberGroup).toContain(`/en/cities/${member.slug}`);
		expect(memberGroup).not.toContain(`/en/cities/${other.slug}`);
		expect(Buffer.byteLength(map.svg)).toBeLessThan(60_000);
		expect(map.svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
	});
});
