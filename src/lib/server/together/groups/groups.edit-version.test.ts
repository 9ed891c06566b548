/** Two coordinators edit the same group: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { getGroupEditForm, updateGroup } from './groups.service';
import { makeGroup, memberIn } from './groups.testing';

const t = useTestDatabase();

async function world() {
	const { group, coordinatorActor } = await makeGroup(t.db, 'closed', { name: 'Hałdy', description: 'Grupa o hałdach.' });
	const other = await memberIn(t.db, group.id, 'active', 'coordinator');
	const open = async (actor: Actor) => {
		const view = await getGroupEditForm(actor, { slug: group.slug, locale: 'en' }, t.deps);
		return openedForm(
			{ name: view.group.name, description: view.group.description, kind: view.group.kind, area_ids: view.group.areaIds },
			view.version
		);
	};
	const save = (actor: Actor) => (values: FormValues) => updateGroup(actor, { slug: group.slug, values }, t.deps);
	const stored = () =>
		t.db.selectFrom('groups').select(['name', 'description', 'kind']).where('id', '=', group.id).executeTakeFirstOrThrow();
	return { first: coordinatorActor, second: other.actor, open, save, stored };
}

describe('two coordinators editing one group', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const { first, second, open, save, stored } = await world();
		const a = await open(first);
		const b = await open(second);

		expect((await post({ ...a, kind: 'open' }, save(first))).status).toBe(200);
		const refused = await post({ ...b, description: 'Spoil heaps, together.' }, save(second));

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([{ field: 'kind', theirs: 'open', base: 'closed', yours: 'closed' }]);
		expect(refused.data.values).toMatchObject({ description: 'Spoil heaps, together.', version: '2' });
		expect(await stored()).toEqual({ name: 'Hałdy', description: 'Grupa o hałdach.', kind: 'open' });

		expect((await post({ ...refused.data.values!, kind: 'open' }, save(second))).status).toBe(200);
		expect(await stored()).toEqual({ name: 'Hałdy', description: 'Spoil heaps, together.', kind: 'open' });
	});

	it('lets exactly one of two saves made at the same moment through', async () => {
		const { first, second, open, save, stored } = await world();
		const [a, b] = [await open(first), await open(second)];
		const results = await Promise.all([post({ ...a, name: 'A' }, save(first)), post({ ...b, name: 'B' }, save(second))]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		expect((await stored()).name).toBe(results[0].status === 200 ? 'A' : 'B');
	});
});
