/* temporary: renders practice pages before/after the refactor for a diff */
import fs from 'node:fs';
import { describe, it } from 'vitest';
import { render } from 'svelte/server';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeArea, makeMember, makePerson } from '../../platform/db/testing/factories';
import { createPractice, getNewPracticeForm, getPracticeForEdit, updatePractice } from './practices.service';
import { getPractice } from './practice-view.service';
import { getHistory, getRevision } from './revisions.service';
import { getTranslationForm, saveTranslation } from './translations.service';
import PracticeForm from '$lib/components/knowledge/practices/PracticeForm.svelte';
import PracticeContent from '$lib/components/knowledge/practices/PracticeContent.svelte';
import TranslationFields from '$lib/components/knowledge/practices/TranslationFields.svelte';
import HistoryPage from '../../../../routes/[lang=lang]/practices/[slug]/history/+page.svelte';
import RevisionPage from '../../../../routes/[lang=lang]/practices/[slug]/history/[n]/+page.svelte';
import TranslatePage from '../../../../routes/[lang=lang]/practices/[slug]/translate/+page.svelte';
import NewPage from '../../../../routes/[lang=lang]/practices/new/+page.svelte';
import EditPage from '../../../../routes/[lang=lang]/practices/[slug]/edit/+page.svelte';

const t = useTestDatabase();
const OUT = process.env.PROBE_OUT ?? '/tmp/probe/before';
const clean = (html: string) => html.replace(/\d{1,2} \S+ \d{4}(,| o| at)[^<]*/g, 'DATE');
const save = (name: string, html: string) => fs.writeFileSync(`${OUT}/${name}.html`, clean(html).replace(/></g, '>\n<'));

describe('probe', () => {
	it('renders', async () => {
		fs.mkdirSync(OUT, { recursive: true });
		const { person, organisation } = await makeMember(t.db, { name: 'Ewa Probe' });
		const actor = actorOf(person, true);
		const area = await makeArea(t.db, { key: 'probe-area', pl: 'Obszar', en: 'Area' });
		const expert = await makePerson(t.db, { visibility: { profile: 'public' } });
		const { slug } = await createPractice(actor, {
			title: 'Szyb Julia', summary: 'Krótko o szybie.', city: String(organisation.city_id), status: 'completed', original_language: 'pl', visibility: 'public',
			context: 'Kontekst **ważny**.', approach: '- krok 1\n- krok 2', actors: 'Aktorzy', funding_notes: 'Fundusze', results: 'Wyniki', failures: 'Porażki', transfer_conditions: 'Warunki',
			areas: [String(area.id)], organisations: [String(organisation.id)], organisation_names: 'Sztygar', contacts: [String(person.id)], contact_handles: `@${expert.handle}`,
			period_start: '2014-03', period_end: '2016-11', funding_source_0: 'eu', funding_amount_0: '1 250 000,50', funding_currency_0: 'EUR', funding_note_0: 'ERDF',
			outcome_indicator_0: 'Odwiedzający', outcome_before_0: '0', outcome_after_0: '120 000', outcome_year_0: '2019', link_url_0: 'https://example.org', link_title_0: 'Strona', intent: 'publish'
		}, t.deps, 'pl');
		await saveTranslation(actor, slug, 'en', { title: 'Julia shaft', summary: 'Short.', approach: 'Approach in English' }, t.deps);
		const edit0 = await getPracticeForEdit(actor, slug, t.deps, 'pl');
		await updatePractice(actor, slug, { ...edit0.values, results: 'Nowe wyniki', status: 'ongoing', intent: 'save' }, t.deps, 'pl');
		for (const locale of ['pl', 'en'] as const) {
			overwriteGetLocale(() => locale);
			const fresh = await getNewPracticeForm(actor, t.deps, locale);
			const fp = fresh as any;
			save(`${locale}-form-new`, render(PracticeForm, { props: { form: null, values: fresh.values, options: fresh.options, fields: fp.fields, mode: 'new' } }).body);
			const errors = { title: 'E1', summary: 'E2', city: 'E3', context: 'E4', transfer_conditions: 'E5', funding_amount_0: 'E6', outcome_year_1: 'E7', link_url_0: 'E8', contact_handles: 'E9', period_end: 'E10', visibility: 'E11', areas: 'E12', organisation_names: 'E13', original_language: 'E14' };
			save(`${locale}-form-errors`, render(PracticeForm, { props: { form: { values: { title: 'typed', approach: 'a' }, errors }, values: fresh.values, options: fresh.options, fields: fp.fields, mode: 'new' } }).body);
			const edit = await getPracticeForEdit(actor, slug, t.deps, locale);
			save(`${locale}-form-edit`, render(PracticeForm, { props: { form: null, values: edit.values, options: edit.options, fields: (edit as any).fields, mode: 'edit', published: true, action: '?/save' } }).body);
			save(`${locale}-page-new`, render(NewPage, { props: { data: { page: fresh, locale }, form: null } as any }).body);
			save(`${locale}-page-edit`, render(EditPage, { props: { data: { page: edit, locale }, form: { errors: { title: 'x', failures: 'y' } } } as any }).body);
			for (const requested of [null, 'pl', 'en']) {
				const view = await getPractice(actor, slug, t.deps, locale, requested);
				save(`${locale}-content-${requested}`, render(PracticeContent, { props: { content: view, locale, basePath: `/${locale}/practices/${slug}` } }).body);
			}
			const tr = await getTranslationForm(actor, slug, 'en', t.deps, locale);
			save(`${locale}-translation-fields`, render(TranslationFields, { props: { form: { errors: { title: 'T1', context: 'T2' } }, original: tr.original, values: tr.values, fields: (tr as any).fields, originalLanguage: tr.originalLanguage, originalLabel: tr.originalLabel, action: '?to=en&/save' } as any }).body);
			save(`${locale}-page-translate`, render(TranslatePage, { props: { data: { page: tr, locale }, form: { errors: { title: 'T1', summary: 'T3', context: 'T2' } } } as any }).body);
			const tr0 = await getTranslationForm(actor, slug, null, t.deps, locale);
			save(`${locale}-page-translate-choose`, render(TranslatePage, { props: { data: { page: tr0, locale }, form: null } as any }).body);
			const history = await getHistory(actor, slug, t.deps, locale);
			save(`${locale}-page-history`, render(HistoryPage, { props: { data: { page: history, locale } } as any }).body);
			for (const n of [1, 2, 3]) {
				const rev = await getRevision(actor, slug, n, t.deps, locale);
				save(`${locale}-page-revision-${n}`, render(RevisionPage, { props: { data: { page: rev, locale }, form: null } as any }).body);
			}
		}
	});
});
