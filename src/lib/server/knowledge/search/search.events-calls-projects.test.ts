/** Events, funding calls and projects in the search index: what is found, by whom, and when it goes. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { makeEvent } from '../../acting/events/events.testing';
import { addEventAreas, makeCall, makeProject } from '../../acting/activity/activity.testing';
import type { MaybeActor } from '../../platform/auth';
import { reindexAll, reindexCall, reindexEvent, reindexOrganisation, reindexProject } from './search.indexer';
import { searchSite } from './search.service';

const t = useTestDatabase();
const unique = () => Math.random().toString(36).replace(/[0-9]/g, '').slice(0, 6);
const DAY = 86_400_000;

const search = (q: string, actor: MaybeActor = null, extra: Record<string, string> = {}, locale: 'pl' | 'en' = 'pl') =>
	searchSite(actor, { query: new URLSearchParams({ q, ...extra }), locale }, t.deps);
const hrefs = (page: { hits: { href: string }[] }) => page.hits.map((hit) => hit.href);
const docOf = (type: string, id: number) =>
	t.db
		.selectFrom('search_documents')
		.selectAll()
		.where('type', '=', type as never)
		.where('source_id', '=', id)
		.executeTakeFirst();

describe('events in search', () => {
	it('finds a public event by its description, agenda, place and city, with its time in its own zone', async () => {
		const word = `Szybowa${unique()}`;
		const city = await makeCity(t.db, { name: `Nowa Ruda ${unique()}` });
		const area = await makeArea(t.db);
		const event = await makeEvent(t.db, {
			title: 'Wizyta w kopalni',
			description: 'Zwiedzamy **wieżę** i rozmawiamy o rewitalizacji.',
			agenda: JSON.stringify([{ time: '10:00', title: `Spacer po ${word}`, place: '', speaker: '' }]) as never,
			place: 'Sztolnia Fryderyk',
			city_id: city.id,
			visibility: 'public',
			starts_at: new Date('2031-06-14T09:00:00Z'),
			ends_at: new Date('2031-06-14T15:00:00Z'),
			time_zone: 'Europe/Warsaw'
		});
		await addEventAreas(t.db, event.id, [area.id]);
		await reindexEvent(t.db, event.id);

		const doc = await docOf('event', event.id);
		expect(doc).toMatchObject({
			key: event.slug,
			status: 'workshop',
			city_id: city.id,
			area_ids: [area.id],
			visibility: 'public',
			year: 2031
		});
		for (const q of [word, 'rewitalizacja', 'Sztolnia Fryderyk', city.name])
			expect(hrefs(await search(q)), q).toContain(`/pl/events/${event.slug}`);

		const page = await search(word, null, { type: 'event' }, 'en');
		expect(page.typeCounts.event).toBe(1);
		const hit = page.hits[0];
		expect(hit.href).toBe(`/en/events/${event.slug}`);
		expect(hit.type).toBe('event');
		// 09:00 UTC is 11:00 in Warsaw in summer time, named.
		expect(hit.eventTime).toContain('11:00');
		expect(hit.eventTime).toContain('CEST');
		expect(hit.eventTime).toContain('14 June 2031');
		expect(hit.eventPast).toBe(false);
	});

	it('shows members-only events to members and coordinators, never to visitors', async () => {
		const word = `Zamknieta${unique()}`;
		const event = await makeEvent(t.db, { title: `Spotkanie ${word}`, visibility: 'members' });
		await reindexEvent(t.db, event.id);
		const { person } = await makeMember(t.db);
		const coordinator = await makePerson(t.db, { role: 'coordinator' });
		const outsider = await makePerson(t.db);

		expect(hrefs(await search(word))).toEqual([]);
		expect((await search(word)).typeCounts.event).toBe(0);
		expect(hrefs(await search(word, actorOf(outsider)))).toEqual([]);
		expect(hrefs(await search(word, actorOf(person, true)))).toEqual([`/pl/events/${event.slug}`]);
		expect((await search(word, actorOf(person, true))).hits[0].membersOnly).toBe(true);
		expect(hrefs(await search(word, actorOf(coordinator)))).toEqual([`/pl/events/${event.slug}`]);
	});

	it('removes a cancelled or deleted event', async () => {
		const word = `Odwolane${unique()}`;
		const event = await makeEvent(t.db, { title: `Warsztat ${word}`, visibility: 'public' });
		await reindexEvent(t.db, event.id);
		expect(hrefs(await search(word))).toHaveLength(1);

		await t.db.updateTable('events').set({ cancelled_at: new Date() }).where('id', '=', event.id).execute();
		await reindexEvent(t.db, event.id);
		expect(hrefs(await search(word))).toEqual([]);

		await t.db.updateTable('events').set({ cancelled_at: null }).where('id', '=', event.id).execute();
		await reindexEvent(t.db, event.id);
		expect(hrefs(await search(word))).toHaveLength(1);
		await t.db.deleteFrom('events').where('id', '=', event.id).execute();
		await reindexEvent(t.db, event.id);
		expect(await docOf('event', event.id)).toBeUndefined();
	});

	it('follows the host organisation’s new name', async () => {
		const host = await makeOrganisation(t.db, { approved: true, name: `Fundacja ${unique()}` });
		const event = await makeEvent(t.db, { host_organisation_id: host.id, visibility: 'public' });
		await reindexEvent(t.db, event.id);
		const renamed = `Stowarzyszenie ${unique()}`;
		await t.db.updateTable('organisations').set({ name: renamed }).where('id', '=', host.id).execute();
		await reindexOrganisation(t.db, host.id);
		expect(hrefs(await search(renamed, null, { type: 'event' }))).toEqual([`/pl/events/${event.slug}`]);
	});
});

describe('funding calls in search', () => {
	it('indexes only checked calls, with their deadline; a rejected call disappears', async () => {
		const word = `Grantowy${unique()}`;
		const call = await makeCall(t.db, {
			title: `Fundusz ${word}`,
			funder: 'Interreg Central Europe',
			programme: 'Priority 2',
			eligibility: 'Gminy i organizacje pozarządowe',
			countries: ['PL', 'CZ'],
			status: 'pending',
			checked_at: null,
			deadline: new Date('2031-01-15T11:00:00Z'),
			time_zone: 'Europe/Brussels'
		});
		await reindexCall(t.db, call.id);
		expect(await docOf('call', call.id)).toBeUndefined();
		expect(hrefs(await search(word))).toEqual([]);

		await t.db.updateTable('funding_calls').set({ status: 'checked', checked_at: new Date() }).where('id', '=', call.id).execute();
		await reindexCall(t.db, call.id);
		for (const q of [word, 'Interreg', 'organizacja pozarządowa', 'Czechy', 'Czechia'])
			expect(hrefs(await search(q, null, { type: 'call' })), q).toContain(`/pl/calls/${call.slug}`);
		const hit = (await search(word, null, {}, 'en')).hits[0];
		expect(hit.href).toBe(`/en/calls/${call.slug}`);
		expect(hit.deadline).toContain('15 January 2031');
		expect(hit.deadline).toContain('12:00 CET');
		expect(hit.deadlinePassed).toBe(false);

		await t.db.updateTable('funding_calls').set({ status: 'rejected' }).where('id', '=', call.id).execute();
		await reindexCall(t.db, call.id);
		expect(await docOf('call', call.id)).toBeUndefined();
	});

	it('says when a call’s deadline has passed', async () => {
		const word = `Zamkniety${unique()}`;
		const call = await makeCall(t.db, { title: `Konkurs ${word}`, deadline: new Date(Date.now() - DAY) });
		await reindexCall(t.db, call.id);
		expect((await search(word)).hits[0].deadlinePassed).toBe(true);
	});
});

describe('projects in search', () => {
	it('finds a project by its partners’ names, lead city and areas, at its visibility', async () => {
		const word = `Halda${unique()}`;
		const city = await makeCity(t.db, { name: `Boguszów ${unique()}` });
		const lead = await makeOrganisation(t.db, { approved: true, cityId: city.id, name: `Urząd ${unique()}` });
		const partner = await makeOrganisation(t.db, { approved: true, name: `Verein ${unique()}` });
		const area = await makeArea(t.db, { pl: `Energetyka ${unique()}` });
		const project = await makeProject(t.db, {
			title: `Zielona ${word}`,
			summary: 'Panele słoneczne na hałdzie.',
			status: 'forming',
			visibility: 'public',
			partners: [
				{ organisationId: partner.id, role: 'partner' },
				{ organisationId: lead.id, role: 'lead' }
			],
			areaIds: [area.id]
		});
		await reindexProject(t.db, project.id);
		const doc = await docOf('project', project.id);
		expect(doc).toMatchObject({ city_id: city.id, city_name: city.name, status: 'forming', area_ids: [area.id] });
		for (const q of [word, partner.name, lead.name, city.name, 'panel słoneczny'])
			expect(hrefs(await search(q, null, { type: 'project' })), q).toContain(`/pl/projects/${project.slug}`);

		await t.db.updateTable('projects').set({ visibility: 'members' }).where('id', '=', project.id).execute();
		await reindexProject(t.db, project.id);
		expect(hrefs(await search(word))).toEqual([]);
		const { person } = await makeMember(t.db);
		expect(hrefs(await search(word, actorOf(person, true)))).toEqual([`/pl/projects/${project.slug}`]);

		await t.db.deleteFrom('projects').where('id', '=', project.id).execute();
		await reindexProject(t.db, project.id);
		expect(await docOf('project', project.id)).toBeUndefined();
	});
});

describe('a full rebuild', () => {
	it('includes events, checked calls and projects, and drops documents whose source is gone', async () => {
		const event = await makeEvent(t.db, { visibility: 'public' });
		const checked = await makeCall(t.db);
		const pending = await makeCall(t.db, { status: 'pending', checked_at: null });
		const project = await makeProject(t.db);
		const gone = await makeEvent(t.db, { visibility: 'public' });
		await reindexEvent(t.db, gone.id);
		await t.db.deleteFrom('events').where('id', '=', gone.id).execute();

		const report = await reindexAll(t.db);
		expect(await docOf('event', event.id)).toBeDefined();
		expect(await docOf('call', checked.id)).toBeDefined();
		expect(await docOf('call', pending.id)).toBeUndefined();
		expect(await docOf('project', project.id)).toBeDefined();
		expect(await docOf('event', gone.id)).toBeUndefined();
		expect(report.counts.event).toBeGreaterThan(0);
		expect(report.counts.call).toBeGreaterThan(0);
		expect(report.counts.project).toBeGreaterThan(0);
	});
});
