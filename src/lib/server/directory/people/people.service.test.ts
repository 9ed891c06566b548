import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import {
	actorOf,
	addToOrganisation,
	makeArea,
	makeCity,
	makeMember,
	makeOrganisation,
	makePerson
} from '../../platform/db/testing/factories';
import type { Actor } from '../../platform/auth';
import { AppError } from '../../platform/core';
import { listCoordinators, listPeople, showPerson } from './people.service';

const t = useTestDatabase();

/** A name marker shared by this file's people, so other rows never change what a test sees. */
const tag = `Zq${Math.random().toString(36).slice(2, 7)}`;
const names = (list: { name: string }[]) => list.map((p) => p.name).sort();

let member: Actor;
let outsider: Actor;

beforeAll(async () => {
	member = actorOf((await makeMember(t.db)).person, true);
	outsider = actorOf(await makePerson(t.db), false);
});

describe('people directory visibility', () => {
	it('shows visitors only public profiles, members also members-only ones, nobody never', async () => {
		await makePerson(t.db, { name: `${tag} Public`, visibility: { profile: 'public' } });
		await makePerson(t.db, { name: `${tag} Members` });
		await makePerson(t.db, { name: `${tag} Hidden`, visibility: { profile: 'nobody' } });
		await makePerson(t.db, { name: `${tag} Junk`, visibility: { profile: 'everyone' as 'public' } });

		const filters = { q: tag };
		const visitor = await listPeople(null, { filters, locale: 'en' }, t.deps);
		expect(names(visitor.people)).toEqual([`${tag} Public`]);
		expect(visitor.count).toBe(1);
		expect(visitor.limitedView).toBe(true);

		const nonMember = await listPeople(outsider, { filters, locale: 'en' }, t.deps);
		expect(names(nonMember.people)).toEqual([`${tag} Public`]);

		const asMember = await listPeople(member, { filters, locale: 'en' }, t.deps);
		// an unknown stored level falls back to the default (members)
		expect(names(asMember.people)).toEqual([`${tag} Junk`, `${tag} Members`, `${tag} Public`]);
		expect(asMember.limitedView).toBe(false);
	});

	it('lets a person find their own hidden profile, and nobody else', async () => {
		const self = await makePerson(t.db, { name: `${tag} Self`, visibility: { profile: 'nobody' } });
		const mine = await listPeople(actorOf(self), { filters: { q: `${tag} Self` }, locale: 'en' }, t.deps);
		expect(names(mine.people)).toEqual([`${tag} Self`]);
		const theirs = await listPeople(member, { filters: { q: `${tag} Self` }, locale: 'en' }, t.deps);
		expect(theirs.people).toEqual([]);
	});

	it('leaves hidden fields out of the entries', async () => {
		const city = await makeCity(t.db, { name: 'Wałbrzych' });
		const area = await makeArea(t.db, { en: 'Brownfield reuse' });
		const org = await makeOrganisation(t.db, { approved: true, name: 'Shaft Foundation' });
		const person = await makePerson(t.db, {
			name: `${tag} Fields`,
			cityId: city.id,
			languages: ['pl', 'de'],
			visibility: { profile: 'public', city: 'public', languages: 'members', areas: 'nobody', organisations: 'public' }
		});
		await t.db.insertInto('person_areas').values({ person_id: person.id, area_id: area.id }).execute();
		await addToOrganisation(t.db, org.id, person.id, 'admin');

		const [forVisitor] = (await listPeople(null, { filters: { q: `${tag} Fields` }, locale: 'en' }, t.deps)).people;
		expect(forVisitor).toEqual({
			handle: person.handle,
			name: `${tag} Fields`,
			city: { slug: city.slug, name: 'Wałbrzych', countryCode: 'PL', countryName: 'Poland' },
			organisations: [{ slug: org.slug, name: 'Shaft Foundation', type: 'ngo', role: 'admin', approved: true }],
			languages: null,
			areas: null
		});
		expect(JSON.stringify(forVisitor)).not.toContain('Brownfield');

		const [forMember] = (await listPeople(member, { filters: { q: `${tag} Fields` }, locale: 'pl' }, t.deps)).people;
		expect(forMember.languages).toEqual([
			{ code: 'pl', name: 'Polski' },
			{ code: 'de', name: 'Niemiecki' }
		]);
		expect(forMember.areas).toBeNull();
		expect(forMember.city?.countryName).toBe('Polska');
	});

	it('shows others only organisations that are in the network', async () => {
		const approved = await makeOrganisation(t.db, { approved: true, name: `${tag} Approved org` });
		const pending = await makeOrganisation(t.db, { name: `${tag} Pending org` });
		const person = await makePerson(t.db, { name: `${tag} Orgs` });
		await addToOrganisation(t.db, approved.id, person.id);
		await addToOrganisation(t.db, pending.id, person.id);
		const [seen] = (await listPeople(member, { filters: { q: `${tag} Orgs` }, locale: 'en' }, t.deps)).people;
		expect(seen.organisations?.map((o) => o.name)).toEqual([`${tag} Approved org`]);
		const own = await showPerson(actorOf(person), { handle: person.handle, locale: 'en' }, t.deps);
		expect(own.organisations?.map((o) => [o.name, o.approved])).toEqual([
			[`${tag} Approved org`, true],
			[`${tag} Pending org`, false]
		]);
	});
});

