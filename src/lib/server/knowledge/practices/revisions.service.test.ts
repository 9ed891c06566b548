import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { listAuditFor } from '../../platform/audit';
import { createPractice, getPracticeForEdit, setPracticePublished, updatePractice } from './practices.service';
import { getPractice } from './practice-view.service';
import { getHistory, getRevision, restoreRevision } from './revisions.service';
import { deleteTranslation, getTranslationForm, saveTranslation } from './translations.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function practice(overrides: Record<string, string> = {}) {
	const { person, organisation } = await makeMember(t.db);
	const actor = actorOf(person, true);
	const { slug } = await createPractice(
		actor,
		{
			title: 'Łaźnia górnicza jako dom sąsiedzki',
			summary: 'Krótko o łaźni.',
			city: String(organisation.city_id),
			status: 'ongoing',
			original_language: 'pl',
			visibility: 'public',
			funding_source_0: 'eu',
			funding_amount_0: '1 000,50',
			funding_currency_0: 'EUR',
			outcome_indicator_0: 'Odwiedzający',
			outcome_after_0: '12,5',
			period_start: '2020-01',
			intent: 'publish',
			...overrides
		},
		t.deps,
		'pl'
	);
	return { slug, actor, person, organisation };
}

async function practiceId(slug: string) {
	return (await t.db.selectFrom('practices').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

describe('revisions', () => {
	it('records each save with its author and the fields that changed, and skips saves that change nothing', async () => {
		const { slug, actor, person } = await practice();
		const form = await getPracticeForEdit(actor, slug, t.deps, 'pl');
		expect((await updatePractice(actor, slug, { ...form.values, intent: 'save' }, t.deps, 'pl')).revision).toBeNull();
		const saved = await updatePractice(
			actor,
			slug,
			{ ...form.values, status: 'completed', results: 'Działa.', intent: 'save' },
			t.deps,
			'pl'
		);
		expect(saved.revision).toBe(2);
		await setPracticePublished(actor, slug, false, t.deps);
		const history = await getHistory(actor, slug, t.deps, 'pl');
		expect(history.revisions.map((r) => [r.number, r.changed])).toEqual([
			[3, ['published']],
			[2, ['status', 'texts.pl.results']],
			[1, []]
		]);
		expect(history.revisions[0].author).toEqual({ name: person.name, handle: person.handle });
		expect(history.current).toBe(3);
		const audit = await listAuditFor(t.db, 'practice', await practiceId(slug));
		expect(audit.map((a) => a.action)).toEqual(['practice.unpublish', 'practice.publish']);
	});

	it('shows a past version read-only and restores it as a new revision', async () => {
		const { slug, actor } = await practice();
		const form = await getPracticeForEdit(actor, slug, t.deps, 'pl');
		await updatePractice(actor, slug, { ...form.values, title: 'Nowy tytuł', funding_amount_0: '2 000', intent: 'save' }, t.deps, 'pl');
		const old = await getRevision(null, slug, 1, t.deps, 'pl');
		expect(old.content.title).toBe('Łaźnia górnicza jako dom sąsiedzki');
		expect(old.content.funding[0].amount_minor).toBe(100_050);
		expect(old.canRestore).toBe(false);
		expect((await getRevision(actor, slug, 1, t.deps, 'pl')).canRestore).toBe(true);
		expect((await failure(getRevision(actor, slug, 9, t.deps, 'pl'))).code).toBe('not_found');

		const other = actorOf((await makeMember(t.db)).person, true);
		expect((await failure(restoreRevision(other, slug, 1, t.deps))).code).toBe('not_found');
		const restored = await restoreRevision(actor, slug, 1, t.deps);
		expect(restored.revision).toBe(3);
		const view = await getPractice(null, slug, t.deps, 'pl');
		expect(view.title).toBe('Łaźnia górnicza jako dom sąsiedzki');
		expect(view.funding[0].amount_minor).toBe(100_050);
		expect(view.published).toBe(true);
		const history = await getHistory(actor, slug, t.deps, 'pl');
		expect(history.revisions).toHaveLength(3);
		expect(history.revisions[0].changed).toEqual(['funding', 'texts.pl.title']);
		const audit = await listAuditFor(t.db, 'practice', await practiceId(slug));
		expect(audit[0].action).toBe('practice.restore');
	});

	it('keeps draft versions for editors after publishing: not listed, not readable by others', async () => {
		const { slug, actor } = await practice({ intent: 'draft', context: 'Wstępny szkic: kwota 2 mln jeszcze poufna.' });
		const form = await getPracticeForEdit(actor, slug, t.deps, 'pl');
		await updatePractice(
			actor,
			slug,
			{ ...form.values, context: 'Szkic, wersja druga: rozmowy z zarządem.', intent: 'save' },
			t.deps,
			'pl'
		);
		await updatePractice(actor, slug, { ...form.values, context: 'Łaźnia służy mieszkańcom.', intent: 'publish' }, t.deps, 'pl');
		const member = actorOf((await makeMember(t.db)).person, true);
		for (const reader of [null, member]) {
			const history = await getHistory(reader, slug, t.deps, 'pl');
			expect(history.revisions.map((r) => [r.number, r.draft])).toEqual([[3, false]]);
			for (const n of [1, 2]) expect((await failure(getRevision(reader, slug, n, t.deps, 'pl'))).code).toBe('not_found');
			expect((await getRevision(reader, slug, 3, t.deps, 'pl')).content.sections.map((x) => x.html).join()).toContain('mieszkańcom');
		}
		// the editor still sees every version, drafts marked
		expect((await getHistory(actor, slug, t.deps, 'pl')).revisions.map((r) => [r.number, r.draft])).toEqual([
			[3, false],
			[2, true],
			[1, true]
		]);
		const draft = await getRevision(actor, slug, 1, t.deps, 'pl');
		expect(draft.draft).toBe(true);
		expect(draft.content.sections.map((x) => x.html).join()).toContain('poufna');
		// withdrawn and published again: what was saved while withdrawn is a draft too
		await setPracticePublished(actor, slug, false, t.deps);
		const again = await getPracticeForEdit(actor, slug, t.deps, 'pl');
		await updatePractice(actor, slug, { ...again.values, context: 'Poprawki przed ponowną publikacją.', intent: 'save' }, t.deps, 'pl');
		await setPracticePublished(actor, slug, true, t.deps);
		expect((await getHistory(null, slug, t.deps, 'pl')).revisions.map((r) => r.number)).toEqual([6, 3]);
		expect((await failure(getRevision(null, slug, 5, t.deps, 'pl'))).code).toBe('not_found');
	});

	it('keeps past versions of a members-only practice from visitors', async () => {
		const { slug } = await practice({ visibility: 'members' });
		expect((await failure(getHistory(null, slug, t.deps, 'pl'))).code).toBe('not_found');
		expect((await failure(getRevision(null, slug, 1, t.deps, 'pl'))).code).toBe('not_found');
	});
});

describe('translations', () => {
	it('shows readers their language when there is a translation, else the original with a note', async () => {
		const { slug, actor } = await practice({ context: 'Kopalnię zamknięto.', results: 'Działa.' });
		const form = await getTranslationForm(actor, slug, 'en', t.deps, 'en');
		expect(form.to).toEqual({ language: 'en', label: 'English', exists: false });
		expect(form.original.title).toBe('Łaźnia górnicza jako dom sąsiedzki');

		const before = await getPractice(null, slug, t.deps, 'en');
		expect(before.language).toBe('pl');
		expect(before.notInReaderLanguage).toBe(true);
		expect(before.versions.map((v) => v.language)).toEqual(['pl']);

		const saved = await saveTranslation(
			actor,
			slug,
			'en',
			{ title: 'The miners’ bathhouse as a neighbourhood home', summary: 'In short.', context: 'The mine closed.' },
			t.deps
		);
		expect(saved.revision).toBe(2);
		const english = await getPractice(null, slug, t.deps, 'en');
		expect(english.title).toBe('The miners’ bathhouse as a neighbourhood home');
		expect(english.language).toBe('en');
		expect(english.notInReaderLanguage).toBe(false);
		// a section not translated yet is shown from the original, marked with its language
		expect(english.sections.map((x) => [x.field, x.lang, x.untranslated])).toEqual([
			['context', 'en', false],
			['results', 'pl', true]
		]);
		expect(english.versions.map((v) => [v.language, v.isOriginal, v.shown])).toEqual([
			['pl', true, false],
			['en', false, true]
		]);
		expect((await getPractice(null, slug, t.deps, 'pl')).title).toBe('Łaźnia górnicza jako dom sąsiedzki');
		expect((await getPractice(null, slug, t.deps, 'en', 'pl')).title).toBe('Łaźnia górnicza jako dom sąsiedzki');
		// a German reader has no version: the original, with a note
		expect((await getPractice(null, slug, t.deps, 'de' as 'en')).language).toBe('pl');

		const history = await getHistory(actor, slug, t.deps, 'en');
		expect(history.revisions[0].changed).toEqual(['texts.en.title', 'texts.en.summary', 'texts.en.context']);
		await deleteTranslation(actor, slug, 'en', t.deps);
		expect((await getPractice(null, slug, t.deps, 'en')).language).toBe('pl');
	});

	it('is for editors only and asks for a title', async () => {
		const { slug, actor } = await practice();
		const other = actorOf((await makeMember(t.db)).person, true);
		expect((await failure(getTranslationForm(other, slug, 'en', t.deps, 'en'))).code).toBe('not_found');
		expect((await failure(saveTranslation(other, slug, 'en', { title: 'x' }, t.deps))).code).toBe('not_found');
		expect((await failure(saveTranslation(actor, slug, 'en', { title: '' }, t.deps))).fieldErrors.title.key).toBe('error_required');
		expect((await failure(saveTranslation(actor, slug, 'klingon', { title: 'x' }, t.deps))).code).toBe('validation_failed');
		expect((await failure(saveTranslation(actor, slug, 'pl', { title: 'x' }, t.deps))).code).toBe('not_found');
		expect((await getTranslationForm(actor, slug, 'pl', t.deps, 'en')).to).toBeNull();
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		expect((await saveTranslation(coordinator, slug, 'de', { title: 'Die Waschkaue' }, t.deps)).revision).toBe(2);
	});
});
