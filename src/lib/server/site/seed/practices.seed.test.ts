import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { DEMO_AREAS, seedAreas } from './areas.seed';
import { seedCities } from './cities.seed';
import { seedNetwork } from './network.seed';
import { seedPractices } from './practices.seed';
import { reindexAll, searchSite } from '../../knowledge/search';
import { actorOf } from '../../platform/db/testing/factories';

const t = useTestDatabase();

const POLISH_CITIES = ['walbrzych', 'bytom', 'lodz', 'katowice', 'zyrardow', 'gdansk', 'zabrze'];

let seedMs = 0;

beforeAll(async () => {
	await seedAreas(t.deps);
	await seedCities(t.deps);
	await t.db.transaction().execute((trx) => seedNetwork({ ...t.deps, db: trx }));
	const started = Date.now();
	await t.db.transaction().execute((trx) => seedPractices({ ...t.deps, db: trx }));
	seedMs = Date.now() - started;
	// as seedIfEmpty does after all seeds
	await reindexAll(t.db);
}, 60_000);

const practices = () =>
	t.db
		.selectFrom('practices as p')
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.innerJoin('practice_texts as o', (join) => join.onRef('o.practice_id', '=', 'p.id').on('o.is_original', '=', true))
		.select([
			'p.id',
			'p.slug',
			'p.status',
			'p.visibility',
			'p.published_at',
			'p.is_demo',
			'p.original_language',
			'p.funding',
			'p.outcomes',
			'c.slug as city',
			'o.title',
			'o.summary',
			'o.context',
			'o.failures',
			'o.transfer_conditions'
		])
		.execute();

