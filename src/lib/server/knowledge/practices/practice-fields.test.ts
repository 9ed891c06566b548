/**
 * Walks the practice field table (practice-fields.ts) and checks that every field reaches every
 * place it should: its messages in both catalogues, its validation, its input in the form, its
 * place on the practice page, its part of the search text, its import column and its line in
 * docs/import-format.md. Adding a field and forgetting one of these fails here, by name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import PracticeForm from '$lib/components/knowledge/practices/PracticeForm.svelte';
import PracticeContent from '$lib/components/knowledge/practices/PracticeContent.svelte';
import PracticeNotice from '$lib/components/knowledge/practices/PracticeNotice.svelte';
import TranslationFields from '$lib/components/knowledge/practices/TranslationFields.svelte';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeCity, makeMember, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { importPractices } from '../importer';
import { reindexPractice } from '../search';
import { IMPORT_COLUMNS, PRACTICE_FIELDS, TEXT_FIELDS, isTextField, type PracticeField } from './practice-fields';
import { formModel, textInput } from './practice-field-models';
import { parsePracticeForm, practiceFormSchema, type NewPracticeGraph } from './practices.schemas';
import { insertPracticeGraph } from './practices.sql';
import { getPractice } from './practice-view.service';

const t = useTestDatabase();
const root = path.resolve(__dirname, '../../../../..');
const FIELDS = PRACTICE_FIELDS as readonly PracticeField[];
const catalogue = (locale: string): Record<string, string> =>
	JSON.parse(fs.readFileSync(path.join(root, `messages/practices/${locale}.json`), 'utf8'));
const EN = catalogue('en');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A word nobody writes, to find a field's text again: context → zqcontext. */
const marker = (name: string) => `zq${name.replace(/_/g, '')}`;
/** The part of `html` from `start` to the first `end` after it ('' when there is none). */
const region = (html: string, start: string, end: string) => {
	const from = html.indexOf(start);
	return from < 0 ? '' : html.slice(from, html.indexOf(end, from) + end.length);
};

