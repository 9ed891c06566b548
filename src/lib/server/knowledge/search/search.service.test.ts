import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { insertPracticeGraph, type NewPracticeGraph } from '../practices';
import type { MaybeActor } from '../../platform/auth';
import { reindexOrganisation, reindexPerson, reindexPractice } from './search.indexer';
import { listPractices, searchSite } from './search.service';

const t = useTestDatabase();

async function practice(overrides: Partial<NewPracticeGraph> & { title: string; summary?: string; language?: string }) {
	const cityId = overrides.cityId ?? (await makeCity(t.db, { name: `Miasteczko ${Math.random().toString(36).slice(2, 7)}` })).id;
	const language = overrides.language ?? 'pl';
	const created = await insertPracticeGraph(t.db, {
		cityId,
		status: 'ongoing',
		visibility: 'public',
		originalLanguage: language,
		published: true,
		createdBy: null,
		...overrides,
		texts: overrides.texts ?? { [language]: { title: overrides.title, summary: overrides.summary ?? '' } }
	});
	await reindexPractice(t.db, created.id);
	return created;
}

const search = (q: string, actor: MaybeActor = null, extra: Record<string, string> = {}, locale: 'pl' | 'en' = 'pl') =>
	searchSite(actor, { query: new URLSearchParams({ q, ...extra }), locale }, t.deps);
const slugsOf = (page: { hits: { href: string }[] }) => page.hits.map((hit) => hit.href.split('/').pop());

describe('search understands Polish, English and other languages', () => {
	it('finds an inflected Polish text by any form of its words, with or without diacritics', async () => {
		const found = await practice({
			title: 'Park na dawnej hałdzie',
			summary: 'Program rewitalizacji terenów poprzemysłowych w Wałbrzychu, prowadzony z mieszkańcami.'
		});
		for (const q of ['rewitalizacja', 'teren poprzemysłowy', 'Wałbrzych', 'walbrzych', 'terenow poprzemyslowych']) {
			const page = await search(q);
			expect(slugsOf(page), q).toContain(found.slug);
			expect(page.hits.find((hit) => hit.href.endsWith(found.slug))!.approximate).toBe(false);
		}
		const page = await search('rewitalizacja Wałbrzych');
		const hit = page.hits.find((item) => item.href.endsWith(found.slug))!;
		expect(hit.snippetHtml).toContain('<mark>rewitalizacji</mark>');
		expect(hit.snippetHtml).toContain('<mark>Wałbrzychu</mark>');
		expect(hit.href).toBe(`/pl/practices/${found.slug}`);
	});

	it('stems English: "regenerating" finds "regeneration"', async () => {
		const found = await practice({
			language: 'en',
			title: 'Harbour front renewal',
			summary: 'A regeneration programme for the old docks.'
		});
		const page = await search('regenerating', null, {}, 'en');
		expect(slugsOf(page)).toContain(found.slug);
		expect(page.hits.find((hit) => hit.href.endsWith(found.slug))!.snippetHtml).toContain('<mark>regeneration</mark>');
	});

	it('matches German and Czech texts by unaccented word and by prefix', async () => {
		const german = await practice({
			language: 'de',
			title: 'Grünflächen auf der Zeche',
			summary: 'Umnutzung der Kokerei für Bürgerinnen.'
		});
		const czech = await practice({ language: 'cs', title: 'Revitalizace území bývalého dolu', summary: 'Ostravské náměstí.' });
		expect(slugsOf(await search('grunflachen'))).toContain(german.slug);
		expect(slugsOf(await search('Kokere'))).toContain(german.slug);
		// "ue" for "ü" is one letter off: the typo fallback finds it.
		expect(slugsOf(await search('buergerinnen'))).toContain(german.slug);
		expect(slugsOf(await search('burgerinnen'))).toContain(german.slug);
		expect(slugsOf(await search('uzemi'))).toContain(czech.slug);
		expect(slugsOf(await search('byval'))).toContain(czech.slug);
		expect(slugsOf(await search('namesti'))).toContain(czech.slug);
	});

	it('forgives a typo of one or two letters in a long word, ranking it below exact matches', async () => {
		const real = await practice({ title: 'Spółdzielnia w hali', summary: 'Rewitalizacja zajezdni tramwajowej.' });
		const english = await practice({ language: 'en', title: 'Canal side works', summary: 'Regeneration of the canal side warehouses.' });
		const typo = await practice({ title: 'Notatka', summary: 'Tu ktoś napisał rewitalizajca z błędem.' });

		const page = await search('rewitalizajca');
		const slugs = slugsOf(page);
		expect(slugs).toContain(real.slug);
		expect(slugs.indexOf(typo.slug)).toBeLessThan(slugs.indexOf(real.slug));
		expect(page.hits.find((hit) => hit.href.endsWith(real.slug))!.approximate).toBe(true);
		expect(page.hits.find((hit) => hit.href.endsWith(typo.slug))!.approximate).toBe(false);
		expect(page.approximate).toBe(true);

		expect(slugsOf(await search('regeneraton', null, {}, 'en'))).toContain(english.slug);
		expect(slugsOf(await search('regenreation', null, {}, 'en'))).toContain(english.slug);
		expect(slugsOf(await search('zajezdnia tramwajowa'))).toContain(real.slug);
		// Every word still has to match, exactly or (long words) by similar spelling.
		expect(slugsOf(await search('rewitalizajca tramwajowej'))).toEqual([real.slug]);
		expect(slugsOf(await search('rewitalizajca autobusowej'))).toEqual([]);
	});

	it('pages through many exact matches, twenty at a time, without typo matches', async () => {
		const word = `szybownik${Date.now().toString(36)}`;
		const city = await makeCity(t.db);
		for (let i = 0; i < 23; i++) await practice({ title: `Praktyka ${i} ${word}`, cityId: city.id });
		const first = await search(word);
		const second = await search(word, null, { page: '2' });
		expect([first.total, first.pages, first.hits.length, second.hits.length]).toEqual([23, 2, 20, 3]);
		expect(new Set([...slugsOf(first), ...slugsOf(second)]).size).toBe(23);
		expect(first.approximate).toBe(false);
		expect((await search(word, null, { page: '7' })).page).toBe(2);
	});

	it('suggests nothing for words that are nowhere', async () => {
		const page = await search('qqxyzzyq');
		expect(page.total).toBe(0);
		expect(page.hits).toEqual([]);
	});

	it('shows the reader their language when the practice is translated', async () => {
		const translated = await practice({
			title: 'Kino w łaźni',
			texts: {
				pl: { title: 'Kino w łaźni', summary: 'Łaźnia kopalni zamieniona w kino.' },
				en: { title: 'Cinema in the pithead baths', summary: 'The pithead baths became a cinema.' }
			}
		});
		const english = await search('cinema', null, {}, 'en');
		const hit = english.hits.find((item) => item.href.endsWith(translated.slug))!;
		expect(hit.titleHtml).toBe('<mark>Cinema</mark> in the pithead baths');
		expect(hit.originalNote).toBeNull();
		const polish = await search('cinema', null, {}, 'pl');
		expect(polish.hits.find((item) => item.href.endsWith(translated.slug))!.titleHtml).toBe('Kino w łaźni');
	});
});