describe('people directory filters', () => {
	it('filters by city, country, area, language and organisation type', async () => {
		const essen = await makeCity(t.db, { name: 'Essen', country_code: 'DE' });
		const area = await makeArea(t.db);
		const research = await makeOrganisation(t.db, { approved: true, type: 'research' });
		const open = { profile: 'public', city: 'public', areas: 'public', languages: 'public', organisations: 'public' } as const;
		const thomas = await makePerson(t.db, { name: `${tag} Thomas`, cityId: essen.id, languages: ['de', 'en'], visibility: open });
		await t.db.insertInto('person_areas').values({ person_id: thomas.id, area_id: area.id }).execute();
		await addToOrganisation(t.db, research.id, thomas.id);
		await makePerson(t.db, { name: `${tag} Other`, languages: ['pl'], visibility: open });

		const find = async (filters: Record<string, string>) =>
			names((await listPeople(null, { filters: { q: tag, ...filters }, locale: 'en' }, t.deps)).people);
		expect(await find({ city: essen.slug })).toEqual([`${tag} Thomas`]);
		expect(await find({ country: 'de' })).toEqual([`${tag} Thomas`]);
		expect(await find({ area: area.key })).toEqual([`${tag} Thomas`]);
		expect(await find({ language: 'de' })).toEqual([`${tag} Thomas`]);
		expect(await find({ type: 'research' })).toEqual([`${tag} Thomas`]);
		expect(await find({ type: 'business' })).toEqual([]);
		// nonsense values are ignored rather than failing the page
		expect((await find({ type: 'nonsense', country: 'Germany!' })).length).toBeGreaterThanOrEqual(2);
	});

	it('never matches on a field hidden from the viewer', async () => {
		const city = await makeCity(t.db, { country_code: 'CZ' });
		const area = await makeArea(t.db);
		const org = await makeOrganisation(t.db, { approved: true, type: 'informal_group' });
		const secret = await makePerson(t.db, {
			name: `${tag} Secret`,
			cityId: city.id,
			languages: ['cs'],
			visibility: { profile: 'public', city: 'members', areas: 'nobody', languages: 'members', organisations: 'members' }
		});
		await t.db.insertInto('person_areas').values({ person_id: secret.id, area_id: area.id }).execute();
		await addToOrganisation(t.db, org.id, secret.id);

		const search = (viewer: Actor | null, filters: Record<string, string | undefined>) =>
			listPeople(viewer, { filters: { q: `${tag} Secret`, ...filters }, locale: 'en' }, t.deps);
		for (const filters of [{ city: city.slug }, { country: 'CZ' }, { area: area.key }, { language: 'cs' }, { type: 'informal_group' }]) {
			const result = await search(null, filters);
			expect(result.count, JSON.stringify(filters)).toBe(0);
		}
		// the visitor still sees the person without filters, and the options do not list the hidden values
		const unfiltered = await search(null, {});
		expect(names(unfiltered.people)).toEqual([`${tag} Secret`]);
		expect(unfiltered.options.cities.map((c) => c.value)).not.toContain(city.slug);
		expect(unfiltered.options.languages.map((l) => l.value)).not.toContain('cs');

		// members see city, languages and organisations, but areas stay hidden even from them
		expect((await search(member, { city: city.slug })).count).toBe(1);
		expect((await search(member, { language: 'cs' })).count).toBe(1);
		expect((await search(member, { type: 'informal_group' })).count).toBe(1);
		expect((await search(member, { area: area.key })).count).toBe(0);
		// …and the person themself can always find their own profile by any field
		expect((await search(actorOf(secret), { area: area.key })).count).toBe(1);
	});

	it('treats wildcards in the name query as letters', async () => {
		await makePerson(t.db, { name: `${tag} Percent`, visibility: { profile: 'public' } });
		expect((await listPeople(null, { filters: { q: `${tag}%` }, locale: 'en' }, t.deps)).count).toBe(0);
	});

	it('pages by 30 and keeps the page within range', async () => {
		const pageTag = `${tag}Page`;
		for (let i = 0; i < 31; i++) {
			await makePerson(t.db, { name: `${pageTag} ${String(i).padStart(2, '0')}`, visibility: { profile: 'public' } });
		}
		const first = await listPeople(null, { filters: { q: pageTag }, locale: 'en' }, t.deps);
		expect([first.count, first.pages, first.people.length]).toEqual([31, 2, 30]);
		const last = await listPeople(null, { filters: { q: pageTag, page: '9' }, locale: 'en' }, t.deps);
		expect([last.page, last.people.map((p) => p.name)]).toEqual([2, [`${pageTag} 30`]]);
		const junk = await listPeople(null, { filters: { q: pageTag, page: 'abc' }, locale: 'en' }, t.deps);
		expect(junk.page).toBe(1);
	});
});