describe('demo practices seed', () => {
	it('writes at least 32 realistic demo practices quickly, spread over the demo cities', async () => {
		// About a second on an idle machine; the bound leaves room for a shared, loaded one.
		expect(seedMs).toBeLessThan(10_000);
		const rows = await practices();
		expect(rows.length).toBeGreaterThanOrEqual(32);
		expect(rows.every((p) => p.is_demo)).toBe(true);
		expect(rows.some((p) => /\(demo\)/i.test(p.title))).toBe(false);
		expect(new Set(rows.map((p) => p.city)).size).toBeGreaterThanOrEqual(18);
		for (const p of rows) {
			expect(p.summary.length, p.slug).toBeGreaterThan(100);
			expect(p.failures.length, p.slug).toBeGreaterThan(20);
			expect(p.outcomes.length, p.slug).toBeGreaterThanOrEqual(1);
			expect(p.outcomes.length, p.slug).toBeLessThanOrEqual(3);
			expect(p.funding.length, p.slug).toBeGreaterThanOrEqual(1);
			// the demo note says these are examples
			expect(p.context, p.slug).toMatch(/Headframe/);
		}
		// money in minor units with a currency
		const amounts = rows.flatMap((p) => p.funding).filter((f) => f.amount_minor !== null);
		expect(amounts.every((f) => Number.isInteger(f.amount_minor) && ['EUR', 'PLN', 'CZK', 'GBP'].includes(f.currency!))).toBe(true);
	});

	it('writes Polish practices in Polish cities, in Polish, and others in English, German or Czech', async () => {
		const rows = await practices();
		for (const p of rows) {
			if (POLISH_CITIES.includes(p.city)) expect(p.original_language, p.slug).toBe('pl');
			else expect(p.original_language, p.slug).not.toBe('pl');
		}
		const polish = rows.filter((p) => p.original_language === 'pl');
		expect(polish.length).toBeGreaterThanOrEqual(12);
		expect(polish.every((p) => /[ąćęłńóśźż]/i.test(p.summary))).toBe(true);
		expect(new Set(rows.map((p) => p.original_language))).toEqual(new Set(['pl', 'en', 'de', 'cs']));
		const walbrzych = rows.find((p) => p.city === 'walbrzych' && p.title.includes('Stara Kopalnia'));
		expect(walbrzych?.summary).toMatch(/szyby kopalniane/);
	});

	it('translates at least six practices, naming the translator', async () => {
		const translations = await t.db
			.selectFrom('practice_texts')
			.select(['practice_id', 'language', 'translated_by'])
			.where('is_original', '=', false)
			.execute();
		expect(new Set(translations.map((r) => r.practice_id)).size).toBeGreaterThanOrEqual(6);
		expect(new Set(translations.map((r) => r.language))).toEqual(new Set(['pl', 'en']));
		expect(translations.every((r) => r.translated_by !== null)).toBe(true);
	});

	it('covers every thematic area and names the demo organisations of the practice’s city', async () => {
		const used = await t.db
			.selectFrom('practice_areas as pa')
			.innerJoin('areas as a', 'a.id', 'pa.area_id')
			.select('a.key')
			.distinct()
			.execute();
		expect(new Set(used.map((r) => r.key))).toEqual(new Set(DEMO_AREAS.map((a) => a.key)));
		const orgs = await t.db
			.selectFrom('practice_organisations as po')
			.innerJoin('practices as p', 'p.id', 'po.practice_id')
			.leftJoin('organisations as o', 'o.id', 'po.organisation_id')
			.select(['p.id', 'p.city_id', 'o.city_id as org_city', 'po.name'])
			.execute();
		const members = orgs.filter((o) => o.org_city !== null);
		expect(new Set(members.map((o) => o.id)).size).toBe((await practices()).length);
		expect(members.every((o) => o.org_city === o.city_id)).toBe(true);
		expect(orgs.some((o) => o.name !== null)).toBe(true);
	});

	it('keeps a few practices for members only and one or two as drafts, out of the search index', async () => {
		const rows = await practices();
		expect(rows.filter((p) => p.visibility === 'members').length).toBeGreaterThanOrEqual(3);
		const drafts = rows.filter((p) => p.published_at === null);
		expect(drafts.length).toBeGreaterThanOrEqual(1);
		expect(drafts.length).toBeLessThanOrEqual(2);
		expect(new Set(rows.map((p) => p.status))).toEqual(new Set(['idea', 'ongoing', 'completed', 'abandoned']));

		const indexed = await t.db.selectFrom('search_documents').select(['source_id', 'visibility']).where('type', '=', 'practice').execute();
		expect(indexed).toHaveLength(rows.length - drafts.length);
		expect(indexed.some((d) => drafts.some((p) => p.id === d.source_id))).toBe(false);
		expect(indexed.filter((d) => d.visibility === 'members').length).toBe(
			rows.filter((p) => p.visibility === 'members' && p.published_at).length
		);
	});

	it('records two transfers in progress with dated notes and people: Bytom adapting, Zabrze understanding', async () => {
		const transfers = await t.db
			.selectFrom('transfers as t')
			.innerJoin('cities as c', 'c.id', 't.city_id')
			.innerJoin('practices as p', 'p.id', 't.practice_id')
			.innerJoin('cities as source', 'source.id', 'p.city_id')
			.select(['t.id', 't.stage', 'c.slug as city', 'source.slug as from'])
			.orderBy('c.slug')
			.execute();
		expect(transfers.map(({ stage, city, from }) => ({ stage, city, from }))).toEqual([
			{ stage: 'adapt', city: 'bytom', from: 'walbrzych' },
			{ stage: 'understand', city: 'zabrze', from: 'essen' }
		]);
		for (const transfer of transfers) {
			const notes = await t.db
				.selectFrom('transfer_notes')
				.selectAll()
				.where('transfer_id', '=', transfer.id)
				.orderBy('noted_on')
				.execute();
			expect(notes.length).toBeGreaterThanOrEqual(2);
			expect(notes.every((n) => n.author_id !== null && n.note.length > 40)).toBe(true);
			expect(notes.at(-1)!.stage).toBe(transfer.stage);
			const people = await t.db.selectFrom('transfer_people').select('person_id').where('transfer_id', '=', transfer.id).execute();
			expect(people.length).toBeGreaterThanOrEqual(2);
		}
	});

	it('has demo people marking what they want to learn and what they tried too', async () => {
		const marks = await t.db.selectFrom('practice_learning').select(['kind', 'comment']).execute();
		expect(marks.length).toBeGreaterThanOrEqual(10);
		expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(['want_to_learn', 'tried_too']));
	});

	it('is found by inflected Polish words without diacritics, and hides members-only practices from visitors', async () => {
		const search = (q: string, actor: Parameters<typeof searchSite>[0] = null) =>
			searchSite(actor, { query: new URLSearchParams({ q, type: 'practice' }), locale: 'pl' }, t.deps);
		const heaps = await search('hałda walbrzych');
		expect(heaps.hits.map((h) => h.href)).toContain('/pl/practices/walbrzych-haldy');
		const mining = await search('szyb kopalniany');
		expect(mining.hits.some((h) => h.href.includes('stara-kopalnia'))).toBe(true);
		const retraining = (hits: { href: string }[]) => hits.some((h) => h.href.includes('nowe-zawody'));
		expect(retraining((await search('pompy ciepła górników')).hits)).toBe(false);
		const ewa = await t.db.selectFrom('people').selectAll().where('email', '=', 'ewa@headframe.example').executeTakeFirstOrThrow();
		expect(retraining((await search('pompy ciepła górników', actorOf(ewa, true))).hits)).toBe(true);
	});
});
