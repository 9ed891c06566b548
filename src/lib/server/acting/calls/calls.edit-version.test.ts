/** The adder and a coordinator correct the same call: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeMember, makePerson } from '../../platform/db/testing/factories';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { getEditCallForm, updateCall } from './calls.service';
import { makeCall } from './calls.testing';

const t = useTestDatabase();

async function world() {
	const { person } = await makeMember(t.db);
	const call = await makeCall(t.db, { created_by: person.id, budget: 'up to 2 million EUR', eligibility: 'Cities.' });
	const open = async (actor: Actor) => {
		const view = await getEditCallForm(actor, { slug: call.slug, locale: 'en' }, t.deps);
		return openedForm(view.values, view.version!);
	};
	const save = (actor: Actor) => (values: FormValues) => updateCall(actor, { slug: call.slug, values }, t.deps);
	const stored = () =>
		t.db.selectFrom('funding_calls').select(['budget', 'eligibility']).where('id', '=', call.id).executeTakeFirstOrThrow();
	return { adder: actorOf(person, true), coordinator: actorOf(await makePerson(t.db, { role: 'coordinator' }), true), open, save, stored };
}

describe('two people correcting one call', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const { adder, coordinator, open, save, stored } = await world();
		const a = await open(adder);
		const b = await open(coordinator);

		expect((await post({ ...a, budget: 'up to 3 million EUR' }, save(adder))).status).toBe(200);
		const refused = await post({ ...b, eligibility: 'Cities and NGOs.' }, save(coordinator));

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'budget', theirs: 'up to 3 million EUR', base: 'up to 2 million EUR', yours: 'up to 2 million EUR' }
		]);
		expect(refused.data.values).toMatchObject({ eligibility: 'Cities and NGOs.', version: '2' });
		expect(await stored()).toEqual({ budget: 'up to 3 million EUR', eligibility: 'Cities.' });

		expect((await post({ ...refused.data.values!, budget: 'up to 3 million EUR' }, save(coordinator))).status).toBe(200);
		expect(await stored()).toEqual({ budget: 'up to 3 million EUR', eligibility: 'Cities and NGOs.' });
	});

	it('lets exactly one of two saves made at the same moment through', async () => {
		const { adder, coordinator, open, save, stored } = await world();
		const [a, b] = [await open(adder), await open(coordinator)];
		const results = await Promise.all([post({ ...a, budget: 'A' }, save(adder)), post({ ...b, budget: 'B' }, save(coordinator))]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		expect((await stored()).budget).toBe(results[0].status === 200 ? 'A' : 'B');
	});
});