describe('person page', () => {
	it('answers 404 for a hidden or missing profile, and shows the owner everything', async () => {
		const person = await makePerson(t.db, {
			name: `${tag} Page`,
			bio: 'Hidden bio',
			visibility: { profile: 'members', bio: 'nobody' }
		});
		const notFound = { code: 'not_found' };
		await expect(showPerson(null, { handle: person.handle, locale: 'en' }, t.deps)).rejects.toMatchObject(notFound);
		await expect(showPerson(outsider, { handle: person.handle, locale: 'en' }, t.deps)).rejects.toMatchObject(notFound);
		await expect(showPerson(null, { handle: 'no-such-person', locale: 'en' }, t.deps)).rejects.toBeInstanceOf(AppError);

		const seen = await showPerson(member, { handle: person.handle, locale: 'en' }, t.deps);
		expect(seen).toMatchObject({ name: `${tag} Page`, bio: null, email: null, isSelf: false });

		const own = await showPerson(actorOf(person), { handle: person.handle, locale: 'en' }, t.deps);
		expect(own).toMatchObject({ bio: 'Hidden bio', email: person.email, isSelf: true });
	});

	it('shows the e-mail only when the person made it visible', async () => {
		const person = await makePerson(t.db, { visibility: { profile: 'public', email: 'public' } });
		expect((await showPerson(null, { handle: person.handle, locale: 'en' }, t.deps)).email).toBe(person.email);
		const quiet = await makePerson(t.db, { visibility: { profile: 'public' } });
		const page = await showPerson(member, { handle: quiet.handle, locale: 'en' }, t.deps);
		expect(page.email).toBeNull();
		expect(JSON.stringify(page)).not.toContain(quiet.email);
	});

	it('never lets a field be more visible than the profile', async () => {
		const person = await makePerson(t.db, { bio: 'Members only', visibility: { profile: 'members', bio: 'public' } });
		await expect(showPerson(null, { handle: person.handle, locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('coordinators on the About page', () => {
	it('lists coordinators only to those who may see their profile', async () => {
		const open = await makePerson(t.db, { role: 'coordinator', name: `${tag} Open coordinator`, visibility: { profile: 'public' } });
		const closed = await makePerson(t.db, { role: 'admin', name: `${tag} Members coordinator` });
		const mine = (list: { handle: string }[]) => list.map((p) => p.handle).filter((h) => h === open.handle || h === closed.handle);
		expect(mine(await listCoordinators(null, { locale: 'en' }, t.deps))).toEqual([open.handle]);
		expect(mine(await listCoordinators(member, { locale: 'en' }, t.deps)).sort()).toEqual([open.handle, closed.handle].sort());
	});
});
