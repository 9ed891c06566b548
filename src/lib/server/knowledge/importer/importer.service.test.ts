import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { searchSite } from '../search';
import { importPractices, importPracticesFromConsole } from './importer.service';
import type { ImportReport } from './importer.schemas';

const t = useTestDatabase();

const unique = () => Math.random().toString(36).slice(2, 8);
const csvFile = (text: string, name = 'practices.csv') => new File([text], name);
const jsonFile = (data: unknown) => new File([JSON.stringify(data, null, 2)], 'practices.json');
const issues = (report: ImportReport) => report.errors.map((e) => [e.position, e.field, e.message.key]);

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function world() {
	const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
	const tag = unique();
	const heaps = await makeArea(t.db, { key: `heaps-${tag}` });
	const energy = await makeArea(t.db, { key: `energy-${tag}` });
	const city = await makeCity(t.db, { name: `Gródek ${tag}`, country_code: 'PL' });
	const organisation = await makeOrganisation(t.db, { name: `Fundacja Szyb ${tag}`, approved: true });
	return { coordinator, tag, heaps, energy, city, organisation };
}

const practicesTitled = (title: string) =>
	t.db
		.selectFrom('practice_texts')
		.innerJoin('practices', 'practices.id', 'practice_texts.practice_id')
		.selectAll()
		.where('title', 'like', `${title}%`)
		.execute();