describe('the practice field table', () => {
	it('names each field once, and gives text fields an import column of their own name', () => {
		const names = FIELDS.map((f) => f.name);
		expect(new Set(names).size).toBe(names.length);
		for (const field of TEXT_FIELDS)
			expect(
				field.import.map((c) => c.column),
				field.name
			).toEqual([field.name]);
		const columns = IMPORT_COLUMNS.map((c) => c.column);
		expect(new Set(columns).size).toBe(columns.length);
	});

	it('has the label and hint of every field in both message catalogues', () => {
		for (const locale of ['pl', 'en']) {
			const messages = catalogue(locale);
			for (const field of FIELDS) {
				for (const key of [field.label, field.hint].filter(Boolean) as string[])
					expect(messages[key], `${locale}: ${key} (${field.name})`).toBeTruthy();
			}
		}
	});

	it('validates every field of the form', () => {
		const shape = Object.keys(practiceFormSchema.shape);
		for (const field of FIELDS.filter((f) => f.form && !('rowPrefix' in f && f.rowPrefix))) expect(shape, field.name).toContain(field.name);
		for (const field of FIELDS) {
			if (!('rowPrefix' in field) || !field.rowPrefix) continue;
			// a row with only its side cells filled lacks its main one (source, indicator, address)
			const row = Object.fromEntries(['note', 'unit', 'title'].map((cell) => [`${field.rowPrefix}_${cell}_0`, 'x']));
			const error = (() => {
				try {
					parsePracticeForm(row, 'en');
				} catch (e) {
					return e;
				}
			})();
			expect(error, field.name).toBeInstanceOf(AppError);
			expect(
				Object.keys((error as AppError).fieldErrors).some((k) => k.startsWith(`${field.rowPrefix}_`)),
				field.name
			).toBe(true);
		}
		// too long is refused, with the field's own limit
		for (const field of TEXT_FIELDS) {
			const error = (() => {
				try {
					parsePracticeForm({ [field.name]: 'x'.repeat(field.max + 1) }, 'en');
				} catch (e) {
					return e as AppError;
				}
			})();
			expect(error?.fieldErrors[field.name], field.name).toEqual({ key: 'error_too_long', params: { max: field.max } });
		}
	});

	it('puts every field of the form on the page, labelled', () => {
		overwriteGetLocale(() => 'en');
		const choice = [{ value: '1', label: 'One' }];
		const options = {
			cities: choice,
			organisations: choice,
			areas: choice,
			people: choice,
			languages: [{ value: 'en', label: 'English' }]
		};
		const html = render(PracticeForm, { props: { form: null, values: {}, options, fields: formModel('en'), mode: 'new' } }).body;
		for (const field of FIELDS.filter((f) => f.form)) {
			const name =
				'rowPrefix' in field && field.rowPrefix ? new RegExp(`name="${field.rowPrefix}_[a-z]+_0"`) : new RegExp(`name="${field.name}"`);
			expect(html, field.name).toMatch(name);
			expect(html, field.name).toContain(escape(EN[field.label]));
			if (field.hint) expect(html, field.name).toContain(escape(EN[field.hint]));
		}
		for (const field of TEXT_FIELDS) {
			const input = new RegExp(`<(input|textarea)[^>]*name="${field.name}"[^>]*>`).exec(html)?.[0] ?? '';
			expect(input, field.name).toContain(`maxlength="${field.max}"`);
			expect(input.includes('required'), field.name).toBe(field.required);
		}
		const translation = render(TranslationFields, {
			props: {
				form: null,
				original: {},
				fields: TEXT_FIELDS.map((f) => textInput(f, 'en', 'translation')),
				values: {},
				originalLanguage: 'pl',
				originalLabel: 'Polish',
				action: '?/save'
			}
		}).body;
		for (const field of TEXT_FIELDS) expect(translation, field.name).toMatch(new RegExp(`name="${field.name}"`));
	});

	it('documents every import column in docs/import-format.md', () => {
		const doc = fs.readFileSync(path.join(root, 'docs/import-format.md'), 'utf8');
		const table = doc.slice(doc.indexOf('## Fields'), doc.indexOf('\n\n', doc.indexOf('| --- |')));
		const rows = table
			.split('\n')
			.filter((line) => line.startsWith('| `'))
			.map((line) =>
				line
					.split(/(?<!\\)\|/)
					.map((cell) => cell.trim())
					.slice(1, -1)
			);
		const jsonOnly = doc.slice(doc.indexOf('### Only in JSON'), doc.indexOf('\n## ', doc.indexOf('### Only in JSON')));
		for (const column of IMPORT_COLUMNS) {
			if (column.jsonOnly) {
				expect(jsonOnly, column.column).toContain(`- \`${column.column}\`: ${column.doc}`);
				continue;
			}
			const row = rows.find((cells) => cells[0].split(', ').includes(`\`${column.column}\``));
			expect(row, `no line for \`${column.column}\` in the table of docs/import-format.md`).toBeDefined();
			const required = column.required ? 'yes' : column.default ? `no (default \`${column.default}\`)` : 'no';
			expect(row?.slice(1, 3), column.column).toEqual([required, column.doc]);
		}
		// and nothing is documented that the importer does not read
		const documented = rows.flatMap((cells) => cells[0].split(', ').map((name) => name.replace(/`/g, '')));
		expect(documented.sort()).toEqual(
			IMPORT_COLUMNS.filter((c) => !c.jsonOnly)
				.map((c) => c.column)
				.sort()
		);
	});
});

describe('a practice with every field filled', () => {
	let id = 0;
	let slug = '';
	let actor: ReturnType<typeof actorOf>;
	/** What each special field shows on the page (and, when searched, the word it adds). */
	const shows: Record<string, string> = {};

	beforeAll(async () => {
		const { person } = await makeMember(t.db);
		actor = actorOf(person, true);
		const city = await makeCity(t.db, { name: 'Zqcity' });
		const area = await makeArea(t.db, { pl: 'Zqareas', en: 'Zqareas' });
		const organisation = await makeOrganisation(t.db, { name: 'Zqorganisations', approved: true });
		const contact = await makePerson(t.db, { name: 'Zqcontacts', visibility: { profile: 'public' } });
		const byHandle = await makePerson(t.db, { name: 'Zqcontacthandles', visibility: { profile: 'public' } });
		/** How the test fills each special field: its part of the practice, and what the page shows for it. */
		const SPECIAL: Record<string, [Partial<NewPracticeGraph>, string]> = {
			city: [{ cityId: city.id }, 'Zqcity'],
			status: [{ status: 'completed' }, EN.practice_status_completed],
			period_start: [{ periodStart: '2014-03-01' }, '2014'],
			period_end: [{ periodEnd: '2016-11-01' }, '2016'],
			original_language: [{ originalLanguage: 'pl' }, 'Polish'],
			visibility: [{ visibility: 'members' }, EN.practice_members_badge],
			areas: [{ areaIds: [area.id] }, 'Zqareas'],
			organisations: [{ organisations: [{ organisationId: organisation.id }] }, 'Zqorganisations'],
			organisation_names: [{ organisations: [{ name: 'Zqorganisationnames' }] }, 'Zqorganisationnames'],
			contacts: [{ contactIds: [contact.id] }, 'Zqcontacts'],
			contact_handles: [{ contactIds: [byHandle.id] }, 'Zqcontacthandles'],
			funding: [{ funding: [{ source: 'eu', amount_minor: 100, currency: 'EUR', note: 'Zqfunding' }] }, 'Zqfunding'],
			outcomes: [{ outcomes: [{ indicator: 'Zqoutcomes', before: 1, after: 2, unit: '', year: 2020 }] }, 'Zqoutcomes'],
			links: [{ links: [{ url: 'https://example.org', title: 'Zqlinks' }] }, 'Zqlinks']
		};
		const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f.name, marker(f.name)])) as NewPracticeGraph['texts'][string];
		const graph: NewPracticeGraph = {
			cityId: city.id,
			status: 'ongoing',
			visibility: 'public',
			originalLanguage: 'pl',
			texts: { pl: texts, en: texts },
			published: true,
			createdBy: person.id
		};
		for (const field of FIELDS.filter((f) => !isTextField(f))) {
			const fill = SPECIAL[field.name];
			if (!fill) throw new Error(`practice-fields.test.ts: say how to fill the special field ${field.name} (SPECIAL)`);
			for (const [key, value] of Object.entries(fill[0]) as [keyof NewPracticeGraph, unknown][]) {
				const before = graph[key];
				(graph as unknown as Record<string, unknown>)[key] = Array.isArray(before) && Array.isArray(value) ? [...before, ...value] : value;
			}
			shows[field.name] = fill[1];
		}
		({ id, slug } = await t.db.transaction().execute(async (trx) => {
			const row = await insertPracticeGraph(trx, graph);
			await reindexPractice(trx, row.id);
			return row;
		}));
	});

	it('shows every field in its place on the practice page', async () => {
		overwriteGetLocale(() => 'en');
		const view = await getPractice(actor, slug, t.deps, 'en', 'en');
		const html = render(PracticeContent, { props: { content: view, locale: 'en', basePath: `/en/practices/${slug}` } }).body;
		const notice = render(PracticeNotice, {
			props: { notice: null, published: view.published, visibility: view.visibility, canEdit: false }
		}).body;
		const places: Record<PracticeField['view'], (name: string) => string> = {
			title: () => view.title,
			summary: () => region(html, '<p class="summary', '</p>'),
			facts: () => region(html, '<dl class="facts', '</dl>'),
			sections: (name) => region(html, `<section aria-labelledby="section-${name}"`, '</section>'),
			tables: () => [...html.matchAll(/<table[\s\S]*?<\/table>/g)].join(''),
			contacts: () => region(html, '<section aria-labelledby="contacts-title"', '</section>'),
			links: () => region(html, '<section aria-labelledby="links-title"', '</section>'),
			notice: () => notice,
			versions: () => region(html, '<div class="language-note', '</div>')
		};
		for (const field of FIELDS) {
			const shown = places[field.view](field.name);
			expect(shown, `${field.name} in ${field.view}`).toContain(isTextField(field) ? marker(field.name) : escape(shows[field.name]));
			// text in a section or among the facts carries its label
			if (isTextField(field) && (field.view === 'sections' || field.view === 'facts'))
				expect(shown, field.name).toContain(escape(EN[field.label]));
		}
	});

	it('adds every searchable field to the search text, with its weight', async () => {
		const { tsv } = await t.db
			.selectFrom('search_documents')
			.select(sql<string>`tsv::text`.as('tsv'))
			.where('type', '=', 'practice')
			.where('source_id', '=', id)
			.executeTakeFirstOrThrow();
		const weights = (word: string) =>
			(new RegExp(`'${word}':([^ ]+)`).exec(tsv)?.[1] ?? '').split(',').map((p) => p.replace(/^\d+/, '') || 'D');
		for (const field of FIELDS.filter((f) => f.search)) {
			const word = isTextField(field) ? marker(field.name) : shows[field.name].toLowerCase();
			expect(weights(word), `${field.name} (${word})`).toContain(field.search);
		}
	});

	it('imports every text column of the file', async () => {
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		await makeCity(t.db, { name: 'Zqimporttown', country_code: 'PL' });
		const record = {
			...Object.fromEntries(TEXT_FIELDS.map((f) => [f.name, `${marker(f.name)} imported`])),
			city: 'Zqimporttown',
			country: 'PL',
			language: 'en'
		};
		const report = await importPractices(coordinator, { file: new File([JSON.stringify([record])], 'x.json'), skipInvalid: false }, t.deps);
		expect(report.errors).toEqual([]);
		const row = await t.db
			.selectFrom('practice_texts')
			.selectAll()
			.where('practice_id', '=', report.imported[0].id)
			.executeTakeFirstOrThrow();
		for (const field of TEXT_FIELDS) expect(row[field.name], field.name).toBe(`${marker(field.name)} imported`);
	});
});
