import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeArea, makeCity, makeMember, makePerson } from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { listAuditFor } from '../../platform/audit';
import { createPractice, getNewPracticeForm, getPracticeForEdit, setPracticePublished, updatePractice } from './practices.service';
import { getPractice } from './practice-view.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function author() {
	const { person, organisation } = await makeMember(t.db);
	return { person, organisation, actor: actorOf(person, true) };
}

function input(cityId: number, overrides: Record<string, string | string[]> = {}) {
	return {
		title: 'Rewitalizacja szybu Julia',
		summary: 'Dawna kopalnia stała się centrum nauki.',
		city: String(cityId),
		status: 'completed',
		original_language: 'pl',
		visibility: 'public',
		context: 'Kopalnię zamknięto w **1996**.',
		intent: 'publish',
		...overrides
	};
}

describe('creating a practice', () => {
	it('lets a member publish a practice with funding, outcomes, links, areas and organisations', async () => {
		const { person, organisation, actor } = await author();
		const area = await makeArea(t.db);
		const created = await createPractice(
			actor,
			input(organisation.city_id, {
				areas: [String(area.id)],
				organisations: [String(organisation.id)],
				organisation_names: 'Stowarzyszenie Sztygar\n\nStowarzyszenie Sztygar',
				contacts: [String(person.id)],
				period_start: '2014-03',
				period_end: '2016-11',
				funding_source_0: 'eu',
				funding_amount_0: '1 250 000,50',
				funding_currency_0: 'EUR',
				funding_note_0: 'ERDF',
				funding_source_1: '',
				funding_amount_1: '',
				outcome_indicator_0: 'Odwiedzający rocznie',
				outcome_before_0: '0',
				outcome_after_0: '120 000',
				outcome_year_0: '2019',
				link_url_0: 'https://starakopalnia.pl',
				link_title_0: 'Stara Kopalnia'
			}),
			t.deps,
			'pl'
		);
		expect(created).toEqual({ slug: expect.stringMatching(/^rewitalizacja-szybu-julia-[a-z0-9]{5}$/), published: true });
		const view = await getPractice(null, created.slug, t.deps, 'pl');
		expect(view.title).toBe('Rewitalizacja szybu Julia');
		expect(view.funding).toEqual([{ source: 'eu', amount_minor: 125_000_050, currency: 'EUR', note: 'ERDF' }]);
		expect(view.outcomes).toEqual([{ indicator: 'Odwiedzający rocznie', before: 0, after: 120_000, unit: '', year: 2019 }]);
		expect(view.periodStart).toBe('2014-03-01');
		expect(view.organisations.map((o) => o.name)).toEqual([organisation.name, 'Stowarzyszenie Sztygar']);
		expect(view.areas.map((a) => a.key)).toEqual([area.key]);
		expect(view.sections[0]).toEqual({
			field: 'context',
			html: '<p>Kopalnię zamknięto w <strong>1996</strong>.</p>\n',
			lang: 'pl',
			untranslated: false
		});
		expect(view.meta?.description).toBe('Dawna kopalnia stała się centrum nauki.');
		expect(
			(
				await listAuditFor(
					t.db,
					'practice',
					(await t.db.selectFrom('practices').select('id').where('slug', '=', created.slug).executeTakeFirstOrThrow()).id
				)
			).map((a) => a.action)
		).toEqual(['practice.publish']);
	});

	it('sends visitors to log in and refuses people who are not members', async () => {
		const city = await makeCity(t.db);
		expect((await failure(createPractice(null, input(city.id), t.deps, 'en'))).code).toBe('unauthenticated');
		expect((await failure(getNewPracticeForm(null, t.deps, 'en'))).code).toBe('unauthenticated');
		const outsider = actorOf(await makePerson(t.db));
		expect((await failure(createPractice(outsider, input(city.id), t.deps, 'en'))).code).toBe('not_found');
		expect((await failure(getNewPracticeForm(outsider, t.deps, 'en'))).code).toBe('not_found');
	});

	it('offers the actor’s organisations and city in the empty form', async () => {
		const { organisation, actor } = await author();
		const form = await getNewPracticeForm(actor, t.deps, 'pl');
		expect(form.values.city).toBe(String(organisation.city_id));
		expect(form.options.organisations).toEqual([{ value: String(organisation.id), label: organisation.name }]);
		expect(form.options.languages.find((l) => l.value === 'de')?.label).toBe('Niemiecki');
	});

	it('reports every problem against its field', async () => {
		const { organisation, actor } = await author();
		const error = await failure(
			createPractice(
				actor,
				{
					title: '',
					summary: 'x'.repeat(1001),
					city: String(organisation.city_id),
					status: 'dreaming',
					original_language: 'xx',
					visibility: 'public',
					context: 'y'.repeat(20_001),
					period_start: '2020-05',
					period_end: '2019-01',
					funding_source_0: 'eu',
					funding_amount_0: 'a lot',
					outcome_before_0: '12',
					outcome_year_0: '20',
					link_url_0: 'javascript:alert(1)',
					contact_handles: '@nobody-here'
				},
				t.deps,
				'en'
			)
		);
		expect(error.code).toBe('validation_failed');
		expect(Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v.key]))).toEqual({
			title: 'error_required',
			summary: 'error_too_long',
			status: 'error_invalid_choice',
			original_language: 'error_invalid_choice',
			context: 'error_too_long',
			period_end: 'practice_error_period_order',
			funding_amount_0: 'practice_error_amount',
			funding_currency_0: 'practice_error_currency',
			outcome_indicator_0: 'practice_error_indicator',
			outcome_year_0: 'practice_error_year',
			link_url_0: 'error_invalid_url'
		});
		expect(error.fieldErrors.summary.params).toEqual({ max: 1000 });
	});

	it('refuses organisations and contacts it did not offer, and unknown handles', async () => {
		const { organisation, actor } = await author();
		const stranger = await makeMember(t.db);
		const error = await failure(
			createPractice(
				actor,
				input(organisation.city_id, { organisations: [String(stranger.organisation.id)], contact_handles: 'nobody-xyz' }),
				t.deps,
				'en'
			)
		);
		expect(error.fieldErrors.organisations.key).toBe('error_invalid_choice');
		expect(error.fieldErrors.contact_handles).toEqual({ key: 'practice_error_unknown_handle', params: { handles: 'nobody-xyz' } });
	});

	it('adds contacts by handle', async () => {
		const { organisation, actor } = await author();
		const expert = await makePerson(t.db, { visibility: { profile: 'public' } });
		const { slug } = await createPractice(actor, input(organisation.city_id, { contact_handles: `@${expert.handle}` }), t.deps, 'en');
		expect((await getPractice(null, slug, t.deps, 'en')).contacts).toEqual([{ handle: expert.handle, name: expert.name }]);
	});

	it('neutralises scripts, handlers and javascript: links in the sections', async () => {
		const { organisation, actor } = await author();
		const { slug } = await createPractice(
			actor,
			input(organisation.city_id, {
				approach: '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](https://example.org)'
			}),
			t.deps,
			'en'
		);
		const html = (await getPractice(null, slug, t.deps, 'en')).sections.map((s) => s.html).join('');
		expect(html).not.toMatch(/<script|<img|href="javascript/i);
		expect(html).toContain('rel="nofollow ugc noopener"');
	});
});

