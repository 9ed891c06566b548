/** Two people edit the same project: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { changeProjectStatus, getProjectEditForm, updateProject } from './projects-managing.service';
import { makeProject } from './projects.testing';

const t = useTestDatabase();

async function world() {
	const w = await makeProject(t.db, { title: 'Zielone hałdy' });
	const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
	const slug = w.project.slug;
	const open = async (actor: Actor) => {
		const edit = await getProjectEditForm(actor, { slug, locale: 'en' }, t.deps);
		return { ...openedForm(edit.values, edit.version), _form: 'fields' };
	};
	const save = (actor: Actor) => (values: FormValues) => updateProject(actor, { slug, values }, t.deps);
	const stored = () =>
		t.db.selectFrom('projects').select(['title', 'summary', 'status']).where('slug', '=', slug).executeTakeFirstOrThrow();
	return { ...w, coordinator, open, save, stored };
}

describe('two people editing one project', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const { leadActor, coordinator, open, save, stored } = await world();
		const first = await open(leadActor);
		const second = await open(coordinator);

		expect((await post({ ...first, title: 'Green spoil heaps' }, save(leadActor))).status).toBe(200);
		const refused = await post({ ...second, summary: 'Parks on spoil heaps.' }, save(coordinator));

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'title', theirs: 'Green spoil heaps', base: 'Zielone hałdy', yours: 'Zielone hałdy' }
		]);
		expect(refused.data.values).toMatchObject({ summary: 'Parks on spoil heaps.', version: '2', _form: 'fields' });
		expect(await stored()).toMatchObject({ title: 'Green spoil heaps', summary: 'A **joint** project.' });

		expect((await post({ ...refused.data.values!, title: 'Green spoil heaps' }, save(coordinator))).status).toBe(200);
		expect(await stored()).toMatchObject({ title: 'Green spoil heaps', summary: 'Parks on spoil heaps.' });
	});

	it('counts a status moved on the project page as a change the open form must see', async () => {
		const { leadActor, project, open, save, stored } = await world();
		const form = await open(leadActor);
		await changeProjectStatus(leadActor, { slug: project.slug, values: { status: 'completed' } }, t.deps);
		const refused = await post({ ...form, summary: 'Done soon.' }, save(leadActor));
		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([{ field: 'status', theirs: 'completed', base: 'running', yours: 'running' }]);
		expect((await stored()).status).toBe('completed');
	});

	it('lets exactly one of two saves made at the same moment through', async () => {
		const { leadActor, coordinator, open, save, stored } = await world();
		const [a, b] = [await open(leadActor), await open(coordinator)];
		const results = await Promise.all([post({ ...a, title: 'A' }, save(leadActor)), post({ ...b, title: 'B' }, save(coordinator))]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		expect((await stored()).title).toBe(results[0].status === 200 ? 'A' : 'B');
	});
});