describe('search respects who may see what', () => {
	it('returns and counts a members-only practice for members only, and never a draft', async () => {
		const word = `kopalniaxq${Date.now().toString(36)}`;
		const open = await practice({ title: `Otwarta ${word}` });
		const closed = await practice({ title: `Zamknięta ${word}`, visibility: 'members' });
		const draft = await practice({ title: `Szkic ${word}`, published: false });
		const { person } = await makeMember(t.db);
		const member = actorOf(person, true);

		const visitor = await search(word);
		expect(slugsOf(visitor)).toEqual([open.slug]);
		expect(visitor.typeCounts.practice).toBe(1);
		const forMember = await search(word, member);
		expect(slugsOf(forMember).sort()).toEqual([open.slug, closed.slug].sort());
		expect(forMember.typeCounts.practice).toBe(2);
		expect(forMember.hits.find((hit) => hit.href.endsWith(closed.slug))!.membersOnly).toBe(true);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		expect(slugsOf(await search(word, coordinator))).not.toContain(draft.slug);
		expect(slugsOf(await search(`Szkic ${word}`, coordinator))).toEqual([]);
	});

	it('finds people only as far as their profile is visible, and never hidden profiles', async () => {
		const surname = `Wędrowniczak${Date.now().toString(36)}`;
		const open = await makePerson(t.db, {
			name: `Anna ${surname}`,
			visibility: { profile: 'public', bio: 'members' },
			bio: 'Zajmuję się hałdami'
		});
		const members = await makePerson(t.db, { name: `Jan ${surname}`, visibility: { profile: 'members' } });
		const hidden = await makePerson(t.db, { name: `Ewa ${surname}`, visibility: { profile: 'nobody' } });
		for (const person of [open, members, hidden]) await reindexPerson(t.db, person.id);
		const { person } = await makeMember(t.db);

		expect(slugsOf(await search(surname))).toEqual([open.handle]);
		expect(slugsOf(await search(surname, actorOf(person, true))).sort()).toEqual([open.handle, members.handle].sort());
		// The bio is members-only while the profile is public: nobody finds Anna by it.
		expect(slugsOf(await search(`${surname} hałdy`, actorOf(person, true)))).toEqual([]);
	});

	it('finds organisations of the network, not applicants, and filters by type with counts', async () => {
		const name = `Fundacja Szybowa ${Date.now().toString(36)}`;
		const approved = await makeOrganisation(t.db, { name, approved: true });
		const applying = await makeOrganisation(t.db, { name: `${name} bis`, approved: false });
		await reindexOrganisation(t.db, approved.id);
		await reindexOrganisation(t.db, applying.id);
		const page = await search(name, null, { type: 'organisation' });
		expect(slugsOf(page)).toEqual([approved.slug]);
		expect(page.typeCounts.organisation).toBe(1);
	});
});