describe('who may edit', () => {
	async function practiceBy(a: Awaited<ReturnType<typeof author>>, extra: Record<string, string | string[]> = {}) {
		return (
			await createPractice(a.actor, input(a.organisation.city_id, { organisations: [String(a.organisation.id)], ...extra }), t.deps, 'en')
		).slug;
	}

	it('lets the author, people of its organisations and coordinators edit; others get not found', async () => {
		const a = await author();
		const slug = await practiceBy(a);
		const colleague = await makePerson(t.db);
		await addToOrganisation(t.db, a.organisation.id, colleague.id);
		const other = await author();
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		expect((await getPracticeForEdit(a.actor, slug, t.deps, 'en')).values.title).toBe('Rewitalizacja szybu Julia');
		expect((await getPracticeForEdit(actorOf(colleague, true), slug, t.deps, 'en')).slug).toBe(slug);
		expect((await getPracticeForEdit(coordinator, slug, t.deps, 'en')).slug).toBe(slug);
		expect((await failure(getPracticeForEdit(other.actor, slug, t.deps, 'en'))).code).toBe('not_found');
		expect((await failure(updatePractice(other.actor, slug, input(a.organisation.city_id), t.deps, 'en'))).code).toBe('not_found');
		expect((await failure(getPracticeForEdit(null, slug, t.deps, 'en'))).code).toBe('unauthenticated');
		expect((await failure(setPracticePublished(other.actor, slug, false, t.deps))).code).toBe('not_found');
	});

	it('keeps the organisations already on a practice when a coordinator edits it', async () => {
		const a = await author();
		const slug = await practiceBy(a);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		const form = await getPracticeForEdit(coordinator, slug, t.deps, 'en');
		await updatePractice(coordinator, slug, { ...form.values, status: 'abandoned' }, t.deps, 'en');
		const view = await getPractice(coordinator, slug, t.deps, 'en');
		expect(view.status).toBe('abandoned');
		expect(view.organisations.map((o) => o.name)).toEqual([a.organisation.name]);
	});
});

describe('visibility', () => {
	it('hides members-only practices from visitors and drafts from everyone but editors', async () => {
		const a = await author();
		const other = await author();
		const members = (
			await createPractice(a.actor, input(a.organisation.city_id, { visibility: 'members', title: 'Tylko dla członków' }), t.deps, 'pl')
		).slug;
		const draft = (await createPractice(a.actor, input(a.organisation.city_id, { intent: 'draft', title: 'Szkic' }), t.deps, 'pl')).slug;
		expect((await failure(getPractice(null, members, t.deps, 'pl'))).code).toBe('not_found');
		const seen = await getPractice(other.actor, members, t.deps, 'pl');
		expect(seen.title).toBe('Tylko dla członków');
		expect(seen.meta).toBeNull();
		expect((await failure(getPractice(null, draft, t.deps, 'pl'))).code).toBe('not_found');
		expect((await failure(getPractice(other.actor, draft, t.deps, 'pl'))).code).toBe('not_found');
		const own = await getPractice(a.actor, draft, t.deps, 'pl');
		expect(own.published).toBe(false);
		expect(own.canEdit).toBe(true);
		expect(own.meta).toBeNull();
		await setPracticePublished(a.actor, draft, true, t.deps);
		expect((await getPractice(null, draft, t.deps, 'pl')).published).toBe(true);
	});
});
