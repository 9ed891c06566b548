import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import { makePractice } from '../transfers/transfers.testing';
import { AREA_PEOPLE_PAGE_SIZE, getAreaPage, listAreaPages } from './area-pages.service';

const t = useTestDatabase();

async function withExpertise(areaId: number, overrides: Parameters<typeof makePerson>[1] = {}) {
	const person = await makePerson(t.db, overrides);
	await t.db.insertInto('person_areas').values({ person_id: person.id, area_id: areaId }).execute();
	return person;
}

/** An area with one practice and one person of each visibility. */
async function world() {
	const area = await makeArea(t.db, { pl: 'Rekultywacja hałd', en: 'Spoil heap reclamation' });
	const city = await makeCity(t.db, { name: 'Wrocław', name_en: 'Breslau' });
	await makePractice(t.db, {
		cityId: city.id,
		areaIds: [area.id],
		title: 'Hałda Kopalni',
		originalLanguage: 'pl',
		texts: { pl: { title: 'Hałda Kopalni' }, en: { title: 'The mine spoil heap' } }
	});
	await makePractice(t.db, { areaIds: [area.id], title: 'Tylko po polsku', status: 'completed' });
	await makePractice(t.db, { areaIds: [area.id], title: 'Dla członków', visibility: 'members' });
	await makePractice(t.db, { areaIds: [area.id], title: 'Szkic', published: false });
	await withExpertise(area.id, { name: 'Public Expert', visibility: { profile: 'public', areas: 'public' } });
	await withExpertise(area.id, { name: 'Members Expert', visibility: { profile: 'public', areas: 'members' } });
	await withExpertise(area.id, { name: 'Private Areas', visibility: { profile: 'public', areas: 'nobody' } });
	await withExpertise(area.id, { name: 'Hidden Profile', visibility: { profile: 'nobody', areas: 'public' } });
	return area;
}

describe('getAreaPage', () => {
	it('shows a visitor only public practices and people whose profile and areas are public', async () => {
		const area = await world();
		const page = await getAreaPage(null, { key: area.key, locale: 'en' }, t.deps);
		expect(page.name).toBe('Spoil heap reclamation');
		expect(page.practices.items.map((p) => [p.title, p.titleLang]).sort()).toEqual([
			['The mine spoil heap', 'en'],
			['Tylko po polsku', 'pl']
		]);
		expect(page.practices.total).toBe(2);
		expect(page.practices.items.find((p) => p.titleLang === 'en')?.city.name).toBe('Breslau');
		expect(page.people.items.map((p) => p.name)).toEqual(['Public Expert']);
		expect(page.people.total).toBe(1);
	});

	it('shows a member members-only practices and people, never drafts or hidden expertise', async () => {
		const area = await world();
		const member = actorOf((await makeMember(t.db)).person, true);
		const page = await getAreaPage(member, { key: area.key, locale: 'pl' }, t.deps);
		expect(page.name).toBe('Rekultywacja hałd');
		expect(page.practices.items.map((p) => p.title).sort()).toEqual(['Dla członków', 'Hałda Kopalni', 'Tylko po polsku']);
		expect(page.people.items.map((p) => p.name)).toEqual(['Members Expert', 'Public Expert']);
	});

	it('shows a person their own expertise even when hidden from others', async () => {
		const area = await makeArea(t.db);
		const me = await withExpertise(area.id, { visibility: { profile: 'nobody', areas: 'nobody' } });
		const page = await getAreaPage(actorOf(me), { key: area.key, locale: 'en' }, t.deps);
		expect(page.people.items.map((p) => p.handle)).toEqual([me.handle]);
	});

	it('pages people, and takes a nonsense page number as the first page', async () => {
		const area = await makeArea(t.db);
		for (let i = 0; i < AREA_PEOPLE_PAGE_SIZE + 2; i++) {
			await withExpertise(area.id, { name: `Expert ${String(i).padStart(2, '0')}`, visibility: { profile: 'public', areas: 'public' } });
		}
		const second = await getAreaPage(null, { key: area.key, locale: 'en', peoplePage: '2' }, t.deps);
		expect(second.people).toMatchObject({ page: 2, pages: 2, total: AREA_PEOPLE_PAGE_SIZE + 2 });
		expect(second.people.items.map((p) => p.name)).toEqual([`Expert ${AREA_PEOPLE_PAGE_SIZE}`, `Expert ${AREA_PEOPLE_PAGE_SIZE + 1}`]);
		const odd = await getAreaPage(null, { key: area.key, locale: 'en', peoplePage: 'abc' }, t.deps);
		expect(odd.people.page).toBe(1);
		const far = await getAreaPage(null, { key: area.key, locale: 'en', peoplePage: '99' }, t.deps);
		expect(far.people.page).toBe(2);
	});

	it('answers an unknown area with not found', async () => {
		await expect(getAreaPage(null, { key: 'no-such-area', locale: 'en' }, t.deps)).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('listAreaPages', () => {
	it('counts only what the viewer may see', async () => {
		const area = await world();
		const forVisitor = (await listAreaPages(null, { locale: 'en' }, t.deps)).find((a) => a.key === area.key);
		expect(forVisitor).toEqual({ key: area.key, name: 'Spoil heap reclamation', practices: 2, people: 1 });
		const member = actorOf((await makeMember(t.db)).person, true);
		const forMember = (await listAreaPages(member, { locale: 'pl' }, t.deps)).find((a) => a.key === area.key);
		expect(forMember).toEqual({ key: area.key, name: 'Rekultywacja hałd', practices: 3, people: 2 });
	});
});