describe('practice list', () => {
	it('counts facet values among visible practices, each under the other filters', async () => {
		const area = await makeArea(t.db);
		const small = await makeCity(t.db, { name: 'Mała Wieś', country_code: 'CZ', population: 15_000, industries: ['textiles'] });
		const big = await makeCity(t.db, { name: 'Duże Miasto', country_code: 'PL', population: 300_000, industries: ['coal_mining'] });
		const organisation = await makeOrganisation(t.db, { approved: true, type: 'local_government', cityId: big.id });
		await practice({ title: 'Jeden', cityId: small.id, areaIds: [area.id], status: 'ongoing', periodStart: '2019-03-01' });
		await practice({
			title: 'Dwa',
			cityId: big.id,
			areaIds: [area.id],
			status: 'completed',
			periodStart: '2021-01-01',
			organisations: [{ organisationId: organisation.id }]
		});
		await practice({
			title: 'Trzy',
			cityId: big.id,
			areaIds: [area.id],
			status: 'completed',
			visibility: 'members',
			periodStart: '2021-05-01',
			language: 'en'
		});

		const visitor = await listPractices(null, { query: new URLSearchParams({ area: area.key }), locale: 'en' }, t.deps);
		expect(visitor.total).toBe(2);
		const counts = (name: keyof NonNullable<typeof visitor.facets>, page = visitor) =>
			Object.fromEntries(page.facets![name].map((value) => [value.value, value.count]));
		expect(counts('status')).toEqual({ ongoing: 1, completed: 1 });
		expect(counts('country')).toEqual({ CZ: 1, PL: 1 });
		expect(counts('industry')).toEqual({ textiles: 1, coal_mining: 1 });
		expect(counts('size')).toEqual({ under_20k: 1, '250k_1m': 1 });
		expect(counts('orgType')).toEqual({ local_government: 1 });
		expect(counts('year')).toEqual({ '2019': 1, '2021': 1 });
		expect(counts('language')).toEqual({ pl: 2 });
		expect(counts('area')[area.key]).toBe(2);
		expect(visitor.facets!.country.find((value) => value.value === 'CZ')!.label).toBe('Czechia');

		const { person } = await makeMember(t.db);
		const member = await listPractices(
			actorOf(person, true),
			{ query: new URLSearchParams({ area: area.key, status: 'completed' }), locale: 'en' },
			t.deps
		);
		expect(member.total).toBe(2);
		// The status facet ignores the chosen status, so the alternatives keep their counts.
		expect(counts('status', member)).toEqual({ ongoing: 1, completed: 2 });
		expect(counts('language', member)).toEqual({ pl: 1, en: 1 });
		expect(counts('country', member)).toEqual({ PL: 2 });
	});

	it('sorts by newest, most recently updated, and relevance when words are given', async () => {
		const area = await makeArea(t.db);
		const older = await practice({ title: 'Stara praktyka o hałdach', summary: 'hałda', areaIds: [area.id] });
		const newer = await practice({ title: 'Nowa praktyka', summary: 'Hałdy, hałdy i jeszcze raz hałda.', areaIds: [area.id] });
		await t.db
			.updateTable('practices')
			.set({ published_at: new Date('2020-01-01'), updated_at: new Date('2025-01-01') })
			.where('id', '=', older.id)
			.execute();
		await t.db
			.updateTable('practices')
			.set({ published_at: new Date('2024-01-01'), updated_at: new Date('2024-02-01') })
			.where('id', '=', newer.id)
			.execute();
		await reindexPractice(t.db, older.id);
		await reindexPractice(t.db, newer.id);
		const list = (params: Record<string, string>) =>
			listPractices(null, { query: new URLSearchParams({ area: area.key, ...params }), locale: 'pl' }, t.deps).then(slugsOf);

		expect(await list({})).toEqual([newer.slug, older.slug]);
		expect(await list({ sort: 'updated' })).toEqual([older.slug, newer.slug]);
		expect(await list({ q: 'hałda', sort: 'relevance' })).toEqual([older.slug, newer.slug]);
		expect(await list({ q: 'hałda', sort: 'newest' })).toEqual([newer.slug, older.slug]);
		expect(await list({ page: '99', status: 'nonsense', year: 'x' })).toEqual([newer.slug, older.slug]);
	});
});
