/** Two editors work on the same practice or translation: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { createPractice, getPracticeForEdit, updatePractice } from './practices.service';
import { getTranslationForm, saveTranslation } from './translations.service';

const t = useTestDatabase();

async function world() {
	const { person, organisation } = await makeMember(t.db);
	const author = actorOf(person, true);
	const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
	const { slug } = await createPractice(
		author,
		{
			title: 'Łaźnia górnicza',
			summary: 'Krótko o łaźni.',
			context: 'Kopalnię zamknięto w 1996.',
			city: String(organisation.city_id),
			status: 'ongoing',
			original_language: 'pl',
			visibility: 'public',
			intent: 'publish'
		},
		t.deps,
		'pl'
	);
	const openEdit = async (actor: Actor) => {
		const page = await getPracticeForEdit(actor, slug, t.deps, 'pl');
		return { ...openedForm(page.values, page.version), intent: 'save' };
	};
	const openTranslation = async (actor: Actor) => {
		const page = await getTranslationForm(actor, slug, 'en', t.deps, 'pl');
		return openedForm(page.values, page.version);
	};
	const save = (actor: Actor) => (values: FormValues) => updatePractice(actor, slug, values, t.deps, 'pl');
	const translate = (actor: Actor) => (values: FormValues) => saveTranslation(actor, slug, 'en', values, t.deps);
	const texts = async (language: string) =>
		t.db
			.selectFrom('practice_texts as x')
			.innerJoin('practices as p', 'p.id', 'x.practice_id')
			.select(['x.title', 'x.summary', 'x.context'])
			.where('p.slug', '=', slug)
			.where('x.language', '=', language)
			.executeTakeFirst();
	return { author, coordinator, openEdit, openTranslation, save, translate, texts };
}

describe('two editors of one practice', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const { author, coordinator, openEdit, save, texts } = await world();
		const first = await openEdit(author);
		const second = await openEdit(coordinator);

		expect((await post({ ...first, summary: 'Łaźnia jako dom sąsiedzki.' }, save(author), 'pl')).status).toBe(200);
		const refused = await post({ ...second, context: 'Kopalnię zamknięto w 1996 r.; łaźnia stała pusta.' }, save(coordinator), 'pl');

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'summary', theirs: 'Łaźnia jako dom sąsiedzki.', base: 'Krótko o łaźni.', yours: 'Krótko o łaźni.' }
		]);
		expect(refused.data.values).toMatchObject({ context: 'Kopalnię zamknięto w 1996 r.; łaźnia stała pusta.', version: '2' });
		expect(refused.data.values).not.toHaveProperty('version_base');
		expect(await texts('pl')).toMatchObject({ summary: 'Łaźnia jako dom sąsiedzki.', context: 'Kopalnię zamknięto w 1996.' });

		expect((await post({ ...refused.data.values!, summary: 'Łaźnia jako dom sąsiedzki.' }, save(coordinator), 'pl')).status).toBe(200);
		expect(await texts('pl')).toMatchObject({
			summary: 'Łaźnia jako dom sąsiedzki.',
			context: 'Kopalnię zamknięto w 1996 r.; łaźnia stała pusta.'
		});
	});

	it('saves the form when only a translation was added meanwhile, and keeps that translation', async () => {
		const { author, coordinator, openEdit, openTranslation, save, translate, texts } = await world();
		const form = await openEdit(author);
		expect((await post({ ...(await openTranslation(coordinator)), title: 'Pithead baths' }, translate(coordinator))).status).toBe(200);
		expect((await post({ ...form, summary: 'Nowe streszczenie.' }, save(author), 'pl')).status).toBe(200);
		expect(await texts('en')).toMatchObject({ title: 'Pithead baths' });
		expect(await texts('pl')).toMatchObject({ summary: 'Nowe streszczenie.' });
	});

	it('refuses a translation saved over another one made meanwhile, and takes it once merged', async () => {
		const { author, coordinator, openTranslation, translate, texts } = await world();
		const first = await openTranslation(author);
		const second = await openTranslation(coordinator);
		expect((await post({ ...first, title: 'Pithead baths' }, translate(author))).status).toBe(200);
		const refused = await post({ ...second, title: "Miners' baths", summary: 'About the baths.' }, translate(coordinator));

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([{ field: 'title', theirs: 'Pithead baths', base: '', yours: "Miners' baths" }]);
		expect(refused.data.values).toMatchObject({ title: "Miners' baths", summary: 'About the baths.' });
		expect(await texts('en')).toMatchObject({ title: 'Pithead baths', summary: '' });

		expect((await post({ ...refused.data.values!, title: 'Pithead baths' }, translate(coordinator))).status).toBe(200);
		expect(await texts('en')).toMatchObject({ title: 'Pithead baths', summary: 'About the baths.' });
	});

	it('lets exactly one of two saves made at the same moment through', async () => {
		const { author, coordinator, openEdit, save, texts } = await world();
		const [a, b] = [await openEdit(author), await openEdit(coordinator)];
		const results = await Promise.all([
			post({ ...a, summary: 'A' }, save(author), 'pl'),
			post({ ...b, summary: 'B' }, save(coordinator), 'pl')
		]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		expect((await texts('pl'))?.summary).toBe(results[0].status === 200 ? 'A' : 'B');
	});
});
