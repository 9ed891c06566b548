/** Two coordinators edit the same city profile: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makeCity, makePerson } from '../../platform/db/testing/factories';
import type { Actor } from '../../platform/auth';
import type { FormValues } from '$lib/form-state';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { getCityForEdit, updateCity } from './cities.service';

const t = useTestDatabase();

describe('two coordinators editing one city', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const city = await makeCity(t.db, { name: 'Szybowice', industries: ['coal_mining'], story: 'A mining town.' });
		const [one, two] = [actorOf(await makePerson(t.db, { role: 'coordinator' })), actorOf(await makePerson(t.db, { role: 'coordinator' }))];
		const open = async (actor: Actor) => {
			const view = await getCityForEdit(actor, { slug: city.slug, locale: 'en' }, t.deps);
			return openedForm(view.values, view.version);
		};
		const save = (actor: Actor) => (values: FormValues) => updateCity(actor, { slug: city.slug, values }, t.deps);
		const stored = () => t.db.selectFrom('cities').select(['industries', 'story']).where('id', '=', city.id).executeTakeFirstOrThrow();
		const a = await open(one);
		const b = await open(two);

		expect((await post({ ...a, industries: ['coal_mining', 'steel'] }, save(one))).status).toBe(200);
		const refused = await post({ ...b, story: 'A mining town that found a new trade.' }, save(two));

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'industries', theirs: ['coal_mining', 'steel'], base: ['coal_mining'], yours: 'coal_mining' }
		]);
		expect(refused.data.values).toMatchObject({ story: 'A mining town that found a new trade.', version: '2' });
		expect(await stored()).toEqual({ industries: ['coal_mining', 'steel'], story: 'A mining town.' });

		expect((await post({ ...refused.data.values!, industries: ['coal_mining', 'steel'] }, save(two))).status).toBe(200);
		expect(await stored()).toEqual({ industries: ['coal_mining', 'steel'], story: 'A mining town that found a new trade.' });
	});
});