describe('importing practices', () => {
	it('imports a valid CSV with Polish letters, multi-line Markdown, lists and links, published and findable', async () => {
		const w = await world();
		const csv = [
			'title,summary,city,country,language,areas,visibility,status,period_start,period_end,organisations,approach,results,links',
			`Ogród na hałdzie ${w.tag},"Mieszkańcy zazielenili hałdę, a ""Szyb"" pomógł.",Gródek ${w.tag},pl,PL,heaps-${w.tag}|energy-${w.tag},public,completed,2019-04,2021-10-15,Fundacja Szyb ${w.tag}|Rada Osiedla Piaskowa Góra,"## Co zrobiliśmy`,
			'',
			'- posadziliśmy **300** drzew',
			`- zbudowaliśmy ścieżkę",Zieleń na 12 ha,https://example.org/haldy Raport końcowy|https://example.org/foto`,
			`Community energy ${w.tag},A cooperative runs solar panels on the old mine roofs.,Gródek ${w.tag},PL,en,energy-${w.tag},members,ongoing,,,,,,`
		].join('\r\n');
		const report = await importPractices(w.coordinator, { file: csvFile(csv), skipInvalid: false }, t.deps);
		expect(report.errors).toEqual([]);
		expect(report.format).toBe('csv');
		expect(report.imported.map((p) => [p.position, p.title])).toEqual([
			[2, `Ogród na hałdzie ${w.tag}`],
			[6, `Community energy ${w.tag}`]
		]);

		const [garden] = await practicesTitled(`Ogród na hałdzie ${w.tag}`);
		expect(garden).toMatchObject({
			summary: 'Mieszkańcy zazielenili hałdę, a "Szyb" pomógł.',
			approach: '## Co zrobiliśmy\n\n- posadziliśmy **300** drzew\n- zbudowaliśmy ścieżkę',
			language: 'pl',
			is_original: true,
			status: 'completed',
			visibility: 'public',
			city_id: w.city.id,
			created_by: w.coordinator.id
		});
		expect(garden.published_at).not.toBeNull();
		expect(garden.links).toEqual([
			{ url: 'https://example.org/haldy', title: 'Raport końcowy' },
			{ url: 'https://example.org/foto', title: '' }
		]);
		const orgs = await t.db
			.selectFrom('practice_organisations')
			.select(['organisation_id', 'name'])
			.where('practice_id', '=', garden.id)
			.orderBy('id')
			.execute();
		expect(orgs).toEqual([
			{ organisation_id: w.organisation.id, name: null },
			{ organisation_id: null, name: 'Rada Osiedla Piaskowa Góra' }
		]);
		const areas = await t.db.selectFrom('practice_areas').select('area_id').where('practice_id', '=', garden.id).execute();
		expect(areas.map((a) => a.area_id).sort()).toEqual([w.heaps.id, w.energy.id].sort());

		const found = await searchSite(null, { query: new URLSearchParams({ q: `hałda ${w.tag}` }), locale: 'pl' }, t.deps);
		expect(found.hits.map((h) => h.href)).toContain(`/pl/practices/${report.imported[0].slug}`);
		// members-only stays out of a visitor's search
		const hidden = await searchSite(null, { query: new URLSearchParams({ q: `cooperative ${w.tag}` }), locale: 'en' }, t.deps);
		expect(hidden.hits).toEqual([]);
	});

	it('imports JSON with funding, outcomes and a translation, and finds a town in GeoNames', async () => {
		const w = await world();
		const report = await importPractices(
			w.coordinator,
			{
				file: jsonFile([
					{
						title: `Łaźnia łańcuchowa ${w.tag}`,
						summary: 'Dawna łaźnia górnicza jest centrum kultury.',
						city: 'Wałbrzych',
						country: 'PL',
						language: 'pl',
						areas: [`heaps-${w.tag}`],
						context: 'Kopalnia zamknięta w 1996.\n\n> Cytat mieszkańca',
						funding: [{ source: 'eu', amount: 1250000.5, currency: 'EUR', note: 'EFRR' }],
						outcomes: [{ indicator: 'Odwiedzający rocznie', before: 0, after: 150000, unit: 'osób', year: 2022 }],
						links: [{ url: 'https://example.org/lazna', title: 'Strona' }],
						translations: { en: { title: `The pithead baths ${w.tag}`, summary: 'Former miners’ baths are a culture centre.' } }
					}
				]),
				skipInvalid: false
			},
			t.deps
		);
		expect(report.errors).toEqual([]);
		expect(report.imported).toHaveLength(1);
		const practice = await t.db.selectFrom('practices').selectAll().where('id', '=', report.imported[0].id).executeTakeFirstOrThrow();
		expect(practice.funding).toEqual([{ source: 'eu', amount_minor: 125000050, currency: 'EUR', note: 'EFRR' }]);
		expect(practice.outcomes).toEqual([{ indicator: 'Odwiedzający rocznie', before: 0, after: 150000, unit: 'osób', year: 2022 }]);
		const texts = await t.db
			.selectFrom('practice_texts')
			.select(['language', 'is_original', 'title'])
			.where('practice_id', '=', practice.id)
			.orderBy('language')
			.execute();
		expect(texts).toEqual([
			{ language: 'en', is_original: false, title: `The pithead baths ${w.tag}` },
			{ language: 'pl', is_original: true, title: `Łaźnia łańcuchowa ${w.tag}` }
		]);
		const city = await t.db
			.selectFrom('cities')
			.select(['name', 'country_code'])
			.where('id', '=', practice.city_id)
			.executeTakeFirstOrThrow();
		expect(city).toEqual({ name: 'Wałbrzych', country_code: 'PL' });
	});

	it('reports every bad row with its line and field, and imports nothing', async () => {
		const w = await world();
		const before = await t.db
			.selectFrom('practices')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		const csv = [
			'title,summary,city,country,language,areas,status,period_start,period_end,links',
			// 2: valid, in a town GeoNames knows but this database does not yet
			`Dobry wiersz ${w.tag},Streszczenie,Bytom,PL,pl,,,,,`,
			// 3-4: a multi-line summary, then an unknown status and a reversed period
			`Zły status ${w.tag},"Dwie`,
			`linie",Gródek ${w.tag},PL,pl,,maybe,2020-05,2019-01,`,
			// 5: nothing required filled in, bad country and language
			`,,,Polska,polski,,,,,`,
			// 6: unknown area and town, besides a bad status
			`Nieznane ${w.tag},Streszczenie,Nibylandia,PL,pl,no-such-area|heaps-${w.tag},maybe,,,`,
			// 7: too few cells; 8: a bad link and a bad date
			`Krótki ${w.tag},Streszczenie`,
			`Link ${w.tag},Streszczenie,Gródek ${w.tag},PL,pl,,,2020-13,,ftp://example.org`
		].join('\n');
		const report = await importPractices(w.coordinator, { file: csvFile(csv), skipInvalid: false }, t.deps);
		expect(report.imported).toEqual([]);
		expect(report.total).toBe(6);
		expect(report.invalidRows).toBe(5);
		expect(issues(report)).toEqual([
			[3, 'period_end', 'import_period_order'],
			[3, 'status', 'import_choice_invalid'],
			[5, 'city', 'error_required'],
			[5, 'country', 'import_country_invalid'],
			[5, 'language', 'import_choice_invalid'],
			[5, 'summary', 'error_required'],
			[5, 'title', 'error_required'],
			[6, 'areas', 'import_area_unknown'],
			[6, 'city', 'import_city_unknown'],
			[6, 'status', 'import_choice_invalid'],
			[7, '', 'import_csv_cell_count'],
			[8, 'links[1]', 'error_invalid_url'],
			[8, 'period_start', 'import_period_invalid']
		]);
		expect(report.errors.find((e) => e.position === 6 && e.field === 'areas')?.message.params).toEqual({ keys: 'no-such-area' });
		const after = await t.db
			.selectFrom('practices')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(after.n).toBe(before.n);
		// the town looked up for the valid row was rolled back with everything else
		expect(await t.db.selectFrom('cities').select('id').where('name', '=', 'Bytom').execute()).toEqual([]);

		const skipped = await importPractices(w.coordinator, { file: csvFile(csv), skipInvalid: true }, t.deps);
		expect(skipped.imported.map((p) => [p.position, p.title])).toEqual([[2, `Dobry wiersz ${w.tag}`]]);
		expect(skipped.invalidRows).toBe(5);
		expect(await practicesTitled(`Dobry wiersz ${w.tag}`)).toHaveLength(1);
		expect(await practicesTitled(`Zły status ${w.tag}`)).toHaveLength(0);
	});

	it('reports JSON problems by item and field, unknown fields included', async () => {
		const w = await world();
		const report = await importPractices(
			w.coordinator,
			{
				file: jsonFile([
					{ title: `A ${w.tag}`, summary: 'S', city: `Gródek ${w.tag}`, country: 'PL', language: 'pl' },
					'not an object',
					{
						title: `B ${w.tag}`,
						summary: 'S',
						city: `Gródek ${w.tag}`,
						country: 'PL',
						language: 'pl',
						sumary: 'typo',
						funding: [{ source: 'lottery', amount: 'lots' }]
					},
					{
						title: `C ${w.tag}`,
						summary: 'S',
						city: `Gródek ${w.tag}`,
						country: 'PL',
						language: 'pl',
						translations: { pl: { title: 'x', summary: 'y' }, en: { summary: 'no title' } }
					}
				]),
				skipInvalid: false
			},
			t.deps
		);
		expect(report.format).toBe('json');
		expect(issues(report)).toEqual([
			[2, '', 'import_json_not_object'],
			[3, 'funding[1].amount', 'import_amount_invalid'],
			[3, 'funding[1].source', 'import_choice_invalid'],
			[3, 'sumary', 'import_unknown_field'],
			[4, 'translations.en.title', 'error_required'],
			[4, 'translations.pl', 'import_translation_language']
		]);
		expect(report.imported).toEqual([]);
		expect(await practicesTitled(`A ${w.tag}`)).toHaveLength(0);
	});

	it('refuses files it cannot read as a whole, even when skipping invalid rows', async () => {
		const w = await world();
		const cases: [string, [number, string, string][]][] = [
			['title,summary,city,country,language,sumary\n', [[1, 'sumary', 'import_csv_unknown_column']]],
			[
				'title,city,country,funding\n',
				[
					[1, 'funding', 'import_csv_json_only_column'],
					[1, 'language', 'import_csv_missing_column'],
					[1, 'summary', 'import_csv_missing_column']
				]
			],
			['title,summary,city,country,language\n"Unclosed,S,C,PL,pl\n', [[2, '', 'import_csv_unclosed_quote']]],
			['[\n  {"title": "x",}\n]', [[0, '', 'import_json_syntax']]],
			['{"title": "x"}', [[0, '', 'import_json_not_array']]],
			['title,summary,city,country,language\n', [[0, '', 'import_no_rows']]],
			['   \n', [[0, '', 'import_file_empty']]]
		];
		for (const [text, expected] of cases) {
			const report = await importPractices(w.coordinator, { file: csvFile(text), skipInvalid: true }, t.deps);
			expect(issues(report), text).toEqual(expected);
			expect(report.imported).toEqual([]);
		}
		const latin2 = new File([new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xb3, 0xf3, 0x64, 0xbc])], 'x.csv');
		expect(issues(await importPractices(w.coordinator, { file: latin2, skipInvalid: false }, t.deps))).toEqual([
			[0, '', 'import_file_encoding']
		]);
		const jsonError = await importPractices(w.coordinator, { file: csvFile('[\n  {"title": "x",}\n]'), skipInvalid: false }, t.deps);
		expect(jsonError.errors[0].message.params).toEqual({ line: 2 });
		expect((await failure(importPractices(w.coordinator, { file: null, skipInvalid: false }, t.deps))).fieldErrors.file?.key).toBe(
			'import_file_required'
		);
	});

	it('is for coordinators only; the command line imports as a named coordinator or the first admin', async () => {
		const { person } = await makeMember(t.db, { orgRole: 'admin' });
		for (const who of [null, actorOf(person, true)]) {
			expect((await failure(importPractices(who, { file: csvFile('title\n'), skipInvalid: false }, t.deps))).code).toBe('not_found');
		}
		const w = await world();
		const email = `magda-${w.tag}@example.org`;
		const magda = await makePerson(t.db, { role: 'coordinator', email });
		const bytes = new TextEncoder().encode(`title,summary,city,country,language\nZ konsoli ${w.tag},S,Gródek ${w.tag},PL,pl\n`);
		const { report, importer } = await importPracticesFromConsole({ bytes, skipInvalid: false, asEmail: email.toUpperCase() }, t.deps);
		expect(importer.id).toBe(magda.id);
		expect(report.imported).toHaveLength(1);
		expect((await failure(importPracticesFromConsole({ bytes, skipInvalid: false, asEmail: person.email }, t.deps))).code).toBe(
			'not_found'
		);
		await makePerson(t.db, { role: 'admin' });
		const byAdmin = await importPracticesFromConsole({ bytes, skipInvalid: false }, t.deps);
		expect(byAdmin.importer.role).toBe('admin');
		// the same title again gets its own address
		expect(byAdmin.report.imported[0].slug).not.toBe(report.imported[0].slug);
	});

	it('imports the example files in docs/ as they are', async () => {
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const keys = [
			'brownfield-reuse',
			'social-inclusion',
			'energy-transition',
			'participation',
			'culture-identity',
			'economic-diversification',
			'mobility',
			'demography'
		];
		for (const key of keys) await makeArea(t.db, { key });
		const docs = path.resolve(__dirname, '../../../../../docs');
		for (const name of ['import-example.csv', 'import-example.json']) {
			const file = new File([fs.readFileSync(path.join(docs, name))], name);
			const report = await importPractices(coordinator, { file, skipInvalid: false }, t.deps);
			expect(report.errors, name).toEqual([]);
			expect(report.imported.length, name).toBeGreaterThanOrEqual(3);
		}
	});
});
