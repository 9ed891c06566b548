/** Two admins edit the same organisation: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, addToOrganisation, makeOrganisation, makePerson } from '../../platform/db/testing/factories';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { getOrganisationForEdit, updateOrganisation } from './organisations.service';

const t = useTestDatabase();

async function world() {
	const org = await makeOrganisation(t.db, { approved: true, name: 'Fundacja Szyb', description: 'Mine heritage.' });
	const [one, two] = [await makePerson(t.db), await makePerson(t.db)];
	await addToOrganisation(t.db, org.id, one.id, 'admin');
	await addToOrganisation(t.db, org.id, two.id, 'admin');
	const open = async (actor: Actor) => {
		const edit = await getOrganisationForEdit(actor, org.slug, t.deps, 'pl');
		return openedForm(edit.values, edit.version);
	};
	const save = (actor: Actor) => (values: FormValues) => updateOrganisation(actor, org.slug, values, t.deps);
	const stored = () => t.db.selectFrom('organisations').select(['name', 'description']).where('id', '=', org.id).executeTakeFirstOrThrow();
	return { first: actorOf(one, true), second: actorOf(two, true), open, save, stored };
}

describe('two admins editing one organisation', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const { first, second, open, save, stored } = await world();
		const a = await open(first);
		const b = await open(second);

		expect((await post({ ...a, name: 'Fundacja Nowy Szyb' }, save(first), 'pl')).status).toBe(200);
		const refused = await post({ ...b, description: 'Dziedzictwo kopalni.' }, save(second), 'pl');

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'name', theirs: 'Fundacja Nowy Szyb', base: 'Fundacja Szyb', yours: 'Fundacja Szyb' }
		]);
		expect(refused.data.message).toContain('ktoś inny zapisał zmiany');
		expect(refused.data.values).toMatchObject({ description: 'Dziedzictwo kopalni.', version: '2' });
		expect(await stored()).toEqual({ name: 'Fundacja Nowy Szyb', description: 'Mine heritage.' });

		expect((await post({ ...refused.data.values!, name: 'Fundacja Nowy Szyb' }, save(second), 'pl')).status).toBe(200);
		expect(await stored()).toEqual({ name: 'Fundacja Nowy Szyb', description: 'Dziedzictwo kopalni.' });
	});

	it('lets exactly one of two saves made at the same moment through', async () => {
		const { first, second, open, save, stored } = await world();
		const [a, b] = [await open(first), await open(second)];
		const results = await Promise.all([post({ ...a, name: 'A' }, save(first)), post({ ...b, name: 'B' }, save(second))]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		expect((await stored()).name).toBe(results[0].status === 200 ? 'A' : 'B');
	});
});
